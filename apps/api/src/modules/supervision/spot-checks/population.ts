import { deflateSync, inflateSync } from 'node:zlib';
import { canonicalSnapshot, parseSnapshot, type SnapshotEntry } from '@shezu/contracts';
import type { SupervisionDeps } from '../supervision-deps';
import { sm3Hex } from './draw';

/** What the draw needs of an organization besides the snapshot line (names for the checks, 回避). */
export interface PopulationOrg {
  name: string;
  regionCode: string;
  supervisorUnitId: number | null;
}

export interface Population {
  entries: SnapshotEntry[];
  orgs: Map<number, PopulationOrg>;
}

const PAGE = 5000;

/**
 * The plan's population today: the organizations the bureau registered (本级登记) that are still registered,
 * of the plan's types and categories, read page by page through the register's service; with their credit
 * levels when the plan is weighted.
 */
export async function readPopulation(
  deps: Pick<SupervisionDeps, 'orgsQuery' | 'credit'>,
  scope: { authorityRegionCode: string; types: readonly string[]; categoryCodes: readonly string[]; weighted: boolean },
): Promise<Population> {
  const entries: SnapshotEntry[] = [];
  const orgs = new Map<number, PopulationOrg>();
  const categories = new Set(scope.categoryCodes);
  for (let afterId = 0; ;) {
    const page = await deps.orgsQuery.registeredPage(scope.authorityRegionCode, {
      regionPrefix: '',
      types: scope.types,
      afterId,
      limit: PAGE,
    });
    const kept = categories.size === 0 ? page : page.filter((o) => categories.has(o.categoryCode));
    const levels = scope.weighted
      ? await deps.credit.creditScores.levelsFor(kept.map((o) => o.id))
      : new Map<number, never>();
    for (const o of kept) {
      entries.push({ uscc: o.uscc, orgId: o.id, level: levels.get(o.id) ?? 'none' });
      orgs.set(o.id, { name: o.name, regionCode: o.regionCode, supervisorUnitId: o.supervisorUnitId });
    }
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.id;
  }
  return { entries, orgs };
}

/** The snapshot as kept: canonical text (hashed with SM3) stored deflated — 1,000,000 lines fit in a few MB. */
export function packSnapshot(entries: readonly SnapshotEntry[]): { text: string; hash: string; packed: Buffer } {
  const text = canonicalSnapshot(entries);
  return { text, hash: sm3Hex(text), packed: deflateSync(Buffer.from(text, 'utf8'), { level: 6 }) };
}

export function unpackSnapshot(packed: Buffer): { text: string; hash: string; entries: SnapshotEntry[] } {
  const text = inflateSync(packed).toString('utf8');
  return { text, hash: sm3Hex(text), entries: parseSnapshot(text) };
}
