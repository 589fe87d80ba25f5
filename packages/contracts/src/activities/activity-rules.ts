import type { ActivityKind, ActivityStatus, TActivityDetail } from './activities';
import { addChinaDays } from '../credit/list-rules';

/**
 * Pure rules of the activity lifecycle (DOMAIN.md "Activities and major matters"), shared by the API and the web.
 * Approval of 评比达标表彰 and 论坛 (社会组织评比达标表彰活动管理办法), foreign cooperation and large gatherings
 * (大型群众性活动安全管理条例 art. 12: 20 days ahead) is due a number of calendar days before the start.
 */

/** The last day the approval request is due: the start minus the kind's days ahead; null when none is needed. */
export function approvalDueOn(
  kind: ActivityKind,
  startsOn: string,
  approvalKinds: Partial<Record<ActivityKind, number>>,
): string | null {
  const days = approvalKinds[kind];
  return days === undefined ? null : addChinaDays(startsOn, -days);
}

/** A request after the due day is still accepted, but marked late. */
export function isApprovalLate(requestedOn: string, dueOn: string | null): boolean {
  return dueOn !== null && requestedOn > dueOn;
}

/** The first and last day of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export type ActivityAction = TActivityDetail['actions'][number];

/** Which step each status allows (who may take it is checked separately: the organization or staff 本级). */
const ORG_STEPS: Record<ActivityStatus, readonly ActivityAction[]> = {
  planned: ['edit', 'request_approval', 'start', 'cancel'],
  awaiting_approval: ['cancel'],
  approval_refused: ['edit', 'request_approval', 'cancel'],
  under_way: ['finish', 'cancel'],
  finished: ['edit', 'finish', 'submit'],
  awaiting_review: [],
  returned: ['edit', 'finish', 'submit'],
  published: [],
  unpublished: ['edit', 'finish', 'submit'],
  cancelled: [],
};
const STAFF_STEPS: Record<ActivityStatus, readonly ActivityAction[]> = {
  planned: [],
  awaiting_approval: ['decide_approval'],
  approval_refused: [],
  under_way: [],
  finished: [],
  awaiting_review: ['review'],
  returned: [],
  published: ['unpublish'],
  unpublished: [],
  cancelled: [],
};

export interface ActivityState {
  status: ActivityStatus;
  approvalRequired: boolean;
}

/**
 * The steps open to the organization (`org`) or to the deciding bureau (`staff`) in a state. An activity that
 * needs approval cannot start without it (approval moves it to under_way-ready: status planned with a decision),
 * and it cannot ask for approval when it needs none.
 */
export function stepsFor(who: 'org' | 'staff', a: ActivityState & { approved: boolean }): ActivityAction[] {
  const steps = (who === 'org' ? ORG_STEPS : STAFF_STEPS)[a.status];
  return steps.filter((s) => {
    if (s === 'request_approval') return a.approvalRequired && !a.approved;
    if (s === 'start') return !a.approvalRequired || a.approved;
    if (s === 'edit' && a.status === 'planned') return !a.approved;
    return true;
  });
}

/** Whether a step may be taken in the state (the services refuse with 409 otherwise). */
export function canStep(who: 'org' | 'staff', a: ActivityState & { approved: boolean }, step: ActivityAction): boolean {
  return stepsFor(who, a).includes(step);
}

/** The cover: the first photo (by position) that does not show minors — minors are never published. */
export function coverPhotoOf<P extends { id: number; position: number; showsMinors: boolean }>(
  photos: readonly P[],
): number | null {
  const ok = photos.filter((p) => !p.showsMinors).sort((a, b) => a.position - b.position || a.id - b.id);
  return ok[0]?.id ?? null;
}
