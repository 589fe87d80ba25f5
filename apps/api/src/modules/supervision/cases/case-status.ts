import type { CaseStatus, MeasureStatus } from '@shezu/contracts';

/**
 * Where a case stands, from its steps (反馈销号): measures under way until every measure is answered and every
 * partner task done; feedback given until every answer is verified; verified, then closed by the handler.
 * A case without measures or tasks moves on the handler's own feedback and verification.
 */
export function deriveCaseStatus(c: {
  current: string;
  measures: readonly { status: string }[];
  tasks: readonly { status: string }[];
  feedbackOn: string | null;
  verifiedOn: string | null;
}): CaseStatus {
  if (c.current === 'closed') return 'closed';
  const ms = c.measures.map((m) => m.status as MeasureStatus);
  const steps = ms.length + c.tasks.length;
  if (steps === 0) return c.verifiedOn ? 'verified' : c.feedbackOn ? 'feedback_given' : 'open';
  const waiting = ms.some((s) => s === 'issued' || s === 'returned') || c.tasks.some((t) => t.status !== 'done');
  if (waiting) return 'in_progress';
  return ms.every((s) => s === 'verified') ? 'verified' : 'feedback_given';
}

/** A deadline is missed the day after it (the deadline day itself still counts). */
export function isOverdue(deadline: string, today: string): boolean {
  return deadline < today;
}
