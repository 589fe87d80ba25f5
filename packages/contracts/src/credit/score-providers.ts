import { EVALUATION_GRADES } from '../orgs';
import { levelOf, type ScoreIndicatorCode, type ScoreLevel, type TScoreSchemeDefinition } from './score-scheme';

/**
 * The providers of the credit score: each a pure function from an organization's facts to points with the
 * facts behind them. A provider whose data does not exist on the platform yet (no spot-check, complaint or
 * activity records anywhere) answers 暂无数据 and scores NEUTRALLY = its full maximum (no deduction), so a
 * module added later changes scores only through the records it brings.
 */
export interface ScoreRecord {
  subtype: string;
  occurredOn: string;
  data: Record<string, unknown>;
}

export interface ScoreFacts {
  org: {
    status: string;
    foundedOn: string;
    certificateValidUntil: string | null;
    evaluationGrade: string | null;
    gradeValidUntil: string | null;
    hasPartyOrg: boolean;
    usccWarning: string | null;
  };
  /** Active listings only. */
  listings: { list: string; listedOn: string }[];
  /** Credit records the score reads (annual_concluded, annual_overdue, penalty, spot_check, complaint, activity). */
  records: ScoreRecord[];
  /** Subtypes some organization on the platform has records of (a module that writes them exists). */
  sources: { spot_check: boolean; complaint: boolean; activity: boolean };
}

export interface ProviderResult {
  points: number;
  facts: string[];
  noData: boolean;
}

export interface BreakdownItem extends ProviderResult {
  code: ScoreIndicatorCode;
  label: string;
  maxPoints: number;
}

export interface ScoreResult {
  score: number;
  level: ScoreLevel;
  breakdown: BreakdownItem[];
}

type Params = Record<string, number>;
type Provider = (facts: ScoreFacts, date: string, max: number, p: Params) => ProviderResult;

const pct = (max: number, percent: number | undefined) => Math.round((max * (percent ?? 0)) / 100);
const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));
/** The same day `years` earlier as a comparable string (29 Feb compares correctly without being a real date). */
export const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
const within = (r: ScoreRecord, date: string, years: number) =>
  r.occurredOn > yearsBefore(date, years) && r.occurredOn <= date;
/** Records by subtype, grouped once per facts object (the nightly job scores a million of them). */
const grouped = new WeakMap<ScoreFacts, Map<string, ScoreRecord[]>>();
const ofType = (f: ScoreFacts, subtype: string): ScoreRecord[] => {
  let m = grouped.get(f);
  if (!m) {
    m = new Map();
    for (const r of f.records) {
      const list = m.get(r.subtype);
      if (list) list.push(r);
      else m.set(r.subtype, [r]);
    }
    grouped.set(f, m);
  }
  return m.get(subtype) ?? [];
};
const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
const WAN5 = 5_000_000; // ¥50,000 in fen

const CONCLUSION_TEXT: Record<string, string> = { pass: '合格', basic_pass: '基本合格', fail: '不合格' };

/** The last 3 report years before `date`'s year that the organization existed in. */
function reportYears(f: ScoreFacts, date: string): number[] {
  const y = Number(date.slice(0, 4));
  const founded = Number(f.org.foundedOn.slice(0, 4));
  return [y - 1, y - 2, y - 3].filter((yr) => yr >= founded);
}

const registration: Provider = (f, date, max, p) => {
  if (f.org.status !== 'registered')
    return { points: 0, facts: ['非正常登记状态（已注销、撤销或吊销）'], noData: false };
  let points = max;
  const facts = ['登记状态正常'];
  if (f.org.certificateValidUntil && f.org.certificateValidUntil < date) {
    points -= pct(max, p.expiredCertificate);
    facts.push(`登记证书有效期至${f.org.certificateValidUntil}，已过期`);
  }
  if (f.org.usccWarning) {
    points -= pct(max, p.usccWarning);
    facts.push(`统一社会信用代码存疑：${f.org.usccWarning}`);
  }
  return { points: clamp(points, max), facts, noData: false };
};

