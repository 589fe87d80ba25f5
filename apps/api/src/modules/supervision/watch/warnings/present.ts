import type { TRiskWarning } from '@shezu/contracts';
import type { WarningRow } from './warnings.repository';

const ids = (v: unknown): number[] => {
  const a: unknown = typeof v === 'string' ? JSON.parse(v) : v;
  return Array.isArray(a) ? a.filter((x): x is number => typeof x === 'number') : [];
};

/** Row → API shape (JSON columns come back as text on SQLite). */
export function presentWarning(r: WarningRow): TRiskWarning {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    uscc: r.uscc,
    regionCode: r.regionCode,
    authorityRegionCode: r.authorityRegionCode,
    supervisorUnitId: r.supervisorUnitId,
    level: r.level as TRiskWarning['level'],
    rule: r.rule as TRiskWarning['rule'],
    reason: r.reason,
    target: r.target as TRiskWarning['target'],
    status: r.status as TRiskWarning['status'],
    raisedOn: r.raisedOn,
    dueDate: r.dueDate,
    answerText: r.answerText,
    answerFiles: ids(r.answerFiles),
    answeredByName: r.answeredByName,
    answeredAt: r.answeredAt,
    closeNote: r.closeNote,
    closedByName: r.closedByName,
    closedAt: r.closedAt,
    caseId: r.caseId,
    createdByName: r.createdByName,
    version: r.version,
  };
}

export { ids as jsonIds };
