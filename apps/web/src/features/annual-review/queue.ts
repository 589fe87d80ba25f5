import {
  ANNUAL_REPORT_STATUSES,
  ANNUAL_REVIEW_STEPS,
  INSPECTION_CONCLUSIONS,
  type AnnualReportStatus,
  type AnnualReviewStep,
  type InspectionConclusion,
  type TAnnualReportSummary,
} from '@shezu/contracts';
import { oneOf } from '../../lib/urlFilters';

/** 待我审核 (what waits for the caller's own step) or everything in the caller's read scope. */
export const QUEUE_TABS = ['mine', 'all'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

/** The page's state as its URL keeps it (the dashboard links here with these parameters). */
export interface QueueState {
  tab: QueueTab;
  status?: AnnualReportStatus;
  step?: AnnualReviewStep;
  conclusion?: InspectionConclusion;
  year?: number;
  cycleId?: number;
  supervisorUnitId?: number;
  overdue?: boolean;
  late?: boolean;
  clean?: boolean;
  q?: string;
}

/** The query string `GET /api/annual-reports` receives. */
export interface QueueApiQuery {
  mine?: 'true';
  status?: AnnualReportStatus;
  step?: AnnualReviewStep;
  conclusion?: InspectionConclusion;
  year?: number;
  cycleId?: number;
  supervisorUnitId?: number;
  overdue?: 'true';
  late?: 'true';
  clean?: 'true';
  q?: string;
}

const positive = (v: string | null) => (v && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

/** Status, step and conclusion only narrow the full list: 待我审核 is already one status and step. */
export const hasStatusFilters = (tab: QueueTab) => tab === 'all';

/** Drops unset keys and filters the tab does not have, so equal states make equal URLs and cache keys. */
export function compactQueue(s: QueueState): QueueState {
  const out: QueueState = { tab: s.tab };
  if (hasStatusFilters(s.tab)) {
    if (s.status) out.status = s.status;
    if (s.step) out.step = s.step;
    if (s.conclusion) out.conclusion = s.conclusion;
  }
  if (s.year) out.year = s.year;
  if (s.cycleId) out.cycleId = s.cycleId;
  if (s.supervisorUnitId) out.supervisorUnitId = s.supervisorUnitId;
  if (s.overdue) out.overdue = true;
  if (s.late) out.late = true;
  if (s.clean) out.clean = true;
  if (s.q?.trim()) out.q = s.q.trim();
  return out;
}

export function queueFromSearch(search: URLSearchParams): QueueState {
  const year = positive(search.get('year'));
  return compactQueue({
    tab: oneOf(QUEUE_TABS, search.get('tab')) ?? 'mine',
    status: oneOf(ANNUAL_REPORT_STATUSES, search.get('status')),
    step: oneOf(ANNUAL_REVIEW_STEPS, search.get('step')),
    conclusion: oneOf(INSPECTION_CONCLUSIONS, search.get('conclusion')),
    year: year && year >= 2000 && year <= 2100 ? year : undefined,
    cycleId: positive(search.get('cycleId')),
    supervisorUnitId: positive(search.get('supervisorUnitId')),
    overdue: search.get('overdue') === 'true' || undefined,
    late: search.get('late') === 'true' || undefined,
    clean: search.get('clean') === 'true' || undefined,
    q: search.get('q') ?? undefined,
  });
}

export function searchFromQueue(s: QueueState): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(compactQueue(s))) {
    if (k === 'tab' && v === 'mine') continue;
    out.set(k, String(v));
  }
  return out;
}

/** The link a dashboard count opens: the full list of one cycle, narrowed. */
export function queueLink(filters: Omit<QueueState, 'tab'>): string {
  return `/annual-reports?${searchFromQueue({ tab: 'all', ...filters }).toString()}`;
}

/** The API searches names and credit codes from 2 characters on. */
export const apiSearchOf = (q: string | undefined) => (q && [...q.trim()].length >= 2 ? q.trim() : undefined);

export function apiQueryOf(s: QueueState): QueueApiQuery {
  const c = compactQueue(s);
  const out: QueueApiQuery = {};
  if (c.tab === 'mine') out.mine = 'true';
  if (c.status) out.status = c.status;
  if (c.step) out.step = c.step;
  if (c.conclusion) out.conclusion = c.conclusion;
  if (c.year) out.year = c.year;
  if (c.cycleId) out.cycleId = c.cycleId;
  if (c.supervisorUnitId) out.supervisorUnitId = c.supervisorUnitId;
  if (c.overdue) out.overdue = 'true';
  if (c.late) out.late = 'true';
  if (c.clean) out.clean = 'true';
  const q = apiSearchOf(c.q);
  if (q) out.q = q;
  return out;
}

/** Only reports without rule findings or risk flags may go through the batch action (the API refuses others). */
export const isClean = (r: TAnnualReportSummary) => r.errorCount === 0 && r.riskCount === 0;

/** Why a row cannot be picked for the batch action, or null when it can. */
export function batchBlocker(r: TAnnualReportSummary, tab: QueueTab): 'notPending' | 'notClean' | null {
  if (tab !== 'mine' || r.status !== 'in_review') return 'notPending';
  return isClean(r) ? null : 'notClean';
}
