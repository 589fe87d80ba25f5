import { z } from 'zod';
import { EVALUATION_GRADES } from '../orgs';
import { penaltyWeight, yearsBefore, type ScoreRecord } from './score-providers';

/**
 * One eligibility answer (issue 7 §2): may an organization receive a benefit on a date? Every module that
 * grants something asks this (through the credit service's `eligibility.mayReceive`); nothing re-implements
 * it. Each refusal names its basis and says whether that basis was confirmed in a source
 * (reference/evaluation-credit-holidays.md) or is this platform's reading, to be checked by the bureau.
 */
export const CREDIT_BENEFITS = ['service_purchase', 'funding', 'honours', 'evaluation', 'tax_recommendation'] as const;
export type CreditBenefit = (typeof CREDIT_BENEFITS)[number];

export const CREDIT_BENEFIT_LABELS: Record<CreditBenefit, string> = {
  service_purchase: '承接政府购买服务',
  funding: '财政资金资助',
  honours: '评优评先、授予荣誉',
  evaluation: '参加等级评估',
  tax_recommendation: '推荐税收优惠资格',
};

export interface EligibilityFacts {
  org: { status: string; foundedOn: string; evaluationGrade: string | null; gradeValidUntil: string | null };
  /** Active listings. */
  listings: { list: string; listedOn: string }[];
  /** annual_concluded, annual_overdue and penalty records. */
  records: ScoreRecord[];
}

export const ZEligibilityReason = z.object({
  code: z.string(),
  text: z.string(),
  basis: z.string(),
  /** false: the platform's reading, not confirmed in a source text. */
  confirmed: z.boolean(),
});
export type TEligibilityReason = z.infer<typeof ZEligibilityReason>;
export interface CreditEligibility {
  allowed: boolean;
  reasons: TEligibilityReason[];
}

const MEASURES = '《社会组织信用信息管理办法》（民政部令第60号）';
const EVAL_2010 = '《社会组织评估管理办法》（民政部令第39号）';
/**
 * From this day of a year the previous report year's annual inspection must be concluded (reports are due
 * 31 May; the conclusion follows in June). Before it, the year before that counts.
 */
export const ANNUAL_CONCLUDED_BY = '06-30';

/** The report year whose conclusion counts as "the last annual inspection" on `date`. */
export function requiredReportYear(date: string): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5) >= ANNUAL_CONCLUDED_BY ? y - 1 : y - 2;
}

const gradeRank = (g: string | null) => (g ? EVALUATION_GRADES.indexOf(g as never) + 1 : 0);

export function mayReceive(f: EligibilityFacts, benefit: CreditBenefit, date: string): CreditEligibility {
  const reasons: TEligibilityReason[] = [];
  const add = (code: string, text: string, basis: string, confirmed: boolean) =>
    reasons.push({ code, text, basis, confirmed });

  if (f.org.status !== 'registered') {
    add('not_registered', '该组织不在正常登记状态（已注销、撤销或吊销）', '登记状态：不再具有法人主体资格', true);
    return { allowed: false, reasons };
  }
  const dishonest = f.listings.find((l) => l.list === 'dishonest' && l.listedOn <= date);
  const abnormal = f.listings.find((l) => l.list === 'abnormal' && l.listedOn <= date);
  if (dishonest)
    add(
      'dishonest_list',
      `${dishonest.listedOn}起列入严重违法失信名单`,
      `${MEASURES}：列入名单的社会组织不给予资金资助、不向其购买服务、不授予荣誉，并作为降低评估等级的重要参考；本平台对列入严重违法失信名单者不予任何本项待遇`,
      benefit === 'funding' || benefit === 'service_purchase' || benefit === 'honours',
    );
  else if (abnormal && (benefit === 'funding' || benefit === 'service_purchase' || benefit === 'honours'))
    add(
      'abnormal_list',
      `${abnormal.listedOn}起列入活动异常名录`,
      `${MEASURES}：列入活动异常名录的社会组织不给予资金资助、不向其购买服务、不授予荣誉`,
      true,
    );

  const year = requiredReportYear(date);
  const exempt = Number(f.org.foundedOn.slice(0, 4)) > year;
  if (!exempt && (benefit === 'service_purchase' || benefit === 'tax_recommendation' || benefit === 'evaluation')) {
    const concluded = f.records
      .filter((r) => r.subtype === 'annual_concluded' && r.occurredOn <= date && Number(r.data.year) >= year)
      .sort((a, b) => Number(b.data.year) - Number(a.data.year));
    const last = concluded[0];
    const basis =
      benefit === 'evaluation'
        ? `${EVAL_2010}：未参加上年度年检或上年度年检不合格的不予评估（条文序号未核实）`
        : benefit === 'service_purchase'
          ? '政府购买服务承接主体应年检合格或按要求履行年度报告义务（财综〔2014〕87号等，条文未核实）'
          : '税收优惠资格推荐以年检（年报）合格为前提（财税〔2018〕13号、财税〔2020〕27号，条文未核实）';
    if (!last) add('annual_missing', `${year}年度年检尚无结论`, basis, false);
    else if (last.data.conclusion === 'fail') add('annual_failed', `${last.data.year}年度年检不合格`, basis, false);
  }

  if (benefit === 'evaluation') {
    if (yearsBefore(date, 2) < f.org.foundedOn)
      add('too_young', `成立于${f.org.foundedOn}，登记未满2年`, `${EVAL_2010}：取得法人登记满2年方可申请评估`, true);
    const lastYear = f.records.filter(
      (r) => r.subtype === 'penalty' && r.occurredOn > yearsBefore(date, 1) && r.occurredOn <= date,
    );
    if (lastYear.length > 0)
      add(
        'recent_penalty',
        `${lastYear[0]!.occurredOn}受到行政处罚（${lastYear.length}次，近12个月）`,
        `${EVAL_2010}：上年度受到行政处罚的不予评估（本平台按近12个月计，未核实）`,
        false,
      );
  }

  if (benefit === 'tax_recommendation') {
    const gradeOk = gradeRank(f.org.evaluationGrade) >= 3 && (!f.org.gradeValidUntil || f.org.gradeValidUntil >= date);
    if (!gradeOk)
      add(
        'grade_below_3a',
        f.org.evaluationGrade ? `评估等级${f.org.evaluationGrade}不足3A或已过期` : '无有效评估等级',
        '3A以上社会组织可按规定申请公益性捐赠税前扣除资格（评估管理办法所列效力；文号未核实）',
        false,
      );
    const heavy = f.records.find(
      (r) =>
        r.subtype === 'penalty' &&
        r.occurredOn > yearsBefore(date, 2) &&
        r.occurredOn <= date &&
        penaltyWeight(r.data) === 'heavy',
    );
    if (heavy)
      add(
        'heavy_penalty',
        `${heavy.occurredOn}受到较重行政处罚`,
        '前两年度受到行政处罚的不予确认税前扣除资格（财税〔2020〕27号，未核实）',
        false,
      );
  }
  return { allowed: reasons.length === 0, reasons };
}
