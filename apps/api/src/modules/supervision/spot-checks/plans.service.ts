import { randomBytes } from 'node:crypto';
import {
  bureauRegionOf,
  shareProblem,
  snapshotDiff,
  ZSpotCheckPlanInput,
  type TSpotCheckPlan,
  type TSpotCheckPlanInput,
  type TSpotCheckVerify,
} from '@shezu/contracts';
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized } from '../../../platform/auth/guard';
import { readScopeOf } from '../../../platform/auth/authorize';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import { decodeCursor, encodeCursor } from '../../../platform/http';
import type { SupervisionDeps } from '../supervision-deps';
import { assignInspectors, draw } from './draw';
import { packSnapshot, readPopulation, unpackSnapshot } from './population';
import { json, SpotChecksRepository, type PlanRow } from './spot-checks.repository';
import { presentInspector, presentPlan } from './present';

type PlanInput = z.output<typeof ZSpotCheckPlanInput>;
const isId = (v: unknown): v is number => Number.isInteger(v);
const BATCH = 400;

/** Plans of 双随机一公开 and the yearly audit sampling: create, list, draw and verify (民发〔2017〕45号). */
export class SpotCheckPlansService {
  constructor(private readonly deps: SupervisionDeps) {}

  private decideResource(authorityRegionCode: string) {
    return { regionCode: authorityRegionCode, authorityRegionCode };
  }

  /** A plan the user may read (404 otherwise). */
  async load(user: AuthUser, id: number, db: Kysely<DB> = this.deps.db): Promise<PlanRow> {
    const p = await new SpotChecksRepository(db).plan(id);
    if (!p) throw notFound();
    assertAuthorized(user, 'supervision.read', this.decideResource(p.authorityRegionCode));
    return p;
  }

  async get(user: AuthUser, id: number): Promise<TSpotCheckPlan> {
    const p = await this.load(user, id);
    const counts = await new SpotChecksRepository(this.deps.db).checkCounts([id]);
    return presentPlan(p, counts.get(id));
  }

