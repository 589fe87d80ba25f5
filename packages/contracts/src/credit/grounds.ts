/**
 * The grounds of the two credit lists of 《社会组织信用信息管理办法》(民政部令第60号, 2018-01-24). The final
 * text's article numbers could not be read (reference/evaluation-credit-holidays.md §4.2), so each ground
 * names its item in the official paraphrase; `draftArticle` is the 2017 draft's article, marked as such.
 */
export const CREDIT_LISTS = ['abnormal', 'dishonest'] as const;
export type CreditList = (typeof CREDIT_LISTS)[number];

export const CREDIT_LIST_LABELS: Record<CreditList, string> = {
  abnormal: '活动异常名录',
  dishonest: '严重违法失信名单',
};

const MEASURES = '《社会组织信用信息管理办法》（民政部令第60号）';

export interface GroundDef {
  list: CreditList;
  /** The item number in the measures' list of grounds. */
  item: number;
  label: string;
  basis: string;
  /** How it arrives: from another module's event, from a daily rule, or entered by staff with evidence. */
  entry: 'event' | 'rule' | 'manual';
  /** How an abnormal listing on this ground leaves (removal table of DOMAIN.md). */
  exit: 'application' | 'auto_six_months' | 'deregistration' | 'application_after_two_years';
}

export const ABNORMAL_GROUNDS = [
  'annual_report',
  'no_party_org',
  'rectification_overdue',
  'fundraising',
  'minor_penalty',
  'unreachable',
  'other_abnormal',
] as const;
export const DISHONEST_GROUNDS = [
  'abnormal_two_years',
  'fraudulent_change',
  'suspension',
  'large_fine',
  'repeated_penalties',
  'court_dishonest',
  'revoked',
  'other_dishonest',
] as const;
export type AbnormalGround = (typeof ABNORMAL_GROUNDS)[number];
export type DishonestGround = (typeof DISHONEST_GROUNDS)[number];
export type CreditGround = AbnormalGround | DishonestGround;
export const CREDIT_GROUNDS = [...ABNORMAL_GROUNDS, ...DISHONEST_GROUNDS] as const;

const abnormal = (item: number, label: string, entry: GroundDef['entry'], exit: GroundDef['exit']): GroundDef => ({
  list: 'abnormal',
  item,
  label,
  basis: `${MEASURES}列入活动异常名录情形（${'一二三四五六七'[item - 1]}）`,
  entry,
  exit,
});
const dishonest = (item: number, label: string, entry: GroundDef['entry'], exit: GroundDef['exit']): GroundDef => ({
  list: 'dishonest',
  item,
  label,
  basis: `${MEASURES}列入严重违法失信名单情形（${'一二三四五六七八'[item - 1]}）`,
  entry,
  exit,
});

export const GROUNDS: Record<CreditGround, GroundDef> = {
  annual_report: abnormal(1, '未按照规定时限和要求向登记管理机关报送年度工作报告', 'event', 'application'),
  no_party_org: abnormal(2, '未按照有关规定设立党组织', 'manual', 'application'),
  rectification_overdue: abnormal(
    3,
    '登记管理机关在抽查和其他监督检查中发现问题，发放整改文书要求限期整改，社会组织未按期完成整改',
    'event',
    'application',
  ),
  fundraising: abnormal(
    4,
    '具有公开募捐资格的慈善组织不再符合公开募捐资格条件或者6个月以上不开展公开募捐活动',
    'manual',
    'application',
  ),
  minor_penalty: abnormal(5, '受到警告或者不满5万元罚款处罚', 'event', 'auto_six_months'),
  unreachable: abnormal(6, '通过登记的住所无法与社会组织取得联系', 'manual', 'application'),
  other_abnormal: abnormal(7, '法律、行政法规规定的其他情形', 'manual', 'application'),
  abnormal_two_years: dishonest(1, '被列入活动异常名录满2年', 'rule', 'application_after_two_years'),
  fraudulent_change: dishonest(2, '弄虚作假办理变更登记，被撤销变更登记', 'manual', 'application_after_two_years'),
  suspension: dishonest(3, '受到限期停止活动行政处罚', 'event', 'application_after_two_years'),
  large_fine: dishonest(4, '受到5万元以上罚款处罚', 'event', 'application_after_two_years'),
  repeated_penalties: dishonest(
    5,
    '三年内两次以上受到警告或者不满5万元罚款处罚',
    'event',
    'application_after_two_years',
  ),
  court_dishonest: dishonest(6, '被司法机关纳入“失信被执行人”名单', 'manual', 'application_after_two_years'),
  revoked: dishonest(7, '被吊销登记证书、撤销成（设）立登记', 'event', 'deregistration'),
  other_dishonest: dishonest(8, '法律、行政法规规定的其他情形', 'manual', 'application_after_two_years'),
};

/** ¥50,000 in fen: a fine below it is a minor penalty (abnormal list), at or above it a dishonest-list ground. */
export const LARGE_FINE_FEN = 5_000_000;
