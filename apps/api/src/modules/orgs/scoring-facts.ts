import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { toBool } from '../../db/dialect';

/** What the credit score and the eligibility answer read of an organization (kept small: 1M rows a night). */
export interface OrgScoringFacts {
  id: number;
  name: string;
  status: string;
  type: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  foundedOn: string;
  certificateValidUntil: string | null;
  evaluationGrade: string | null;
  gradeValidUntil: string | null;
  hasPartyOrg: boolean;
  usccWarning: string | null;
}

const COLUMNS = [
  'id',
  'name',
  'status',
  'type',
  'regionCode',
  'authorityRegionCode',
  'supervisorUnitId',
  'foundedOn',
  'certificateValidUntil',
  'evaluationGrade',
  'gradeValidUntil',
  'hasPartyOrg',
  'usccWarning',
] as const;

type Row = Omit<OrgScoringFacts, 'hasPartyOrg'> & { hasPartyOrg: boolean | number };
const present = (rows: Row[]): OrgScoringFacts[] => rows.map((r) => ({ ...r, hasPartyOrg: toBool(r.hasPartyOrg) }));

/**
 * For the credit module's nightly job (also from a worker thread, with its own connection): the next `limit`
 * organizations after `afterId`, every status, walked by primary key.
 */
export async function scoringFactsPage(db: Kysely<DB>, afterId: number, limit: number): Promise<OrgScoringFacts[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(COLUMNS)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return present(rows);
}

/** The same facts for given organizations (a recompute after an event, an eligibility question). */
export async function scoringFactsOf(db: Kysely<DB>, ids: readonly number[]): Promise<OrgScoringFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organizations').select(COLUMNS).where('id', 'in', ids).orderBy('id').execute();
  return present(rows);
}
