import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/auth/auth-user';

/** Where a coordinated case (协同处置) comes from. */
export const CASE_SOURCES = [
  'complaint',
  'spot_check',
  'annual_inspection',
  'referral',
  'risk_warning',
  'campaign',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/**
 * What another part of supervision hands the cases part: a spot check's problems, a campaign's findings, an
 * unanswered risk warning. With `rectification`, the case opens with a 责令改正通知书 measure due on that date,
 * closed only with the organization's evidence and the clerk's verification (闭环).
 */
export interface CaseIntake {
  orgId: number;
  source: CaseSource;
  /** The source record (`spot_check:42`); one open case per source record. */
  sourceRef: string;
  title: string;
  detail: string;
  rectification?: { deadline: string; requirement: string } | undefined;
}

export interface CaseOpener {
  /** Opens the case in the caller's transaction and audits it; returns the existing case for a known sourceRef. */
  openFromSource(trx: Kysely<DB>, actor: Actor, input: CaseIntake): Promise<{ caseId: number }>;
  /**
   * Where the cases opened for these sources stand (a spot check's problem counts as rectified once its case is
   * closed; a complainant's status lookup shows the case's status). Sources without a case are absent.
   */
  sourceStatus(sourceRefs: readonly string[]): Promise<Map<string, CaseSourceStatus>>;
}

export interface CaseSourceStatus {
  caseId: number;
  /** open | closed (and whatever intermediate states the cases part defines). */
  status: string;
  closedOn: string | null;
  /** For a closed case from a complaint: whether the complaint was found true. */
  substantiated: boolean | null;
}
