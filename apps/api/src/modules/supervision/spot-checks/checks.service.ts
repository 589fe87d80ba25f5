import {
  SPOT_CHECK_ITEM_LABELS,
  SPOT_CHECK_MODE_LABELS,
  ZSpotCheckConclude,
  type SpotCheckItem,
  type TSpotCheck,
  type TSpotCheckConclude,
} from '@shezu/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import { decodeCursor, encodeCursor } from '../../../platform/http';
import type { CaseOpener } from '../cases/case-intake';
import type { SupervisionDeps } from '../supervision-deps';
import type { SpotCheckPlansService } from './plans.service';
import { presentCheck, type CheckResultRow } from './present';
import { json, SpotChecksRepository, type CheckRow, type InspectorRow, type PlanRow } from './spot-checks.repository';

const isId = (v: unknown): v is number => Number.isInteger(v);
export const checkSourceRef = (id: number) => `spot_check:${id}`;

/** One check per drawn organization: its notice, results per item, and the conclusion (problems → a case). */
export class SpotChecksService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly plans: SpotCheckPlansService,
    private readonly cases: CaseOpener,
  ) {}

  private resource(c: CheckRow) {
    return {
      regionCode: c.regionCode,
      authorityRegionCode: c.authorityRegionCode,
      unitIds: [c.supervisorUnitId === null ? null : Number(c.supervisorUnitId)],
      orgId: Number(c.orgId),
    };
  }

  private async present(rows: CheckRow[], db: Kysely<DB> = this.deps.db): Promise<TSpotCheck[]> {
    const repo = new SpotChecksRepository(db);
    const ids = [...new Set(rows.flatMap((r) => json<number[]>(r.inspectorIds, [])))];
    const inspectors = new Map<number, InspectorRow>((await repo.inspectorsByIds(ids)).map((i) => [Number(i.id), i]));
    const plans = new Map<number, { title: string; items: SpotCheckItem[] }>();
    for (const planId of new Set(rows.map((r) => Number(r.planId)))) {
      const p = await repo.plan(planId);
      plans.set(planId, { title: p?.title ?? '', items: json<SpotCheckItem[]>(p?.items, []) });
    }
    return rows.map((r) => presentCheck(r, plans.get(Number(r.planId))!, inspectors));
  }

  /** Is the user one of the check's inspectors (supervision.inspect, through the pool's account link)? */
  private async isAssigned(user: AuthUser, c: CheckRow, db: Kysely<DB>): Promise<boolean> {
    if (!user.permissions.has('supervision.inspect')) return false;
    const mine = await new SpotChecksRepository(db).inspectorIdsOfUser(user.id);
    return json<number[]>(c.inspectorIds, []).some((id) => mine.includes(id));
  }

  private async load(user: AuthUser, id: number, db: Kysely<DB> = this.deps.db): Promise<CheckRow> {
    const c = await new SpotChecksRepository(db).check(id);
    if (!c) throw notFound();
    if (await this.isAssigned(user, c, db)) return c;
    // An inspector learns nothing of checks not assigned to them.
    if (!user.permissions.has('supervision.read')) throw notFound();
    assertAuthorized(user, 'supervision.read', this.resource(c));
    return c;
  }

  async get(user: AuthUser, id: number): Promise<TSpotCheck> {
    return (await this.present([await this.load(user, id)]))[0]!;
  }

  /** The checks of a plan (staff), or the inspector's own checks (`mine`). */
  async list(
    user: AuthUser,
    q: { planId?: number | undefined; mine?: string | undefined; limit: number; cursor?: string | undefined },
  ) {
    const repo = new SpotChecksRepository(this.deps.db);
    const afterId = decodeCursor(q.cursor, isId);
    let rows: CheckRow[];
    if (q.mine === 'true') {
      assertAuthorized(user, 'supervision.inspect');
      const mine = await repo.inspectorIdsOfUser(user.id);
      rows = await repo.checks({
        inspectorIds: mine,
        ...(afterId !== undefined ? { afterId } : {}),
        limit: q.limit + 1,
      });
    } else {
      if (q.planId === undefined) throw fieldError('planId', '请指定抽查计划');
      await this.plans.load(user, q.planId);
      rows = await repo.checks({ planId: q.planId, ...(afterId !== undefined ? { afterId } : {}), limit: q.limit + 1 });
    }
    const page = rows.slice(0, q.limit);
    return {
      items: await this.present(page),
      nextCursor: rows.length > q.limit ? encodeCursor(Number(page[page.length - 1]!.id)) : null,
    };
  }

  /** Issues the 抽查通知书 to the organization (numbered by the documents service). */
  async notice(user: AuthUser, actor: Actor, id: number): Promise<TSpotCheck> {
    await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.load(user, id, trx);
      assertAuthorized(user, 'supervision.manage', this.resource(c));
      if (c.noticeDocumentId !== null) throw new AppError('CONFLICT', '抽查通知书已制发');
      const plan = (await new SpotChecksRepository(trx).plan(Number(c.planId)))!;
      const [dto] = await this.present([c], trx);
      const items = json<SpotCheckItem[]>(plan.items, [])
        .map((i) => SPOT_CHECK_ITEM_LABELS[i])
        .join('、');
      const doc = await this.deps.documents.issue(trx, {
        kind: 'spot_check_notice',
        authorityRegionCode: c.authorityRegionCode,
        fields: {
          addressee: c.orgName,
          content: `根据${plan.year}年度“双随机、一公开”抽查计划（${plan.title}），你单位被随机抽中，将对${items}进行${SPOT_CHECK_MODE_LABELS[plan.mode as 'on_site' | 'written']}。`,
          inspectors: dto!.inspectors.map((i) => i.name).join('、'),
        },
        linkedTo: { type: 'spot_check', id: String(c.id) },
        orgId: Number(c.orgId),
        actor,
      });
      await trx
        .updateTable('spotChecks')
        .set({
          noticeDocumentId: Number(doc.id),
          status: c.status === 'assigned' ? 'notified' : c.status,
          updatedAt: this.now(),
        })
        .where('id', '=', id)
        .execute();
      await this.deps.audit.record(trx, actor, {
        action: 'spot_check_notified',
        entity: 'spot_check',
        entityId: id,
        regionCode: c.regionCode,
        summary: `制发抽查通知书：${c.orgName}`,
        after: { documentId: Number(doc.id) },
      });
    });
    return this.get(user, id);
  }

  private now() {
    return this.deps.clock.now().toISOString();
  }

  /**
   * Results per item and the conclusion, by an assigned inspector or the bureau's clerk. A failed item opens a
   * case with a rectification (责令改正, closed only with evidence); the conclusion is published as
   * `spot_check_concluded` (credit keeps a spot-check record) and shown on the portal.
   */
  async conclude(user: AuthUser, actor: Actor, id: number, input: TSpotCheckConclude): Promise<TSpotCheck> {
    const body = ZSpotCheckConclude.parse(input);
    await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.load(user, id, trx);
      if (!(await this.isAssigned(user, c, trx))) assertAuthorized(user, 'supervision.manage', this.resource(c));
      if (c.status === 'concluded') throw new AppError('CONFLICT', '该抽查已办结');
      const plan = (await new SpotChecksRepository(trx).plan(Number(c.planId)))!;
      const results = this.checkResults(plan, body.results);
      const today = chinaDate(this.deps.clock.now());
      const failed = results.filter((r) => !r.passed);
      if (failed.length && body.rectificationDeadline! <= today)
        throw fieldError('rectificationDeadline', '整改期限应晚于今天');
      let caseId: number | null = null;
      if (failed.length) {
        const opened = await this.cases.openFromSource(trx, actor, {
          orgId: Number(c.orgId),
          source: 'spot_check',
          sourceRef: checkSourceRef(id),
          title: `${plan.title}：${c.orgName}抽查发现问题`,
          detail: failed.map((r) => `${SPOT_CHECK_ITEM_LABELS[r.item]}：${r.finding}`).join('；'),
          rectification: { deadline: body.rectificationDeadline!, requirement: body.rectificationRequirement! },
        });
        caseId = opened.caseId;
      }
      await trx
        .updateTable('spotChecks')
        .set({
          status: 'concluded',
          results: JSON.stringify(results),
          concludedOn: today,
          problemsFound: failed.length > 0,
          caseId,
          updatedAt: this.now(),
        })
        .where('id', '=', id)
        .execute();
      const o = await this.deps.orgsQuery.facts(Number(c.orgId), trx);
      await this.deps.events.publish(
        trx,
        {
          name: 'spot_check_concluded',
          payload: {
            orgId: Number(c.orgId),
            orgName: c.orgName,
            uscc: c.uscc,
            regionCode: c.regionCode,
            authorityRegionCode: c.authorityRegionCode,
            supervisorUnitId: o?.supervisorUnitId ?? null,
            planId: Number(c.planId),
            checkId: id,
            concludedOn: today,
            problemsFound: failed.length > 0,
            title: plan.title,
          },
        },
        actor,
      );
      await this.deps.audit.record(trx, actor, {
        action: 'spot_check_concluded',
        entity: 'spot_check',
        entityId: id,
        regionCode: c.regionCode,
        summary: `抽查办结：${c.orgName}，${failed.length ? `发现问题${failed.length}项，责令整改` : '未发现问题'}`,
        after: { results, caseId },
      });
      await this.closePlanIfDone(trx, Number(c.planId));
    });
    return this.get(user, id);
  }

  /** Results must cover exactly the plan's items. */
  private checkResults(plan: PlanRow, given: CheckResultRow[]): CheckResultRow[] {
    const items = json<SpotCheckItem[]>(plan.items, []);
    const byItem = new Map(given.map((r) => [r.item, r]));
    const missing = items.find((i) => !byItem.has(i));
    if (missing) throw fieldError('results', `请填写“${SPOT_CHECK_ITEM_LABELS[missing]}”的检查结果`);
    const extra = given.find((r) => !items.includes(r.item));
    if (extra) throw fieldError('results', `“${SPOT_CHECK_ITEM_LABELS[extra.item]}”不在本计划的检查事项中`);
    return items.map((i) => byItem.get(i)!);
  }

  private async closePlanIfDone(trx: Kysely<DB>, planId: number) {
    const open = await trx
      .selectFrom('spotChecks')
      .select('id')
      .where('planId', '=', planId)
      .where('status', '!=', 'concluded')
      .limit(1)
      .executeTakeFirst();
    if (!open) await trx.updateTable('spotCheckPlans').set({ status: 'concluded' }).where('id', '=', planId).execute();
  }
}
