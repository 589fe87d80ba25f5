import { REGISTERED_ORG_TYPES, type RegisteredOrgType } from '../orgs';

/**
 * Dormant ("僵尸型") organizations (DOMAIN.md "Dormant organizations"): pure detection rules over the facts the
 * credit module keeps (credit_records, listings) and the register. Each signal carries the facts that raised it,
 * so a candidate list explains itself. The browser shows the same labels and defaults.
 */
export const DORMANT_SIGNALS = ['annual_missed', 'unreachable', 'no_activity', 'council_overdue'] as const;
export type DormantSignalCode = (typeof DORMANT_SIGNALS)[number];

export const DORMANT_SIGNAL_LABELS: Record<DormantSignalCode, string> = {
  annual_missed: '连续未参加年检',
  unreachable: '无法取得联系',
  no_activity: '长期未开展活动',
  council_overdue: '逾期未换届',
};

/** Where each signal's rule comes from. */
export const DORMANT_SIGNAL_BASIS: Record<DormantSignalCode, string> = {
  annual_missed:
    '雅安市“连续2年以上未参加年检”的僵尸型社会组织认定；《社会团体登记管理条例》第三十条、《民办非企业单位登记管理暂行条例》第二十五条（连续2年不按规定接受年度检查的，撤销登记）',
  unreachable:
    '《社会组织信用信息管理办法》（民政部令第60号）活动异常名录第（六）项：通过登记的住所无法与社会组织取得联系',
  no_activity: '《社会团体登记管理条例》第三十条（成立后无正当理由1年以上未开展活动）；本平台默认24个月未公开活动',
  council_overdue: '章程规定的理事会届期（示范章程：每届最长不超过5年，延期换届最长不超过1年）',
};

/** A candidate needs the register's status 正常 and one of these types (社区社会组织 are filed, not registered). */
export const DORMANT_ORG_TYPES = REGISTERED_ORG_TYPES;

/**
 * Councils: 社会团体 (理事会, 章程示范文本), 基金会 (《基金会管理条例》第二十条: 理事每届任期不得超过5年) and
 * 社会服务机构/民办非企业单位 (理事会, 章程示范文本) all renew by their charter; the default term is 5 years.
 */
export const COUNCIL_ORG_TYPES: readonly RegisteredOrgType[] = ['social_group', 'foundation', 'service_institution'];

export interface DormantParams {
  /** Consecutive years without annual inspection (雅安: 2). */
  missedYears: number;
  /** Months without a published activity (default 24). */
  inactiveMonths: number;
  /** The council's term by charter (default 5 years). */
  councilTermYears: number;
  /** Grace after the term ends before renewal counts as overdue (延期换届最长不超过1年: 12 months). */
  councilGraceMonths: number;
  /** Which signals this campaign looks for. */
  signals: DormantSignalCode[];
  /** How many of them make a candidate (default 1). */
  minSignals: number;
}

export const DEFAULT_DORMANT_PARAMS: DormantParams = {
  missedYears: 2,
  inactiveMonths: 24,
  councilTermYears: 5,
  councilGraceMonths: 12,
  signals: [...DORMANT_SIGNALS],
  minSignals: 1,
};

export type DormantSignal =
  | { code: 'annual_missed'; years: number[] }
  | { code: 'unreachable'; listedOn: string | null; unsignedLetters: string[] }
  | { code: 'no_activity'; lastActivityOn: string | null; since: string; dormantFrom: string; months: number }
  | {
      code: 'council_overdue';
      lastRenewedOn: string | null;
      foundedOn: string;
      termYears: number;
      dueOn: string;
      overdueFrom: string;
    };

export type DormantSignalOf<C extends DormantSignalCode> = Extract<DormantSignal, { code: C }>;

/** What the credit module knows about one organization. */
export interface DormantFacts {
  orgType: string;
  foundedOn: string;
  /** Years whose annual report was overdue (annual_overdue records). */
  overdueYears: number[];
  /** Years with an inspection conclusion (annual_concluded records). */
  concludedYears: number[];
  /** Revocation candidates of the annual inspection (org_revocation_candidate): year and ground. */
  revocationCandidates: { year: number; ground: string }[];
  /** Since when an active abnormal listing on ground `unreachable` holds (null: none). */
  unreachableListedOn: string | null;
  /** Registered letters to the registered address, any order. */
  letters: { sentOn: string; signed: boolean }[];
  /** The latest published activity (activity records). */
  lastActivityOn: string | null;
  /** The latest council renewal (council_renewed records). */
  lastCouncilRenewalOn: string | null;
}

/** What the platform has at all: a rule without any data says 暂无数据 instead of calling everyone dormant. */
export interface DormantContext {
  today: string;
  /** The earliest activity record on the platform (null: no module has published one yet). */
  activitySince: string | null;
  /** Whether any council renewal was ever recorded (no module records them yet). */
  councilData: boolean;
}

