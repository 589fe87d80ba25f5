import type { AnnualReviewStep, Permission } from '@shezu/contracts';
import type { AuthUser } from '../../platform/auth/auth-user';
import { authorize } from '../../platform/auth/authorize';
import { AppError } from '../../platform/errors';
import type { ReportRecord } from './reports.repository';
import { OPEN_FOR_FILLING } from './reports.repository';

/** Where a report sits for `authorize()`: domicile subtree, the bureau that decides, its two units, the org. */
export function reportResource(
  r: Pick<ReportRecord, 'regionCode' | 'authorityRegionCode' | 'supervisorUnitId' | 'partyUnitId' | 'orgId'>,
) {
  return {
    regionCode: r.regionCode,
    authorityRegionCode: r.authorityRegionCode,
    unitIds: [r.supervisorUnitId, r.partyUnitId],
    orgId: r.orgId,
  };
}

const allowed = (user: AuthUser, p: Permission, r: ReportRecord) => authorize(user, p, reportResource(r)).allowed;

/** The step a reviewer's unit or bureau takes on this report, if any. */
export function reviewerStep(user: AuthUser, r: ReportRecord): AnnualReviewStep | null {
  if (r.status !== 'in_review' || !r.step) return null;
  if (r.step === 'supervisor' && user.roles.includes('supervisor_staff') && user.unitId === r.supervisorUnitId)
    return allowed(user, 'annual.review', r) ? 'supervisor' : null;
  if (r.step === 'party' && user.roles.includes('party_staff') && user.unitId === r.partyUnitId)
    return allowed(user, 'annual.review', r) ? 'party' : null;
  if (r.step === 'authority' && allowed(user, 'annual.decide', r)) return 'authority';
  return null;
}

export function capabilities(user: AuthUser, r: ReportRecord) {
  const fill = OPEN_FOR_FILLING.includes(r.status) && allowed(user, 'annual.fill', r);
  const step = reviewerStep(user, r);
  return { fill, submit: fill, review: step === 'supervisor' || step === 'party', conclude: step === 'authority' };
}

/**
 * Throws what the caller should hear: 404 outside read scope, 403 out of decision scope or without the role,
 * 409 when the report is not at the step the action belongs to (someone acted first).
 */
export function assertStep(user: AuthUser, r: ReportRecord, step: AnnualReviewStep): void {
  const permission: Permission = step === 'authority' ? 'annual.decide' : 'annual.review';
  const d = authorize(user, permission, reportResource(r));
  if (!d.allowed) throw new AppError(d.code);
  if (step === 'supervisor' && !(user.roles.includes('supervisor_staff') && user.unitId === r.supervisorUnitId))
    throw new AppError('FORBIDDEN', '只有该组织的业务主管单位可以出具初审意见');
  if (step === 'party' && !(user.roles.includes('party_staff') && user.unitId === r.partyUnitId))
    throw new AppError('FORBIDDEN', '只有该组织所属的党建工作机构可以出具党建意见');
  if (r.status !== 'in_review' || r.step !== step)
    throw new AppError('CONFLICT', '该报告已不在此审核环节，请刷新后查看最新状态');
}
