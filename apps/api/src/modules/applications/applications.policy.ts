import {
  APPLICATION_ACTIONS,
  type ApplicationAction,
  type ApplicationStatus,
  type ApplicationStep,
} from '@shezu/contracts';
import type { AuthUser } from '../../platform/auth/auth-user';
import { authorize, type ScopedResource } from '../../platform/auth/authorize';
import { AppError } from '../../platform/errors';

/** What of an application decides who may see it and act on it. */
export interface ApplicationPlace {
  status: ApplicationStatus;
  step: ApplicationStep | null;
  applicantId: number;
  orgId: number | null;
  regionCode: string | null;
  authorityRegionCode: string | null;
  supervisorUnitId: number | null;
}

export type Refusal = 'FORBIDDEN' | 'NOT_FOUND' | 'OUT_OF_DECISION_SCOPE' | 'INVALID_TRANSITION';

export function applicationResource(a: ApplicationPlace): ScopedResource {
  return {
    regionCode: a.regionCode,
    authorityRegionCode: a.authorityRegionCode,
    unitIds: [a.supervisorUnitId],
    orgId: a.orgId,
    userId: a.applicantId,
  };
}

/** The founder who drafted it, or (organization kinds, and an approved establishment) the organization's account. */
export function isOwner(a: ApplicationPlace, user: AuthUser): boolean {
  if (a.applicantId === user.id) return true;
  return user.orgId !== null && a.orgId === user.orgId && user.roles.includes('org_account');
}

/** Owners see their drafts; reviewers see what was submitted in their scope (unit, region subtree). */
export function canRead(a: ApplicationPlace, user: AuthUser): boolean {
  if (isOwner(a, user)) return true;
  if (a.status === 'draft') return false;
  return authorize(user, 'applications.read', applicationResource(a)).allowed;
}

/** In which states each action may be taken, and by whom. */
const RULES: Record<
  ApplicationAction,
  { by: 'owner' | 'supervisor' | 'authority'; when: (a: ApplicationPlace) => boolean }
> = {
  edit: { by: 'owner', when: (a) => a.status === 'draft' || a.status === 'returned' },
  submit: { by: 'owner', when: (a) => a.status === 'draft' || a.status === 'returned' },
  withdraw: { by: 'owner', when: (a) => ['draft', 'submitted', 'returned'].includes(a.status) },
  'supervisor-approve': { by: 'supervisor', when: (a) => a.status === 'submitted' && a.step === 'supervisor' },
  'supervisor-return': { by: 'supervisor', when: (a) => a.status === 'submitted' && a.step === 'supervisor' },
  approve: { by: 'authority', when: (a) => a.status === 'submitted' && a.step === 'authority' },
  reject: { by: 'authority', when: (a) => a.status === 'submitted' && a.step === 'authority' },
  return: { by: 'authority', when: (a) => a.status === 'submitted' && a.step === 'authority' },
};

/**
 * May `user` take `action` on the application now? Unreadable answers NOT_FOUND (its existence is not
 * revealed); the wrong role FORBIDDEN; a bureau above the deciding one OUT_OF_DECISION_SCOPE; the right
 * person at the wrong moment INVALID_TRANSITION.
 */
export function check(
  a: ApplicationPlace,
  user: AuthUser,
  action: ApplicationAction,
): { ok: true } | { ok: false; code: Refusal } {
  if (!canRead(a, user)) return { ok: false, code: 'NOT_FOUND' };
  const rule = RULES[action];
  if (rule.by === 'owner') {
    if (!user.permissions.has('applications.apply') || !isOwner(a, user)) return { ok: false, code: 'FORBIDDEN' };
  } else if (rule.by === 'supervisor') {
    if (!user.permissions.has('applications.review') || user.unitId === null || user.unitId !== a.supervisorUnitId)
      return { ok: false, code: 'FORBIDDEN' };
  } else {
    const d = authorize(user, 'applications.decide', applicationResource(a));
    if (!d.allowed) return { ok: false, code: d.code };
  }
  return rule.when(a) ? { ok: true } : { ok: false, code: 'INVALID_TRANSITION' };
}

/** The buttons the caller gets. */
export function allowedActions(a: ApplicationPlace, user: AuthUser): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => check(a, user, action).ok);
}

const STATE_TEXT: Record<ApplicationStatus, string> = {
  draft: '尚未提交',
  submitted: '正在审查中',
  returned: '已退回修改',
  approved: '已批准',
  rejected: '已不予批准',
  withdrawn: '已撤回',
};
const ACTION_TEXT: Record<ApplicationAction, string> = {
  edit: '修改',
  submit: '提交',
  withdraw: '撤回',
  'supervisor-approve': '作出业务主管单位审查同意',
  'supervisor-return': '由业务主管单位退回',
  approve: '批准',
  reject: '不予批准',
  return: '退回修改',
};

/** Throws the matching 404 / 403 / 409 when `check` says no. */
export function assertAllowed(a: ApplicationPlace, user: AuthUser, action: ApplicationAction): void {
  const r = check(a, user, action);
  if (r.ok) return;
  if (r.code !== 'INVALID_TRANSITION') throw new AppError(r.code);
  const where =
    a.status === 'submitted'
      ? a.step === 'supervisor'
        ? '正在业务主管单位审查'
        : '正在登记管理机关审批'
      : STATE_TEXT[a.status];
  throw new AppError('CONFLICT', `该申请${where}，不能${ACTION_TEXT[action]}`);
}