  async list(user: AuthUser, q: { year?: number | undefined; limit: number; cursor?: string | undefined }) {
    assertAuthorized(user, 'supervision.read');
    const scope = readScopeOf(user, 'supervision.read');
    if (scope.kind !== 'region' && scope.kind !== 'all') return { items: [], nextCursor: null };
    const beforeId = decodeCursor(q.cursor, isId);
    const repo = new SpotChecksRepository(this.deps.db);
    const rows = await repo.plans(scope.kind === 'all' ? '' : scope.prefix, {
      year: q.year,
      ...(beforeId !== undefined ? { beforeId } : {}),
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    const counts = await repo.checkCounts(page.map((r) => r.id));
    return {
      items: page.map((r) => presentPlan(r, counts.get(r.id))),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async create(user: AuthUser, actor: Actor, input: TSpotCheckPlanInput): Promise<TSpotCheckPlan> {
    const body: PlanInput = ZSpotCheckPlanInput.parse(input);
    const authority = body.authorityRegionCode ?? (user.regionCode ? bureauRegionOf(user.regionCode) : null);
    if (!authority) throw fieldError('authorityRegionCode', '请选择登记管理机关');
    assertAuthorized(user, 'supervision.manage', this.decideResource(authority));
    const problem = shareProblem(body.shareBp, authority, body.kind, body.purpose);
    if (problem) throw fieldError('shareBp', problem);
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('spotCheckPlans')
        .values({
          authorityRegionCode: authority,
          year: body.year,
          title: body.title,
          kind: body.kind,
          purpose: body.purpose,
          shareBp: body.shareBp,
          weighted: body.weighted,
          types: JSON.stringify(body.types),
          categoryCodes: JSON.stringify(body.categoryCodes),
          items: JSON.stringify([...new Set(body.items)]),
          mode: body.mode,
          inspectorsPerCheck: body.inspectorsPerCheck,
          campaignId: body.campaignId,
          status: 'draft',
          createdBy: actor.userId,
          createdByName: actor.name,
          createdAt: this.deps.clock.now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const planId = Number(row.id);
      await this.deps.audit.record(trx, actor, {
        action: 'spot_check_plan_created',
        entity: 'spot_check_plan',
        entityId: planId,
        regionCode: authority,
        summary: `制定抽查计划：${body.title}`,
        after: body,
      });
      return planId;
    });
    return this.get(user, id);
  }

  /**
   * The draw: a 32-byte seed from the secure random source, the population snapshot (hashed and kept), the
   * ⌈N × p⌉ smallest keys SM3(seed ‖ USCC), and for each drawn organization its inspectors (回避).
   */
  async draw(user: AuthUser, actor: Actor, id: number): Promise<TSpotCheckPlan> {
    const plan = await this.load(user, id);
    assertAuthorized(user, 'supervision.manage', this.decideResource(plan.authorityRegionCode));
    if (plan.status !== 'draft') throw new AppError('CONFLICT', '该计划已抽取，不能重复抽取');
    const repo = new SpotChecksRepository(this.deps.db);
    const pool = (await repo.inspectors(plan.authorityRegionCode, true)).map(presentInspector);
    const population = await readPopulation(this.deps, {
      authorityRegionCode: plan.authorityRegionCode,
      types: json<string[]>(plan.types, []),
      categoryCodes: json<string[]>(plan.categoryCodes, []),
      weighted: Boolean(plan.weighted),
    });
    if (population.entries.length === 0) throw new AppError('CONFLICT', '抽查范围内没有登记在册的社会组织');
    const seed = randomBytes(32).toString('hex');
    const snapshot = packSnapshot(population.entries);
    const drawn = draw(seed, population.entries, plan.shareBp, Boolean(plan.weighted));
    const now = this.deps.clock.now().toISOString();
    const rows = drawn.map((e, i) => {
      const o = population.orgs.get(e.orgId)!;
      const inspectors = assignInspectors(
        seed,
        { ...e, supervisorUnitId: o.supervisorUnitId },
        pool,
        plan.inspectorsPerCheck,
      );
      if (!inspectors)
        throw new AppError(
          'CONFLICT',
          `检查人员不足：${o.name}可选的检查人员少于${plan.inspectorsPerCheck}名（已排除其业务主管单位及申明回避的人员），请先补充检查人员库`,
        );
      return {
        planId: id,
        authorityRegionCode: plan.authorityRegionCode,
        rank: i + 1,
        orgId: e.orgId,
        orgName: o.name,
        uscc: e.uscc,
        regionCode: o.regionCode,
        supervisorUnitId: o.supervisorUnitId,
        status: 'assigned',
        inspectorIds: JSON.stringify(inspectors),
        results: '[]',
        year: plan.year,
        createdAt: now,
        updatedAt: now,
      };
    });
    await this.deps.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('spotCheckPlans')
        .set({
          status: 'drawn',
          seed,
          snapshotHash: snapshot.hash,
          snapshot: snapshot.packed,
          population: population.entries.length,
          drawnCount: drawn.length,
          drawnAt: now,
          drawnByName: actor.name,
        })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new AppError('CONFLICT', '该计划已抽取，不能重复抽取');
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        const ids = await trx.insertInto('spotChecks').values(batch).returning('id').execute();
        const assignments = ids.flatMap((r, j) =>
          (JSON.parse(batch[j]!.inspectorIds) as number[]).map((inspectorId) => ({
            checkId: Number(r.id),
            inspectorId,
          })),
        );
        if (assignments.length) await trx.insertInto('spotCheckAssignments').values(assignments).execute();
      }
      await this.deps.audit.record(trx, actor, {
        action: 'spot_check_drawn',
        entity: 'spot_check_plan',
        entityId: id,
        regionCode: plan.authorityRegionCode,
        summary: `随机抽取：${plan.title}，${population.entries.length}家中抽取${drawn.length}家`,
        after: { seed, snapshotHash: snapshot.hash, population: population.entries.length, drawn: drawn.length },
      });
    });
    return this.get(user, id);
  }

  /** The canonical snapshot text (USCC,orgId,level lines): with the seed, anyone recomputes the draw. */
  async snapshotText(user: AuthUser, id: number): Promise<string> {
    await this.load(user, id);
    const packed = await new SpotChecksRepository(this.deps.db).snapshot(id);
    if (!packed) throw new AppError('CONFLICT', '该计划尚未抽取');
    return unpackSnapshot(packed).text;
  }

  /**
   * Verify (可验证): the stored snapshot still hashes to its hash, seed + snapshot give the stored draw, and
   * today's register in scope is compared with the snapshot (added, removed, credit level changed).
   */
  async verify(user: AuthUser, id: number): Promise<TSpotCheckVerify> {
    const plan = await this.load(user, id);
    const repo = new SpotChecksRepository(this.deps.db);
    const packed = await repo.snapshot(id);
    if (!plan.seed || !packed) throw new AppError('CONFLICT', '该计划尚未抽取');
    const stored = unpackSnapshot(packed);
    const snapshotIntact = stored.hash === plan.snapshotHash;
    const again = draw(plan.seed, stored.entries, plan.shareBp, Boolean(plan.weighted)).map((e) => e.uscc);
    const kept = await repo.drawnUsccs(id);
    // Positions where the recomputed list and the kept one differ (Set lookups: k may be 50,000).
    const againSet = new Set(again);
    const mismatched = [
      ...again.filter((u, i) => kept[i] !== u),
      ...kept.filter((u, i) => again[i] !== u && !againSet.has(u)),
    ];
    const drawReproduced = again.length === kept.length && mismatched.length === 0;
    const today = await readPopulation(this.deps, {
      authorityRegionCode: plan.authorityRegionCode,
      types: json<string[]>(plan.types, []),
      categoryCodes: json<string[]>(plan.categoryCodes, []),
      weighted: Boolean(plan.weighted),
    });
    const diff = snapshotDiff(stored.entries, today.entries);
    const registerUnchanged = diff.added.length + diff.removed.length + diff.levelChanged.length === 0;
    return {
      snapshotIntact,
      drawReproduced,
      registerUnchanged,
      ok: snapshotIntact && drawReproduced && registerUnchanged,
      ...diff,
      mismatched: [...new Set(mismatched)],
    };
  }
}