export interface DormantEvaluation {
  signals: DormantSignal[];
  /** Signals asked for that could not be judged for want of data. */
  noData: DormantSignalCode[];
  candidate: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' + n months; a day the target month lacks falls back to its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const m = DATE.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = Math.min(Number(m[3]), last);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const maxDate = (...ds: (string | null | undefined)[]) =>
  ds.filter((d): d is string => !!d).reduce((a, b) => (b > a ? b : a), '');

/**
 * 2+ consecutive years without annual inspection: the years whose report was overdue, plus both years of a
 * revocation candidate for not being inspected (连续两年未参加年检), less years inspected after all. The run
 * must end at the latest missed year with no inspection concluded for a later year (a later inspection shows
 * the organization is active again).
 */
export function annualMissedSignal(f: DormantFacts, missedYears: number): DormantSignalOf<'annual_missed'> | null {
  const missed = new Set(f.overdueYears);
  for (const c of f.revocationCandidates)
    if (c.ground.includes('未参加年检')) {
      missed.add(c.year);
      missed.add(c.year - 1);
    }
  for (const y of f.concludedYears) missed.delete(y);
  if (missed.size === 0) return null;
  const latest = Math.max(...missed);
  if (f.concludedYears.some((y) => y > latest)) return null;
  const run: number[] = [];
  for (let y = latest; missed.has(y); y--) run.unshift(y);
  return run.length >= missedYears ? { code: 'annual_missed', years: run } : null;
}

/**
 * Unreachable: an active abnormal listing on ground (六), or the two latest registered letters to the registered
 * address both came back unsigned (民政部令第60号; a later signed letter shows the address works again).
 */
export function unreachableSignal(f: DormantFacts): DormantSignalOf<'unreachable'> | null {
  const letters = [...f.letters].sort((a, b) => (a.sentOn < b.sentOn ? 1 : a.sentOn > b.sentOn ? -1 : 0));
  const lastTwo = letters.slice(0, 2);
  const twoUnsigned = lastTwo.length === 2 && lastTwo.every((l) => !l.signed);
  if (!f.unreachableListedOn && !twoUnsigned) return null;
  return {
    code: 'unreachable',
    listedOn: f.unreachableListedOn,
    unsignedLetters: twoUnsigned ? lastTwo.map((l) => l.sentOn).reverse() : [],
  };
}

/**
 * No published activity for `months` months: counted from the latest activity, or — without one — from the
 * later of the founding date and the day the platform began receiving activities (nobody can have been silent
 * for 24 months of which the platform knows 2). Raised on the day the months are full ("to the day").
 * Null context.activitySince: no data.
 */
export function noActivitySignal(
  f: DormantFacts,
  ctx: DormantContext,
  months: number,
): DormantSignalOf<'no_activity'> | null {
  if (!ctx.activitySince) return null;
  const since = f.lastActivityOn ?? maxDate(f.foundedOn, ctx.activitySince);
  const dormantFrom = addMonths(since, months);
  if (ctx.today < dormantFrom) return null;
  return { code: 'no_activity', lastActivityOn: f.lastActivityOn, since, dormantFrom, months };
}

/**
 * Council renewal overdue: the term runs from the latest renewal, else from the founding date; renewal is
 * overdue from the day after the term plus the grace period. Only types with a council (COUNCIL_ORG_TYPES).
 */
export function councilOverdueSignal(
  f: DormantFacts,
  today: string,
  termYears: number,
  graceMonths: number,
): DormantSignalOf<'council_overdue'> | null {
  if (!COUNCIL_ORG_TYPES.includes(f.orgType as RegisteredOrgType)) return null;
  const start = f.lastCouncilRenewalOn ?? f.foundedOn;
  const dueOn = addMonths(start, termYears * 12);
  const lastGraceDay = addMonths(dueOn, graceMonths);
  if (today <= lastGraceDay) return null;
  const overdueFrom = nextDay(lastGraceDay);
  return {
    code: 'council_overdue',
    lastRenewedOn: f.lastCouncilRenewalOn,
    foundedOn: f.foundedOn,
    termYears,
    dueOn,
    overdueFrom,
  };
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every asked-for signal of one organization, and whether they make it a candidate. */
export function evaluateDormant(f: DormantFacts, ctx: DormantContext, p: DormantParams): DormantEvaluation {
  const signals: DormantSignal[] = [];
  const noData: DormantSignalCode[] = [];
  const want = new Set(p.signals);
  const push = (s: DormantSignal | null) => s && signals.push(s);
  if (want.has('annual_missed')) push(annualMissedSignal(f, p.missedYears));
  if (want.has('unreachable')) push(unreachableSignal(f));
  if (want.has('no_activity')) {
    if (ctx.activitySince) push(noActivitySignal(f, ctx, p.inactiveMonths));
    else noData.push('no_activity');
  }
  if (want.has('council_overdue')) {
    if (ctx.councilData) push(councilOverdueSignal(f, ctx.today, p.councilTermYears, p.councilGraceMonths));
    else noData.push('council_overdue');
  }
  return { signals, noData, candidate: signals.length >= Math.max(1, p.minSignals) };
}

/**
 * disposed / listed as a percentage rounded half up to two decimals, in integer arithmetic (no floating-point
 * quotient): 504 / 614 → "82.08". Null when nothing is listed.
 */
export function completionRate(disposed: number, listed: number): string | null {
  if (!Number.isSafeInteger(disposed) || !Number.isSafeInteger(listed) || disposed < 0 || listed < 0)
    throw new Error('completionRate takes non-negative integers');
  if (listed === 0) return null;
  const a = 2n * BigInt(disposed) * 10_000n + BigInt(listed);
  const hundredths = a / (2n * BigInt(listed));
  const whole = hundredths / 100n;
  const frac = hundredths % 100n;
  return `${whole}.${String(frac).padStart(2, '0')}`;
}
