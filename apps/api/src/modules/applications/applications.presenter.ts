import { authorityNameOf, preparationDeadline, type TApplicationSummary } from '@shezu/contracts';
import type { ApplicationRecord } from './applications.repository';

export const isOverdue = (a: Pick<ApplicationRecord, 'status' | 'dueDate'>, today: string) =>
  a.status === 'submitted' && !!a.dueDate && a.dueDate < today;

/** Application row → the queues' shape. */
export function presentSummary(a: ApplicationRecord, today: string): TApplicationSummary {
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    step: a.step,
    orgId: a.orgId,
    orgName: a.orgName,
    orgType: a.orgType,
    applicantId: a.applicantId,
    applicantName: a.applicantName,
    authorityRegionCode: a.authorityRegionCode,
    authorityName:
      a.authorityRegionCode && a.authorityRegionName
        ? authorityNameOf({ code: a.authorityRegionCode, name: a.authorityRegionName })
        : null,
    regionCode: a.regionCode,
    supervisorUnitId: a.supervisorUnitId,
    supervisorUnitName: a.supervisorUnitName,
    directRegistration: a.directRegistration,
    submissionNo: a.submissionNo,
    dueDate: a.status === 'submitted' ? a.dueDate : null,
    dueEstimated: a.status === 'submitted' && a.dueEstimated,
    overdue: isOverdue(a, today),
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** An approved preparation: the last day to apply for establishment. */
export function establishmentDeadlineOf(a: Pick<ApplicationRecord, 'kind' | 'status' | 'decidedOn'>): string | null {
  return a.kind === 'preparation' && a.status === 'approved' && a.decidedOn ? preparationDeadline(a.decidedOn) : null;
}
