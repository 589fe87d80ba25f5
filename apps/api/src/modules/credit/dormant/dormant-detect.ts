import type { Kysely } from 'kysely';
import {
  NATIONAL_REGION_CODE,
  evaluateDormant,
  type DormantContext,
  type DormantSignal,
  type DormantSignalCode,
  type TDormantParams,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { OrgsQuery } from '../../orgs/orgs.query';
import { DormantFactsRepository } from './dormant-facts.repository';

export interface DormantScopeInput {
  authorityRegionCode: string;
  regionCode: string;
  types: readonly string[];
}

export interface DetectedCandidate {
  orgId: number;
  orgName: string;
  uscc: string | null;
  orgType: string;
  regionCode: string;
  signals: DormantSignal[];
}

export interface Detection {
  evaluated: number;
  candidates: DetectedCandidate[];
  noData: DormantSignalCode[];
}

const PAGE = 500;

/**
 * Runs the dormant rules over every still-registered organization the bureau registered in the scope, a page
 * of register rows and their credit facts at a time (the register through OrgsQuery, the facts from the
 * credit tables), so memory holds one page plus the candidates.
 */
export async function detectDormant(
  db: Kysely<DB>,
  orgs: OrgsQuery,
  scope: DormantScopeInput,
  params: TDormantParams,
  today: string,
): Promise<Detection> {
  const facts = new DormantFactsRepository(db);
  const ctx: DormantContext = {
    today,
    activitySince: params.signals.includes('no_activity') ? await facts.earliest('activity') : null,
    councilData: params.signals.includes('council_overdue')
      ? (await facts.earliest('council_renewed')) !== null
      : false,
  };
  const regionPrefix = scope.regionCode === NATIONAL_REGION_CODE ? '' : scope.regionCode;
  const candidates: DetectedCandidate[] = [];
  let evaluated = 0;
  for (let afterId = 0; ;) {
    const page = await orgs.registeredPage(scope.authorityRegionCode, {
      regionPrefix,
      types: scope.types,
      afterId,
      limit: PAGE,
    });
    if (page.length === 0) break;
    const byOrg = await facts.forOrgs(page.map((o) => o.id));
    for (const o of page) {
      const e = evaluateDormant({ ...byOrg.get(o.id)!, orgType: o.type, foundedOn: o.foundedOn }, ctx, params);
      evaluated++;
      if (e.candidate)
        candidates.push({
          orgId: o.id,
          orgName: o.name,
          uscc: o.uscc,
          orgType: o.type,
          regionCode: o.regionCode,
          signals: e.signals,
        });
    }
    afterId = page.at(-1)!.id;
    if (page.length < PAGE) break;
  }
  const noData = params.signals.filter(
    (s) => (s === 'no_activity' && !ctx.activitySince) || (s === 'council_overdue' && !ctx.councilData),
  );
  return { evaluated, candidates, noData };
}
