import { sql, type Kysely } from 'kysely';
import {
  EVENT_LABELS,
  NATIONAL_REGION_CODE,
  SCORE_LEVELS,
  bandText,
  isWithinRegion,
  levelOfCode,
  prefixRange,
  validateScheme,
  type EventName,
  type ScoreLevel,
  type TCreditScheme,
  type TCreditScore,
  type TScoreDistribution,
  type TScoreSchemeDefinition,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { fromJson } from '../../../db/dialect';
import { SYSTEM_ACTOR, type Actor, type AuthUser } from '../../../platform/auth/auth-user';
import { authorize, readScopeOf } from '../../../platform/auth/authorize';
import { chinaDate } from '../../../platform/clock';
import { AppError } from '../../../platform/errors';
import type { CreditDeps } from '../credit-deps';
import {
  expandBreakdown,
  loadChunkFacts,
  scoreChunk,
  storedSources,
  writeChunk,
  type ScoreSources,
  type StoredBreakdown,
} from './score-batch';
import { NIGHTLY_SCORES_JOB } from './nightly-scores';
import { ScoresRepository, type SchemeRow } from './scores.repository';

/** How long the stored "which later modules have records" answer is kept in memory. */
const SOURCES_TTL_MS = 60_000;
const RECOMPUTE_CHUNK = 1_000;
/** Scores change nightly and on events; the dashboard may be a few minutes behind. */
const DISTRIBUTION_TTL_MS = 5 * 60_000;

const CAUSE_LABELS: Record<string, string> = {
  nightly: '每日重算',
  scheme: '评分方案调整',
  on_demand: '首次查看时计算',
};
/** `event:<name>:…` (from the lists' change hook) reads as the event's label. */
export function causeLabel(cause: string): string {
  if (CAUSE_LABELS[cause]) return CAUSE_LABELS[cause]!;
  const name = cause.split(':')[1] as EventName | undefined;
  return (name && EVENT_LABELS[name]) || cause;
}

type Counts = Record<ScoreLevel, number>;
const zero = (): Counts => ({ A: 0, B: 0, C: 0, D: 0, E: 0 });

/** The 1000-point credit score: recompute, read, distribution, scheme, and levels for supervision. */
export class CreditScoresService {
  private sources: { value: ScoreSources; at: number } | undefined;
  /** Distributions by (scope, region, type): a national GROUP BY reads every score (~0.2 s per 100,000). */
  private readonly distributions = new Map<string, { at: number; value: TScoreDistribution }>();

  constructor(private readonly deps: CreditDeps) {}

  private today() {
    return chinaDate(this.deps.clock.now());
  }

  /** The nightly job's answer (a settings row), re-read at most once a minute. */
  private async sourcesNow(db: Kysely<DB>): Promise<ScoreSources> {
    const s = this.sources;
    if (s && Date.now() - s.at < SOURCES_TTL_MS) return s.value;
    this.sources = { value: await storedSources(db), at: Date.now() };
    return this.sources.value;
  }

  /**
   * Recomputes the given organizations inside the caller's transaction (the lists' change hook: a listing and
   * the score it moves commit together). Writes the score row when its breakdown changed and a history row
   * when score or level moved, with `cause` (the event). About 2–5 ms for one organization.
   */
  async recompute(trx: Kysely<DB>, orgIds: readonly number[], cause: string, date = this.today()): Promise<number> {
    const ids = [...new Set(orgIds)];
    const scheme = await new ScoresRepository(trx).currentScheme();
    let changed = 0;
    // A daily rule may touch thousands at once: chunks keep every IN list far below the engines' limits.
    for (let i = 0; i < ids.length; i += RECOMPUTE_CHUNK)
      changed += await this.recomputeChunk(trx, ids.slice(i, i + RECOMPUTE_CHUNK), scheme, cause, date);
    return changed;
  }

  private async recomputeChunk(trx: Kysely<DB>, ids: number[], scheme: SchemeRow, cause: string, date: string) {
    const orgs = await this.deps.orgsQuery.scoringFactsOf(ids, trx);
    const facts = await loadChunkFacts(trx, { ids }, date);
    const w = scoreChunk(orgs, facts, {
      scheme,
      sources: await this.sourcesNow(trx),
      date,
      cause,
      at: this.deps.clock.now().toISOString(),
    });
    await writeChunk(trx, w);
    const region = new Map(orgs.map((o) => [o.id, o.regionCode]));
    const text = (h: { score: number; level: string }) =>
      `信用评分变为${h.score}分（${h.level}级），原因：${causeLabel(cause)}`;
    if (w.history.length > 0 && w.history.length <= 20)
      await this.deps.audit.record(
        trx,
        SYSTEM_ACTOR,
        w.history.map((h) => ({
          action: 'credit_score_changed',
          entity: 'organization',
          entityId: h.orgId,
          regionCode: region.get(h.orgId) ?? null,
          summary: text(h),
          after: { score: h.score, level: h.level, cause },
        })),
      );
    else if (w.history.length > 20)
      await this.deps.audit.record(trx, SYSTEM_ACTOR, {
        action: 'credit_scores_recomputed',
        entity: 'credit_scores',
        summary: `${w.history.length}家组织的信用评分或等级变化，原因：${causeLabel(cause)}`,
        after: { cause, changes: w.history.map((h) => [h.orgId, h.score, h.level]) },
      });
    return w.history.length;
  }

  /** The organization's record for scope checks: 404 outside credit.read scope. */
  private async orgInScope(user: AuthUser, orgId: number) {
    const o = await this.deps.orgsQuery.facts(orgId);
    if (!o) throw new AppError('NOT_FOUND');
    const d = authorize(user, 'credit.read', {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId],
      orgId: o.id,
    });
    if (!d.allowed) throw new AppError(d.code);
    return o;
  }

  async get(user: AuthUser, orgId: number): Promise<TCreditScore> {
    const o = await this.orgInScope(user, orgId);
    const repo = new ScoresRepository(this.deps.db);
    let row = await repo.scoreOf(orgId);
    if (!row && o.status === 'registered') {
      await this.deps.db.transaction().execute((trx) => this.recompute(trx, [orgId], 'on_demand'));
      row = await repo.scoreOf(orgId);
    }
    if (!row) throw new AppError('NOT_FOUND', '该组织不在正常登记状态，没有信用评分');
    const scheme = (await repo.schemeById(row.schemeId))!;
    const level = row.level as ScoreLevel;
    return {
      orgId,
      orgName: o.name,
      score: row.score,
      level,
      band: bandText(level, scheme.definition.bands),
      breakdown: expandBreakdown(fromJson<StoredBreakdown>(row.breakdown) ?? [], scheme),
      schemeVersion: scheme.version,
      computedOn: row.computedOn,
      history: (await repo.history(orgId)).map((h) => ({
        score: h.score,
        level: h.level,
        computedOn: h.computedOn,
        cause: h.cause,
        causeLabel: causeLabel(h.cause),
      })),
    };
  }

  /**
   * For supervision (spot-check draw weights, measures per level): the current level of organizations; those
   * without a score yet are absent from the map. One indexed lookup per call.
   */
  async levelOf(orgId: number): Promise<ScoreLevel | null> {
    return (await this.levelsFor([orgId])).get(orgId) ?? null;
  }

  async levelsFor(orgIds: readonly number[]): Promise<Map<number, ScoreLevel>> {
    const out = new Map<number, ScoreLevel>();
    const repo = new ScoresRepository(this.deps.db);
    for (let i = 0; i < orgIds.length; i += 1000)
      for (const [k, v] of await repo.levels(orgIds.slice(i, i + 1000))) out.set(k, v);
    return out;
  }

  /**
   * Counts per level by child region and by type, in the user's scope: one GROUP BY over the
   * (region_code, org_type, level) index — the region subtree as a range, children as a prefix.
   */
  async distribution(
    user: AuthUser,
    q: { region?: string | undefined; orgType?: string | undefined },
  ): Promise<TScoreDistribution> {
    const scope = readScopeOf(user, 'credit.read');
    if (scope.kind === 'none' || scope.kind === 'org' || scope.kind === 'self') throw new AppError('FORBIDDEN');
    const home = scope.kind === 'region' ? scope.prefix : NATIONAL_REGION_CODE;
    const target = q.region ?? (scope.kind === 'unit' ? NATIONAL_REGION_CODE : home);
    if (scope.kind === 'region' && !isWithinRegion(target, scope.prefix)) throw new AppError('NOT_FOUND');
    const key = JSON.stringify([scope, target, q.orgType ?? null]);
    const hit = this.distributions.get(key);
    if (hit && Date.now() - hit.at < DISTRIBUTION_TTL_MS) return hit.value;
    const value = await this.countLevels(scope.kind === 'unit' ? scope.unitId : null, target, q.orgType);
    if (this.distributions.size >= 500) this.distributions.clear();
    this.distributions.set(key, { at: Date.now(), value });
    return value;
  }

  private async countLevels(
    unitId: number | null,
    target: string,
    orgType: string | undefined,
  ): Promise<TScoreDistribution> {
    const region = await this.deps.regions.get(target);
    const children = await this.deps.regions.children(target);
    const childLen = children[0]?.code.length ?? target.length;
    const db = this.deps.db;
    let query = db
      .selectFrom('creditScores')
      .select([
        sql<string>`substr(region_code, 1, ${sql.lit(childLen)})`.as('child'),
        'orgType',
        'level',
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .groupBy([sql`substr(region_code, 1, ${sql.lit(childLen)})`, 'orgType', 'level']);
    if (target !== NATIONAL_REGION_CODE) {
      const { from, to } = prefixRange(target);
      query = query.where('regionCode', '>=', from).where('regionCode', '<', to);
    }
    if (unitId !== null) query = query.where('supervisorUnitId', '=', unitId);
    if (orgType) query = query.where('orgType', '=', orgType);
    const rows = await query.execute();
    const total = zero();
    const byChild = new Map<string, Counts>();
    const byType = new Map<string, Counts>();
    for (const r of rows) {
      const level = r.level as ScoreLevel;
      const n = Number(r.n);
      total[level] += n;
      const c = byChild.get(r.child) ?? zero();
      c[level] += n;
      byChild.set(r.child, c);
      const t = byType.get(r.orgType) ?? zero();
      t[level] += n;
      byType.set(r.orgType, t);
    }
    const sum = (c: Counts) => SCORE_LEVELS.reduce((s, l) => s + c[l], 0);
    const names = new Map(children.map((c) => [c.code, c.name]));
    return {
      regionCode: target,
      regionName: region.fullName,
      total: { ...total, all: sum(total) },
      byRegion: [...byChild.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, counts]) => ({ regionCode: code, regionName: names.get(code) ?? code, counts, all: sum(counts) })),
      byType: [...byType.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([orgType, counts]) => ({ orgType, counts, all: sum(counts) })),
    };
  }

  private presentScheme(s: SchemeRow): TCreditScheme {
    return {
      id: s.id,
      version: s.version,
      definition: s.definition,
      note: s.note,
      createdByName: s.createdByName,
      createdAt: s.createdAt,
    };
  }

  async currentScheme(): Promise<TCreditScheme> {
    return this.presentScheme(await new ScoresRepository(this.deps.db).currentScheme());
  }

  /** A new scheme version (province level or above); the nightly job is queued to recompute every score. */
  async saveScheme(
    user: AuthUser,
    actor: Actor,
    input: { definition: TScoreSchemeDefinition; note?: string | undefined; baseVersion: number },
  ): Promise<TCreditScheme> {
    if (!user.permissions.has('credit.scheme')) throw new AppError('FORBIDDEN');
    const level = user.regionCode ? levelOfCode(user.regionCode) : null;
    if (level !== 'national' && level !== 'province')
      throw new AppError('FORBIDDEN', '信用评分方案由省级及以上管理员维护');
    const problems = validateScheme(input.definition);
    if (problems.length > 0)
      throw new AppError(
        'VALIDATION_FAILED',
        problems[0]!.message,
        Object.fromEntries(problems.map((p) => [`definition.${p.path}`, p.message])),
      );
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const repo = new ScoresRepository(trx);
      const before = await repo.currentScheme();
      if (before.version !== input.baseVersion) throw new AppError('STALE_VERSION');
      let newId: number;
      try {
        newId = await repo.insertScheme({
          version: before.version + 1,
          definition: input.definition,
          note: input.note ?? null,
          createdBy: user.id,
          createdByName: user.displayName,
          createdAt: this.deps.clock.now().toISOString(),
        });
      } catch {
        throw new AppError('STALE_VERSION');
      }
      const runId = await this.deps.jobs.enqueue(trx, {
        name: NIGHTLY_SCORES_JOB,
        payload: { cause: 'scheme' },
        requestedBy: user,
      });
      await this.deps.audit.record(trx, actor, {
        action: 'credit_scheme_saved',
        entity: 'credit_score_scheme',
        entityId: newId,
        regionCode: user.regionCode,
        summary: `信用评分方案第${before.version + 1}版${input.note ? `：${input.note}` : ''}，已排队重算（任务${runId}）`,
        before: { version: before.version, definition: before.definition },
        after: { version: before.version + 1, definition: input.definition },
      });
      return newId;
    });
    this.deps.jobs.kick();
    return this.presentScheme((await new ScoresRepository(this.deps.db).schemeById(id))!);
  }
}