const annual: Provider = (f, date, max, p) => {
  const concluded = ofType(f, 'annual_concluded');
  const overdue = ofType(f, 'annual_overdue');
  const years = reportYears(f, date);
  let points = max;
  const facts: string[] = [];
  for (const year of years) {
    const c = concluded.find((r) => num(r.data.year) === year && r.occurredOn <= date);
    const late = overdue.some((r) => num(r.data.year) === year && r.occurredOn <= date);
    const conclusion = typeof c?.data.conclusion === 'string' ? c.data.conclusion : null;
    if (conclusion === 'fail' || (!conclusion && late)) {
      points -= pct(max, p.fail);
      facts.push(conclusion ? `${year}年度年检不合格` : `${year}年度年报逾期未报`);
    } else if (conclusion === 'basic_pass') {
      points -= pct(max, p.basicPass);
      facts.push(`${year}年度年检基本合格`);
    } else if (conclusion) facts.push(`${year}年度年检${CONCLUSION_TEXT[conclusion] ?? conclusion}`);
  }
  if (facts.length === 0) return { points: max, facts: ['暂无数据'], noData: true };
  return { points: clamp(points, max), facts, noData: false };
};

const evaluation: Provider = (f, date, max, p) => {
  const g = f.org.evaluationGrade;
  const valid =
    g && EVALUATION_GRADES.includes(g as never) && (!f.org.gradeValidUntil || f.org.gradeValidUntil >= date);
  if (!valid)
    return {
      points: pct(max, p.none),
      facts: [g ? `评估等级${g}已于${f.org.gradeValidUntil}到期` : '未参加评估或无评估等级'],
      noData: false,
    };
  return {
    points: clamp(pct(max, p[`g${g}`]), max),
    facts: [`评估等级${g}${f.org.gradeValidUntil ? `（有效期至${f.org.gradeValidUntil}）` : ''}`],
    noData: false,
  };
};

const lists: Provider = (f, _date, max, p) => {
  const dishonest = f.listings.find((l) => l.list === 'dishonest');
  const abnormal = f.listings.find((l) => l.list === 'abnormal');
  if (dishonest)
    return { points: pct(max, p.dishonest), facts: [`${dishonest.listedOn}列入严重违法失信名单`], noData: false };
  if (abnormal) return { points: pct(max, p.abnormal), facts: [`${abnormal.listedOn}列入活动异常名录`], noData: false };
  return { points: max, facts: ['未列入活动异常名录或严重违法失信名单'], noData: false };
};

/** Heavy: ¥50,000+, 限期停止活动 or loss of registration; small fine; otherwise a warning (民政部令第60号's split). */
export function penaltyWeight(data: Record<string, unknown>): 'heavy' | 'smallFine' | 'warning' {
  const kinds = Array.isArray(data.kinds) ? (data.kinds as string[]) : [];
  const fine = num(data.fineFen);
  if (fine >= WAN5 || kinds.some((k) => ['suspension', 'revocation', 'certificate_withdrawal'].includes(k)))
    return 'heavy';
  if (kinds.includes('fine') || fine > 0) return 'smallFine';
  return 'warning';
}
const PENALTY_TEXT = { heavy: '较重处罚', smallFine: '不满5万元罚款', warning: '警告' };

const penalties: Provider = (f, date, max, p) => {
  const rows = ofType(f, 'penalty').filter((r) => within(r, date, 3));
  if (rows.length === 0) return { points: max, facts: ['近三年无行政处罚'], noData: false };
  let points = max;
  const facts = rows.map((r) => {
    const w = penaltyWeight(r.data);
    points -= pct(max, p[w]);
    const no = typeof r.data.decisionNumber === 'string' ? `（${r.data.decisionNumber}）` : '';
    return `${r.occurredOn}受到行政处罚：${PENALTY_TEXT[w]}${no}`;
  });
  return { points: clamp(points, max), facts, noData: false };
};

