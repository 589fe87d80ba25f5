import type { Kysely } from 'kysely';
import { computeScore, yearsBefore, type BreakdownItem, type ScoreFacts } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { getSetting, putSetting } from '../../../platform/settings';
import type { OrgScoringFacts } from '../../orgs/scoring-facts';
import { ScoresRepository, type HistoryRow, type OrgSet, type SchemeRow, type ScoreRow } from './scores.repository';

export type ScoreSources = ScoreFacts['sources'];

export const SOURCES_SETTING = 'credit.score_sources';

/**
 * The subtypes a later module brings; until one has records anywhere, its indicator shows 暂无数据. Finding
 * that none exists reads the whole records table (no index on subtype alone), so only the nightly job asks
 * and keeps the answer in a setting; recomputes during the day read the setting.
 */
export async function platformSources(db: Kysely<DB>): Promise<ScoreSources> {
  const repo = new ScoresRepository(db);
  const [spot_check, complaint, activity] = await Promise.all([
    repo.anyRecordOf('spot_check'),
    repo.anyRecordOf('complaint'),
    repo.anyRecordOf('activity'),
  ]);
  return { spot_check, complaint, activity };
}

/** The last nightly answer; before any night, nothing is assumed to exist (neutral scores). */
export async function storedSources(db: Kysely<DB>): Promise<ScoreSources> {
  const v = await getSetting(db, SOURCES_SETTING);
  const none = { spot_check: false, complaint: false, activity: false };
  return v ? { ...none, ...(JSON.parse(v) as Partial<ScoreSources>) } : none;
}

export async function storeSources(db: Kysely<DB>, s: ScoreSources, at: string): Promise<void> {
  await putSetting(db, SOURCES_SETTING, JSON.stringify(s), at);
}

/**
 * Facts of one chunk, loaded with a few set queries. Records of the last 3 years: the penalty window, and the
 * conclusions and overdue notices of the last 3 report years (each arrives the year after its report year).
 */
export async function loadChunkFacts(db: Kysely<DB>, set: OrgSet, date: string) {
  const repo = new ScoresRepository(db);
  const [records, listings, current] = await Promise.all([
    repo.records(set, yearsBefore(date, 3)),
    repo.activeListings(set),
    repo.current(set),
  ]);
  return { records, listings, current };
}
export type ChunkFacts = Awaited<ReturnType<typeof loadChunkFacts>>;

/**
 * What the nightly job compares to skip unchanged rows: two 32-bit FNV-1a hashes over the row's placement and
 * every indicator's points and facts (cheaper than serialising and hashing a million breakdowns).
 */
export function digestOf(head: string, breakdown: readonly BreakdownItem[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  };
  feed(head);
  for (const x of breakdown) {
    feed(`${x.code}:${x.points}:${x.maxPoints}:${x.noData ? 1 : 0}:${x.label}`);
    for (const f of x.facts) feed(f);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The stored breakdown: `[code, points, facts, noData]` per indicator. Labels and maximums come from the scheme
 * version the row names (half the bytes: a first night writes a million of these).
 */
export type StoredBreakdown = [string, number, string[], 0 | 1][];
export const compactBreakdown = (b: readonly BreakdownItem[]): StoredBreakdown =>
  b.map((x) => [x.code, x.points, x.facts, x.noData ? 1 : 0]);

export function expandBreakdown(stored: StoredBreakdown, scheme: SchemeRow): BreakdownItem[] {
  const defs = new Map(scheme.definition.indicators.map((i) => [i.code as string, i]));
  return stored.map(([code, points, facts, noData]) => {
    const d = defs.get(code);
    return {
      code: code as BreakdownItem['code'],
      label: d?.label ?? code,
      maxPoints: d?.maxPoints ?? 0,
      points,
      facts,
      noData: noData === 1,
    };
  });
}

export interface ChunkWrites {
  upserts: ScoreRow[];
  history: HistoryRow[];
  deletes: number[];
}

/**
 * Pure part of a recompute: scores the chunk's registered organizations and keeps only what changed — a row
 * whose breakdown digest differs, a history row when score or level moved, a delete for an organization
 * that left the register (it has no score any more).
 */
export function scoreChunk(
  orgs: readonly OrgScoringFacts[],
  facts: ChunkFacts,
  ctx: { scheme: SchemeRow; sources: ScoreSources; date: string; cause: string; at: string },
): ChunkWrites {
  const out: ChunkWrites = { upserts: [], history: [], deletes: [] };
  for (const o of orgs) {
    const before = facts.current.get(o.id);
    if (o.status !== 'registered') {
      if (before) out.deletes.push(o.id);
      continue;
    }
    const records = facts.records.get(o.id) ?? [];
    // An organization's own records prove the source exists even before the platform-wide check sees it.
    const sources = { ...ctx.sources };
    for (const r of records) if (r.subtype in sources) sources[r.subtype as keyof ScoreSources] = true;
    const r = computeScore(
      ctx.scheme.definition,
      { org: o, listings: facts.listings.get(o.id) ?? [], records, sources },
      ctx.date,
    );
    const digest = digestOf(`${ctx.scheme.id}|${o.regionCode}|${o.supervisorUnitId}|${o.type}`, r.breakdown);
    if (before?.digest === digest) continue;
    out.upserts.push({
      orgId: o.id,
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      orgType: o.type,
      supervisorUnitId: o.supervisorUnitId,
      score: r.score,
      level: r.level,
      breakdown: JSON.stringify(compactBreakdown(r.breakdown)),
      digest,
      schemeId: ctx.scheme.id,
      computedOn: ctx.date,
      computedAt: ctx.at,
    });
    if (!before || before.score !== r.score || before.level !== r.level)
      out.history.push({
        orgId: o.id,
        score: r.score,
        level: r.level,
        computedOn: ctx.date,
        cause: ctx.cause,
        computedAt: ctx.at,
      });
  }
  return out;
}

export async function writeChunk(db: Kysely<DB>, w: ChunkWrites): Promise<void> {
  const repo = new ScoresRepository(db);
  await repo.upsert(w.upserts);
  await repo.insertHistory(w.history);
  await repo.deleteScores(w.deletes);
}
