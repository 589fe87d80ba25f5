import {
  authorityNameOf,
  decisionBlockers,
  nextActions,
  type TPenalty,
  type TPenaltyDetail,
  type TPublicPenalty,
} from '@shezu/contracts';
import type { RegionsService } from '../../regions/regions.service';
import type { PenaltyRow, StepRow } from './penalties.repository';

export function presentPenalty(p: PenaltyRow): TPenalty {
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: p.orgName,
    uscc: p.uscc,
    regionCode: p.regionCode,
    authorityRegionCode: p.authorityRegionCode,
    caseId: p.caseId,
    title: p.title,
    status: p.status,
    kinds: p.kinds,
    fineFen: p.fineFen,
    confiscatedFen: p.confiscatedFen,
    suspensionMonths: p.suspensionMonths,
    hearingDue: p.hearingDue,
    handlerName: p.handlerName,
    filedOn: p.filedOn,
    decidedOn: p.decidedOn,
    decisionNumber: p.decisionNumber,
    publishBy: p.publishBy,
    publishedOn: p.publishedOn,
    version: p.version,
  };
}

export function presentDetail(p: PenaltyRow, steps: StepRow[], today: string): TPenaltyDetail {
  return {
    ...presentPenalty(p),
    facts: p.facts,
    basis: p.basis,
    noticeOn: p.noticeOn,
    statementDeadline: p.statementDeadline,
    statementOn: p.statementOn,
    statement: p.statement,
    hearingRequested: p.hearingRequested,
    hearingOn: p.hearingOn,
    heardOn: p.heardOn,
    reviewedOn: p.reviewedOn,
    reviewerName: p.reviewerName,
    servedOn: p.servedOn,
    executedOn: p.executedOn,
    closedOn: p.closedOn,
    steps: steps.map((s) => ({
      id: s.id,
      step: s.step,
      onDate: s.onDate,
      actorName: s.actorName,
      note: s.note,
      files: s.files,
      documentId: s.documentId,
      at: s.at,
    })),
    decisionBlockers: p.status === 'reviewed' ? decisionBlockers(p, today) : [],
    nextActions: nextActions(p.status),
  };
}

/** The authority's name as the public reads it (云阳县民政局). */
export async function authorityName(regions: RegionsService, code: string): Promise<string> {
  const r = await regions.get(code).catch(() => undefined);
  return authorityNameOf({ code, name: r?.name ?? code });
}

/** 双公示: organization, decision and legal basis — no facts, which may name people. */
export function presentPublic(p: PenaltyRow, authority: string): TPublicPenalty {
  return {
    id: p.id,
    decisionNumber: p.decisionNumber ?? '',
    orgName: p.orgName,
    uscc: p.uscc,
    kinds: p.kinds,
    fineFen: p.fineFen,
    confiscatedFen: p.confiscatedFen,
    basis: p.basis ?? '',
    decidedOn: p.decidedOn ?? '',
    authorityName: authority,
  };
}