/** Providers whose records may not exist on the platform yet: neutral (full points) until they do. */
function countedPerRecord(
  subtype: 'spot_check' | 'complaint',
  clean: string,
  counts: (r: ScoreRecord) => string | null,
) {
  const provider: Provider = (f, date, max, p) => {
    const rows = ofType(f, subtype).filter((r) => within(r, date, 3));
    if (!f.sources[subtype] && rows.length === 0) return { points: max, facts: ['暂无数据'], noData: true };
    let points = max;
    const facts: string[] = [];
    for (const r of rows) {
      const text = counts(r);
      if (text === null) continue;
      points -= pct(max, p.problem ?? p.each);
      facts.push(`${r.occurredOn}${text}`);
    }
    return { points: clamp(points, max), facts: facts.length ? facts : [clean], noData: false };
  };
  return provider;
}

const spotChecks = countedPerRecord('spot_check', '近三年抽查未发现问题', (r) =>
  r.data.problemsFound === false || r.data.result === 'pass'
    ? null
    : `抽查发现问题${typeof r.data.title === 'string' ? `：${r.data.title}` : ''}`,
);
const complaints = countedPerRecord('complaint', '近三年无查实的投诉举报', () => '投诉举报经查属实');

const disclosure: Provider = (f, date, max, p) => {
  const overdue = ofType(f, 'annual_overdue').filter((r) => r.occurredOn <= date);
  // Concluded inspections show the organization's reports are on the platform (submissions are not read: half
  // of all records, and they change no points).
  const concluded = ofType(f, 'annual_concluded').filter((r) => r.occurredOn <= date);
  if (overdue.length === 0 && concluded.length === 0) return { points: max, facts: ['暂无数据'], noData: true };
  let points = max;
  const facts: string[] = [];
  for (const year of reportYears(f, date)) {
    if (overdue.some((r) => num(r.data.year) === year)) {
      points -= pct(max, p.overdue);
      facts.push(`${year}年度报告未按时报送`);
    }
  }
  return { points: clamp(points, max), facts: facts.length ? facts : ['近三年年度报告按时报送'], noData: false };
};

const activities: Provider = (f, date, max, p) => {
  const rows = ofType(f, 'activity').filter((r) => r.occurredOn > yearsBefore(date, 1) && r.occurredOn <= date);
  if (!f.sources.activity && rows.length === 0) return { points: max, facts: ['暂无数据'], noData: true };
  const target = Math.max(1, p.target ?? 1);
  const base = pct(max, p.base);
  const points = base + Math.round(((max - base) * Math.min(rows.length, target)) / target);
  return { points: clamp(points, max), facts: [`近12个月公开活动${rows.length}项`], noData: false };
};

const party: Provider = (f, _date, max, p) =>
  f.org.hasPartyOrg
    ? { points: max, facts: ['已建立党组织'], noData: false }
    : { points: pct(max, p.none), facts: ['未建立党组织'], noData: false };

export const SCORE_PROVIDERS: Record<ScoreIndicatorCode, Provider> = {
  registration,
  annual,
  evaluation,
  lists,
  penalties,
  spot_checks: spotChecks,
  complaints,
  disclosure,
  activities,
  party,
};

/** The score of one organization on `date` under a scheme: the sum of its indicators' points. */
export function computeScore(scheme: TScoreSchemeDefinition, facts: ScoreFacts, date: string): ScoreResult {
  const breakdown: BreakdownItem[] = scheme.indicators.map((i) => {
    const r = SCORE_PROVIDERS[i.code](facts, date, i.maxPoints, i.params);
    return { code: i.code, label: i.label, maxPoints: i.maxPoints, ...r, points: clamp(r.points, i.maxPoints) };
  });
  const score = breakdown.reduce((s, b) => s + b.points, 0);
  return { score, level: levelOf(score, scheme.bands), breakdown };
}
