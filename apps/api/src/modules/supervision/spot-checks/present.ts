import type { SpotCheckItem, TInspector, TSpotCheck, TSpotCheckPlan } from '@shezu/contracts';
import { bool, json, type CheckRow, type InspectorRow, type PlanRow } from './spot-checks.repository';

export function presentInspector(r: InspectorRow): TInspector {
  return {
    id: Number(r.id),
    name: r.name,
    unitName: r.unitName,
    unitId: r.unitId === null ? null : Number(r.unitId),
    regionCode: r.regionCode,
    userId: r.userId === null ? null : Number(r.userId),
    conflictOrgIds: json<number[]>(r.conflictOrgIds, []),
    active: bool(r.active),
  };
}

export function presentPlan(
  r: PlanRow,
  counts: { total: number; concluded: number; withProblems: number } | undefined,
): TSpotCheckPlan {
  return {
    id: r.id,
    authorityRegionCode: r.authorityRegionCode,
    year: r.year,
    title: r.title,
    kind: r.kind as TSpotCheckPlan['kind'],
    purpose: r.purpose as TSpotCheckPlan['purpose'],
    shareBp: r.shareBp,
    weighted: bool(r.weighted),
    types: json<string[]>(r.types, []),
    categoryCodes: json<string[]>(r.categoryCodes, []),
    items: json<SpotCheckItem[]>(r.items, []),
    mode: r.mode as TSpotCheckPlan['mode'],
    inspectorsPerCheck: r.inspectorsPerCheck,
    campaignId: r.campaignId,
    status: r.status as TSpotCheckPlan['status'],
    draw:
      r.seed && r.snapshotHash && r.drawnAt
        ? {
            seed: r.seed,
            snapshotHash: r.snapshotHash,
            population: Number(r.population),
            drawn: Number(r.drawnCount),
            drawnAt: new Date(r.drawnAt).toISOString(),
          }
        : null,
    checks: counts ?? { total: 0, concluded: 0, withProblems: 0 },
  };
}

export interface CheckResultRow {
  item: SpotCheckItem;
  passed: boolean;
  finding: string;
}

export function presentCheck(
  r: CheckRow,
  plan: { title: string; items: SpotCheckItem[] },
  inspectors: Map<number, InspectorRow>,
): TSpotCheck {
  const ids = json<number[]>(r.inspectorIds, []);
  return {
    id: Number(r.id),
    planId: Number(r.planId),
    planTitle: plan.title,
    items: plan.items,
    rank: r.rank,
    orgId: Number(r.orgId),
    orgName: r.orgName,
    uscc: r.uscc,
    status: r.status as TSpotCheck['status'],
    inspectors: ids.map((id) => {
      const i = inspectors.get(id);
      return { id, name: i?.name ?? '', unitName: i?.unitName ?? '' };
    }),
    noticeDocumentId: r.noticeDocumentId === null ? null : Number(r.noticeDocumentId),
    results: json<CheckResultRow[]>(r.results, []),
    concludedOn: r.concludedOn === null ? null : String(r.concludedOn).slice(0, 10),
    problemsFound: r.problemsFound === null ? null : bool(r.problemsFound),
    caseId: r.caseId === null ? null : Number(r.caseId),
  };
}
