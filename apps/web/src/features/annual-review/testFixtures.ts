import type {
  TAnnualReportDetail,
  TAnnualReportSummary,
  TIndicator,
  TIndicatorSetDefinition,
  TReportCheck,
} from '@shezu/contracts';
import { meFixture } from '../../test/render';

const ind = (over: Partial<TIndicator> & Pick<TIndicator, 'code' | 'section' | 'labelZh' | 'type'>): TIndicator => ({
  labelEn: over.code,
  required: false,
  orgTypes: [],
  simplified: false,
  public: false,
  ...over,
});

/** A small report form: a few statement lines, a table of activities and one rule and one risk. */
export const definitionFixture = (): TIndicatorSetDefinition => ({
  indicators: [
    ind({ code: 'basic_name', section: 'basic', labelZh: '组织名称', type: 'text', required: true }),
    ind({
      code: 'bs_total_assets_end',
      section: 'balance_sheet',
      labelZh: '资产总计（期末）',
      type: 'money',
      line: '60',
    }),
    ind({
      code: 'bs_total_liab_end',
      section: 'balance_sheet',
      labelZh: '负债合计（期末）',
      type: 'money',
      line: '100',
    }),
    ind({
      code: 'bs_net_assets_end',
      section: 'balance_sheet',
      labelZh: '净资产合计（期末）',
      type: 'money',
      line: '110',
    }),
    ind({ code: 'ac_total_expense', section: 'activity_statement', labelZh: '费用合计', type: 'money', line: '50' }),
    ind({
      code: 'act_major',
      section: 'activities',
      labelZh: '重大活动',
      type: 'rows',
      columns: [
        { code: 'name', labelZh: '活动名称', labelEn: 'Name', type: 'text' },
        { code: 'amount', labelZh: '金额', labelEn: 'Amount', type: 'money' },
      ],
    }),
  ],
  rules: [
    {
      code: 'bs_balance',
      severity: 'warning',
      assert: 'bs_total_assets_end = bs_total_liab_end + bs_net_assets_end',
      fields: ['bs_total_assets_end', 'bs_total_liab_end', 'bs_net_assets_end'],
      messageZh: '资产总计应等于负债和净资产合计',
      messageEn: 'Assets must equal liabilities plus net assets',
      basis: '民间非营利组织会计制度 资产负债表',
    },
  ],
  risks: [
    {
      code: 'risk_expense_swing',
      labelZh: '费用大幅波动',
      labelEn: 'Large swing in expenses',
      when: 'prev.ac_total_expense > 0',
      weight: 10,
      show: [],
      explanationZh: '本年费用与上年相比变动超过50%。',
      explanationEn: 'Expenses changed by more than 50%.',
    },
  ],
  charityLimits: [],
  params: {},
});

export const cleanCheck: TReportCheck = { missing: [], errors: [], warnings: [], risks: [], riskScore: 0 };

/** Two flags, the lighter one first as the engine may list them; the page sorts by weight. */
export const riskyCheck: TReportCheck = {
  missing: [],
  errors: [],
  warnings: [
    {
      rule: 'bs_balance',
      severity: 'warning',
      field: 'bs_total_assets_end',
      fields: ['bs_total_assets_end', 'bs_total_liab_end', 'bs_net_assets_end'],
      messageZh: '资产总计应等于负债和净资产合计（民间非营利组织会计制度 资产负债表）',
      messageEn: 'Assets must equal liabilities plus net assets',
    },
  ],
  risks: [
    {
      code: 'risk_expense_swing',
      labelZh: '费用大幅波动',
      labelEn: 'Large swing in expenses',
      weight: 10,
      explanationZh: '本年费用与上年相比变动超过50%。',
      explanationEn: 'Expenses changed by more than 50%.',
      basis: null,
      numbers: [
        { labelZh: '本年费用合计', labelEn: 'Expenses this year', value: 180_000_000, format: 'money' },
        { labelZh: '变动幅度', labelEn: 'Change', value: 0.8, format: 'percent' },
      ],
    },
    {
      code: 'risk_negative_net_assets',
      labelZh: '净资产为负',
      labelEn: 'Negative net assets',
      weight: 25,
      explanationZh: '期末净资产合计为负数，负债超过资产，存在资不抵债风险。',
      explanationEn: 'Net assets at year-end are negative.',
      basis: '民间非营利组织会计制度 资产负债表 第110行',
      numbers: [{ labelZh: '净资产合计（期末）', labelEn: 'Net assets (end)', value: -1_234_500, format: 'money' }],
    },
  ],
  riskScore: 35,
};

