import {
  APPLICATION_KINDS,
  APPLICATION_STEPS,
  isWithinRegion,
  type ApplicationKind,
  type ApplicationStep,
  type TApplicationSummary,
} from '@shezu/contracts';
import { oneOf } from '../../lib/urlFilters';

/**
 * The queue's tabs: what waits for the user's own step (`mine`), everything under way in scope, the
 * applications returned to their applicants, and the decided ones.
 */
export const QUEUE_TABS = ['mine', 'open', 'returned', 'approved', 'rejected', 'all'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

/** The page's state as its URL keeps it. */
export interface QueueState {
  tab: QueueTab;
  kind?: ApplicationKind;
  step?: ApplicationStep;
  overdue?: boolean;
  q?: string;
  within?: string;
}

/** The query string `GET /api/applications` receives. */
export interface QueueApiQuery {
  mine?: 'true';
  status?: 'submitted' | 'returned' | 'approved' | 'rejected';
  kind?: ApplicationKind;
  step?: ApplicationStep;
  overdue?: 'true';
  sort?: 'due';
  within?: string;
  q?: string;
}

/** Only submitted applications have a step and a due date. */
export const isPendingTab = (tab: QueueTab) => tab === 'mine' || tab === 'open';
/** The step filter makes sense where applications of both steps are listed. */
export const hasStepFilter = (tab: QueueTab) => tab === 'open';

export function queueFromSearch(search: URLSearchParams): QueueState {
  const tab = oneOf(QUEUE_TABS, search.get('tab')) ?? 'mine';
  const q = search.get('q')?.trim();
  const within = search.get('within');
  return compactQueue({
    tab,
    kind: oneOf(APPLICATION_KINDS, search.get('kind')),
    step: hasStepFilter(tab) ? oneOf(APPLICATION_STEPS, search.get('step')) : undefined,
    overdue: isPendingTab(tab) && search.get('overdue') === 'true' ? true : undefined,
    q: q || undefined,
    within: within && /^(100000|\d{2}|\d{4}|\d{6}|\d{9})$/.test(within) ? within : undefined,
  });
}

/** Drops unset keys and filters the tab does not have, so equal states make equal URLs and cache keys. */
export function compactQueue(s: QueueState): QueueState {
  const out: QueueState = { tab: s.tab };
  if (s.kind) out.kind = s.kind;
  if (s.step && hasStepFilter(s.tab)) out.step = s.step;
  if (s.overdue && isPendingTab(s.tab)) out.overdue = true;
  if (s.q?.trim()) out.q = s.q.trim();
  if (s.within) out.within = s.within;
  return out;
}

export function searchFromQueue(s: QueueState): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(compactQueue(s))) {
    if (k === 'tab' && v === 'mine') continue;
    out.set(k, String(v));
  }
  return out;
}

const STATUS_OF: Partial<Record<QueueTab, QueueApiQuery['status']>> = {
  open: 'submitted',
  returned: 'returned',
  approved: 'approved',
  rejected: 'rejected',
};

/** An application number typed into the search box (#12, 第12号): matched in the browser, not by name. */
const numberOf = (q: string) => /^[#＃第]?(\d+)号?$/.exec(normalized(q))?.[1];

/** The name search the API does (2+ characters, part of the organization's name). */
export const apiSearchOf = (q: string | undefined) =>
  q && !numberOf(q) && [...q.trim()].length >= 2 ? q.trim() : undefined;

/** What the API filters and sorts: pending tabs soonest due first, across all pages. */
export function apiQueryOf(s: QueueState): QueueApiQuery {
  const out: QueueApiQuery = {};
  if (isPendingTab(s.tab)) out.sort = 'due';
  if (s.within) out.within = s.within;
  const q = apiSearchOf(s.q);
  if (q) out.q = q;
  if (s.tab === 'mine') out.mine = 'true';
  const status = STATUS_OF[s.tab];
  if (status) out.status = status;
  if (s.kind) out.kind = s.kind;
  if (s.step && hasStepFilter(s.tab)) out.step = s.step;
  if (s.overdue && isPendingTab(s.tab)) out.overdue = 'true';
  return out;
}

const normalized = (v: string) => v.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Whether a loaded row matches the filters the API already applied (kept so a stale page never shows a
 * row outside them) and an application number, which only the browser matches.
 */
export function matchesLocal(a: TApplicationSummary, s: Pick<QueueState, 'q' | 'within'>): boolean {
  if (s.within && !(a.regionCode && isWithinRegion(a.regionCode, s.within))) return false;
  if (!s.q) return true;
  const number = numberOf(s.q);
  if (number) return Number(number) === a.id;
  const q = normalized(s.q);
  return a.orgName !== null && normalized(a.orgName).includes(q);
}

/** Soonest due first; rows without a due date last; then the oldest application first. */
export function byDueDate(a: TApplicationSummary, b: TApplicationSummary): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.id - b.id;
}

/** The rows as the queue shows them: filtered locally, and by due date where a step is pending. */
export function visibleRows(items: readonly TApplicationSummary[], s: QueueState): TApplicationSummary[] {
  const rows = items.filter((a) => matchesLocal(a, s));
  return isPendingTab(s.tab) ? rows.sort(byDueDate) : rows;
}
