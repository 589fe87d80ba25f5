import type { PENALTY_KINDS } from '../events';
import { GROUNDS, LARGE_FINE_FEN, type CreditGround, type CreditList } from './grounds';

/**
 * The list rules of 《社会组织信用信息管理办法》(民政部令第60号) as pure functions. Items are named by the
 * official paraphrase (GROUNDS[…].basis); where only the 2017 draft has the text, the draft article is named and
 * the rule is marked unconfirmed (reference/evaluation-credit-holidays.md §4).
 */

// ── China calendar dates ('YYYY-MM-DD') ───────────────────────────────────────────────────────────
const DAY = 86_400_000;
const utc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addChinaDays(date: string, n: number): string {
  return iso(utc(date) + n * DAY);
}

/** Whole days from a to b (b − a). */
export function chinaDaysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY);
}

/**
 * The corresponding day `n` months later; a day the target month lacks becomes its last day (31 Aug + 6 months
 * → 28/29 Feb; a 29 Feb listing + 2 years → 28 Feb). That is 民法典 第二百零二条: "没有对应日的，月末日为期间的
 * 最后一日".
 */
export function addChinaMonths(date: string, n: number): string {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7) - 1 + n;
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const day = Math.min(+date.slice(8, 10), last);
  return `${String(ty).padStart(4, '0')}-${String(tm + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addChinaYears(date: string, n: number): string {
  return addChinaMonths(date, n * 12);
}

// ── Penalties → grounds ──────────────────────────────────────────────────────────────────────────
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export interface PenaltyFacts {
  kinds: readonly PenaltyKind[];
  fineFen: number | null;
  decidedOn: string;
}

/**
 * A "较轻行政处罚": a warning or a fine under ¥50,000 (abnormal list item 5), and nothing heavier in the same
 * decision (a decision that also suspends or revokes is judged by its heavier part).
 */
export function isMinorPenalty(p: Pick<PenaltyFacts, 'kinds' | 'fineFen'>): boolean {
  const heavy = p.kinds.some((k) => k === 'suspension' || k === 'revocation' || k === 'certificate_withdrawal');
  const largeFine = p.kinds.includes('fine') && (p.fineFen ?? 0) >= LARGE_FINE_FEN;
  return !heavy && !largeFine && (p.kinds.includes('warning') || p.kinds.includes('fine'));
}

/**
 * Repeated-penalty window (dishonest list item 5, "三年内两次以上"): an earlier penalty counts with a later one when
 * it was decided strictly after the later one's date minus 3 years. Decided 2023-05-10 and 2026-05-09: within;
 * 2023-05-10 and 2026-05-10: exactly 3 years apart, outside. Order does not matter.
 */
export function withinThreeYears(a: string, b: string): boolean {
  const [earlier, later] = a <= b ? [a, b] : [b, a];
  return earlier > addChinaYears(later, -3);
}

export interface GroundHit {
  list: CreditList;
  ground: CreditGround;
}

/**
 * The grounds one penalty decision leads to, given the dates of the organization's other minor penalties
 * (from any department: penalties by other departments count too).
 * - revocation / certificate withdrawal → dishonest item 7 (`revoked`)
 * - 限期停止活动 → dishonest item 3 (`suspension`)
 * - a fine of ¥50,000 or more → dishonest item 4 (`large_fine`)
 * - a warning or a fine under ¥50,000 → abnormal item 5 (`minor_penalty`), and when another minor penalty lies
 *   within 3 years of it → dishonest item 5 (`repeated_penalties`) as well.
 */
export function penaltyGrounds(p: PenaltyFacts, otherMinorPenaltyDates: readonly string[]): GroundHit[] {
  const hits: GroundHit[] = [];
  if (p.kinds.includes('revocation') || p.kinds.includes('certificate_withdrawal'))
    hits.push({ list: 'dishonest', ground: 'revoked' });
  if (p.kinds.includes('suspension')) hits.push({ list: 'dishonest', ground: 'suspension' });
  if (p.kinds.includes('fine') && (p.fineFen ?? 0) >= LARGE_FINE_FEN)
    hits.push({ list: 'dishonest', ground: 'large_fine' });
  if (isMinorPenalty(p)) {
    hits.push({ list: 'abnormal', ground: 'minor_penalty' });
    if (otherMinorPenaltyDates.some((d) => withinThreeYears(d, p.decidedOn)))
      hits.push({ list: 'dishonest', ground: 'repeated_penalties' });
  }
  return hits;
}

// ── Listing dates ────────────────────────────────────────────────────────────────────────────────
export interface ListingDates {
  autoRemoveOn: string | null;
  moveOn: string | null;
  removableFrom: string | null;
}

/** The months after which an abnormal listing with nothing to fix leaves by itself (draft 第十四条, unconfirmed). */
export const AUTO_REMOVE_MONTHS = 6;
/** Years on the abnormal list after which an organization moves to the dishonest list (dishonest item 1). */
export const MOVE_AFTER_YEARS = 2;
/** Years without a new ground before removal from the dishonest list may be applied for (严进严出). */
export const DISHONEST_MIN_YEARS = 2;

/**
 * The time limits of a listing.
 * - Abnormal, every ground exiting 'auto_six_months' (item 5: nothing to rectify): autoRemoveOn = clockStart
 *   + 6 months (draft 第十四条). clockStart is the latest ground's day: a new ground restarts it (draft 第十三条,
 *   解读 "列入时限重新计算").
 * - Abnormal: moveOn = listedOn + 2 years (dishonest item 1, "被列入活动异常名录满2年"). Measured from the listing,
 *   NOT restarted by a new ground: the restart lengthens the stay before removal; restarting the 2 years too
 *   would let an organization that keeps breaching postpone the stricter list for ever.
 * - Dishonest: removableFrom = clockStart + 2 years ("满2年" without a new ground); none for `revoked` alone,
 *   which leaves only when deregistration completes.
 * The day computed is the corresponding day (民法典 第二百零二条), on which the job acts.
 */
export function listingDates(
  list: CreditList,
  listedOn: string,
  clockStart: string,
  grounds: readonly CreditGround[],
): ListingDates {
  if (list === 'abnormal') {
    const auto = grounds.length > 0 && grounds.every((g) => GROUNDS[g].exit === 'auto_six_months');
    return {
      autoRemoveOn: auto ? addChinaMonths(clockStart, AUTO_REMOVE_MONTHS) : null,
      moveOn: addChinaYears(listedOn, MOVE_AFTER_YEARS),
      removableFrom: null,
    };
  }
  const byApplication = grounds.some((g) => GROUNDS[g].exit !== 'deregistration');
  return {
    autoRemoveOn: null,
    moveOn: null,
    removableFrom: byApplication ? addChinaYears(clockStart, DISHONEST_MIN_YEARS) : null,
  };
}

// ── Removal by application ───────────────────────────────────────────────────────────────────────
export interface RuleListing {
  list: CreditList;
  status: string;
  clockStart: string;
  /** Dishonest listings that came from 2 years on the abnormal list: that listing's grounds. */
  fromGrounds?: readonly RuleGround[];
}
export interface RuleGround {
  ground: CreditGround;
  /** The day the ground joined its listing (its clock start). */
  listedOn: string;
  fulfilledOn: string | null;
}

export interface Eligibility {
  allowed: boolean;
  reasons: string[];
  /** The first day an application is possible, when that is only a matter of time. */
  from: string | null;
}

const groundMet = (g: RuleGround) => g.fulfilledOn !== null || GROUNDS[g.ground].exit === 'auto_six_months';

/**
 * May the organization apply for removal (abnormal list) or credit repair (dishonest list) today?
 * - Abnormal, grounds (1)–(4), (6), (7): after fulfilling the obligation or rectifying (the application states
 *   how; the authority verifies). A listing whose grounds are all item 5 leaves by itself (6 months).
 * - Dishonest (严进严出): 2 full years since the latest ground on EITHER list (`latestGroundOn`, the newest
 *   `listedOn` of any ground of the organization); from abnormal_two_years only with the original obligation
 *   met; a `revoked` ground never by application: it leaves when deregistration completes.
 */
export function mayApplyForRemoval(
  listing: RuleListing,
  grounds: readonly RuleGround[],
  today: string,
  latestGroundOn: string = listing.clockStart,
): Eligibility {
  const no = (reason: string, from: string | null = null): Eligibility => ({ allowed: false, reasons: [reason], from });
  if (listing.status !== 'active') return no('该名录记录已不在列');
  if (listing.list === 'abnormal') {
    if (grounds.every((g) => GROUNDS[g.ground].exit === 'auto_six_months'))
      return no('因受到警告或不满5万元罚款列入的，满6个月后自动移出，无需申请');
    return { allowed: true, reasons: [], from: null };
  }
  if (grounds.some((g) => g.ground === 'revoked'))
    return no('因被撤销登记或吊销登记证书列入的，注销登记办理完毕后移出');
  const start = latestGroundOn > listing.clockStart ? latestGroundOn : listing.clockStart;
  const from = addChinaYears(start, DISHONEST_MIN_YEARS);
  if (today < from) return no(`列入满2年且期间未再出现列入情形的方可申请，最早可于${from}申请`, from);
  if (grounds.some((g) => g.ground === 'abnormal_two_years') && !(listing.fromGrounds ?? []).every(groundMet))
    return no('由活动异常名录转入的，须先履行相关义务或完成整改');
  return { allowed: true, reasons: [], from };
}

// ── Unreachable at the registered address (abnormal item 6) ──────────────────────────────────────
/** The 2017 draft's interval between the two letters (第十一条); the final text's is unconfirmed. */
export const LETTER_INTERVAL_DAYS = { min: 20, max: 60 } as const;

export interface LetterFacts {
  id?: number;
  sentOn: string;
  signed: boolean;
}

/**
 * Two registered letters (专用信函) to the registered address, both unsigned, sent between `min` and `max` days
 * apart (inclusive): the pair that proves the organization cannot be reached there, or null.
 */
export function unreachablePair<L extends LetterFacts>(
  letters: readonly L[],
  interval: { min: number; max: number } = LETTER_INTERVAL_DAYS,
): [L, L] | null {
  const unsigned = letters.filter((l) => !l.signed).sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1));
  for (let j = unsigned.length - 1; j > 0; j--)
    for (let i = j - 1; i >= 0; i--) {
      const gap = chinaDaysBetween(unsigned[i]!.sentOn, unsigned[j]!.sentOn);
      if (gap >= interval.min && gap <= interval.max) return [unsigned[i]!, unsigned[j]!];
    }
  return null;
}