export const summaryFixture = (over: Partial<TAnnualReportSummary> = {}): TAnnualReportSummary => ({
  id: 21,
  cycleId: 3,
  year: 2025,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  orgType: 'social_group',
  regionCode: '500235144',
  authorityRegionCode: '500235',
  supervisorUnitId: 5,
  supervisorUnitName: '云阳县住房和城乡建设委员会',
  partyUnitId: 9,
  form: 'full',
  status: 'in_review',
  step: 'supervisor',
  dueDate: '2026-03-31',
  submittedAt: '2026-03-02T02:00:00Z',
  late: false,
  overdue: false,
  riskScore: 0,
  errorCount: 0,
  riskCount: 0,
  conclusion: null,
  version: 4,
  updatedAt: '2026-03-02T02:00:00Z',
  ...over,
});

export const detailFixture = (over: Partial<TAnnualReportDetail> = {}): TAnnualReportDetail => ({
  ...summaryFixture({ riskScore: 35, errorCount: 1, riskCount: 2 }),
  partyUnitName: '云阳县社会组织综合党委',
  authorityName: '云阳县民政局',
  submissionNo: 1,
  values: {
    basic_name: '云阳县建筑业协会',
    bs_total_assets_end: 500_000_000,
    bs_total_liab_end: 501_234_500,
    bs_net_assets_end: -1_234_500,
    ac_total_expense: 180_000_000,
    act_major: [{ name: '建筑安全培训', amount: 3_500_000 }],
  },
  previousValues: { ac_total_expense: 100_000_000, bs_total_assets_end: 400_000_000 },
  register: {},
  savedSections: {},
  indicatorSet: { id: 1, year: 2025, version: 1 },
  definition: definitionFixture(),
  context: {
    year: 2025,
    form: 'full',
    org: {
      type: 'social_group',
      charity: false,
      publicFundraising: false,
      registeredFundsFen: 3_000_000,
      grade: null,
      foundedOn: '2019-07-28',
      direct: false,
      hasPartyOrg: true,
    },
  },
  check: riskyCheck,
  conclusionReasons: null,
  rectifications: [],
  concludedAt: null,
  hasConclusionNotice: false,
  history: [
    {
      action: 'submitted',
      step: 'supervisor',
      comment: null,
      indicatorComments: {},
      actorName: '林明伟',
      at: '2026-03-02T02:00:00Z',
      submissionNo: 1,
    },
  ],
  versions: [{ no: 1, submittedAt: '2026-03-02T02:00:00Z', submittedByName: '林明伟' }],
  can: { fill: false, submit: false, review: true, conclude: false },
  ...over,
});

const STAFF = ['account.self', 'todos.read', 'units.read', 'calendar.read', 'orgs.read', 'annual.read'] as const;

/** 云阳县民政局's clerk: concludes inspections of organizations it registered, opens the cycle. */
export const bureauClerk = meFixture({
  roles: ['authority_staff'],
  permissions: [...STAFF, 'annual.decide', 'annual.cycles'],
});

/** The supervising unit's reviewer. */
export const unitReviewer = meFixture({
  id: 8,
  username: 'yy-housing',
  displayName: '云阳县住建委审查员',
  roles: ['supervisor_staff'],
  permissions: [...STAFF, 'annual.review'],
  unitId: 5,
  unitName: '云阳县住房和城乡建设委员会',
});
