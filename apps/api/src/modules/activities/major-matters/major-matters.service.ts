import type { Kysely } from 'kysely';
import {
  DEFAULT_MAJOR_MATTER_DAYS,
  MAJOR_MATTER_FILE_PURPOSE,
  MAJOR_MATTER_KIND_LABELS,
  type MajorMatterKind,
  type TMajorMatterComplete,
  type TMajorMatterDueDay,
  type TMajorMatterReport,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { toJson } from '../../../db/dialect';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { assertAuthorized } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { AppError, fieldError, forbidden, notFound, stale } from '../../../platform/errors';
import { MB } from '../../../platform/files/purposes';
import type { ActivitiesDeps } from '../activities-deps';
import { isLateReport, majorMatterDueOn } from './major-matter-rules';
import { MajorMattersRepository, type MajorMatterRow } from './major-matters.repository';

/** The bureau's reporting days (the lifecycle part's activity settings); absent → the default. */
export interface MajorMatterDaysSource {
  forRegion(regionCode: string): Promise<{ majorMatterDays: number }>;
}

export const majorMatterResource = (
  m: Pick<MajorMatterRow, 'regionCode' | 'authorityRegionCode' | 'supervisorUnitId' | 'orgId'>,
) => ({
  regionCode: m.regionCode,
  authorityRegionCode: m.authorityRegionCode,
  unitIds: [m.supervisorUnitId],
  orgId: m.orgId,
});

const todoKeys = (id: number) => ({
  authority: `major-matter:${id}:authority`,
  unit: `major-matter:${id}:unit`,
  org: `major-matter:${id}:org`,
});

/**
 * Major-matter reports (重大事项报告): the organization reports, the authority (本级) or the supervising unit
 * acknowledges or objects, the organization withdraws before that or records the outcome afterwards.
 */
export class MajorMattersService {
  constructor(
    private readonly deps: ActivitiesDeps,
    private readonly settings?: MajorMatterDaysSource,
  ) {
    deps.files.purposes.register({
      name: MAJOR_MATTER_FILE_PURPOSE,
      label: '重大事项报告材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 30 * MB,
      uploadPermission: 'major_matters.report',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (owner?.type !== 'major_matter') return false;
        const m = await new MajorMattersRepository(deps.db).byId(Number(owner.id));
        return !!m && authorize(user, 'activities.read', majorMatterResource(m)).allowed;
      },
    });
  }

  private today(): string {
    return chinaDate(this.deps.clock.now());
  }

  private async daysFor(authorityRegionCode: string): Promise<number> {
    if (!this.settings) return DEFAULT_MAJOR_MATTER_DAYS;
    return (await this.settings.forRegion(authorityRegionCode)).majorMatterDays;
  }

  /** The due day for a date of the user's own organization, for the form's hint. */
  async dueDay(user: AuthUser, happensOn: string): Promise<TMajorMatterDueDay> {
    assertAuthorized(user, 'major_matters.report');
    const o = user.orgId ? await this.deps.orgsQuery.facts(user.orgId) : undefined;
    if (!o) throw forbidden('账号未关联社会组织');
    const days = await this.daysFor(o.authorityRegionCode);
    const due = majorMatterDueOn(happensOn, days, await this.deps.calendar.calendar());
    return {
      happensOn,
      dueOn: due.value,
      days,
      late: isLateReport(this.today(), due.value),
      missingYears: due.missingYears,
    };
  }

  /** A matter the user may read (404 otherwise), read inside `db`. */
  async load(user: AuthUser, id: number, db: Kysely<DB> = this.deps.db): Promise<MajorMatterRow> {
    const m = await new MajorMattersRepository(db).byId(id);
    if (!m) throw notFound();
    assertAuthorized(user, 'activities.read', majorMatterResource(m));
    return m;
  }

  async report(user: AuthUser, actor: Actor, body: TMajorMatterReport): Promise<{ id: number }> {
    const o = user.orgId ? await this.deps.orgsQuery.facts(user.orgId) : undefined;
    if (!o) throw forbidden('账号未关联社会组织');
    const res = {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId ?? null],
      orgId: o.id,
    };
    assertAuthorized(user, 'major_matters.report', res);
    const days = await this.daysFor(o.authorityRegionCode);
    const dueOn = majorMatterDueOn(body.happensOn, days, await this.deps.calendar.calendar()).value;
    const today = this.today();
    const late = isLateReport(today, dueOn);
    const kind = body.kind as MajorMatterKind;
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const now = this.deps.clock.now().toISOString();
      const repo = new MajorMattersRepository(trx);
      const id = await repo.insert({
        orgId: o.id,
        orgName: o.name,
        uscc: o.uscc ?? null,
        regionCode: o.regionCode,
        authorityRegionCode: o.authorityRegionCode,
        supervisorUnitId: o.supervisorUnitId ?? null,
        kind,
        title: body.title,
        detail: body.detail,
        happensOn: body.happensOn,
        facts: toJson(body.facts)!,
        fileIds: '[]',
        reportedOn: today,
        dueOn,
        late,
        status: 'reported',
        createdBy: actor.userId,
        createdByName: actor.name,
        createdAt: now,
        updatedAt: now,
      });
      const files = await this.deps.files.attachAll(
        trx,
        actor,
        body.fileIds,
        { type: 'major_matter', id: String(id) },
        { purpose: MAJOR_MATTER_FILE_PURPOSE, regionCode: o.regionCode, field: 'fileIds' },
      );
      if (files.length)
        await trx
          .updateTable('majorMatters')
          .set({ fileIds: toJson(files)! })
          .where('id', '=', id)
          .execute();
      await this.deps.audit.record(trx, actor, {
        action: 'major_matter_reported',
        entity: 'major_matter',
        entityId: id,
        regionCode: o.regionCode,
        summary: `${o.name}报告重大事项（${MAJOR_MATTER_KIND_LABELS[kind]}）：${body.title}${late ? '（逾期报告）' : ''}`,
        after: { kind, title: body.title, happensOn: body.happensOn, dueOn, late },
      });
      const keys = todoKeys(id);
      const title = `${o.name}报告重大事项：${body.title}`.slice(0, 200);
      const link = `/major-matters/${id}`;
      await this.deps.todos.add(trx, {
        role: 'authority_staff',
        regionCode: o.authorityRegionCode,
        kind: 'major_matter',
        title,
        link,
        dueDate: body.happensOn,
        sourceKey: keys.authority,
      });
      if (o.supervisorUnitId)
        await this.deps.todos.add(trx, {
          unitId: o.supervisorUnitId,
          kind: 'major_matter',
          title,
          link,
          dueDate: body.happensOn,
          sourceKey: keys.unit,
        });
      if (late)
        await this.deps.events.publish(
          trx,
          {
            name: 'major_matter_late',
            payload: {
              orgId: o.id,
              orgName: o.name,
              uscc: o.uscc ?? null,
              regionCode: o.regionCode,
              authorityRegionCode: o.authorityRegionCode,
              supervisorUnitId: o.supervisorUnitId ?? null,
              majorMatterId: id,
              kind,
              title: body.title,
              happensOn: body.happensOn,
              dueOn,
              reportedOn: today,
            },
          },
          actor,
        );
      return id;
    });
    return { id };
  }

  /** 已知悉 or 提出异议 (with a reason): the authority (本级) or the supervising unit, once, on a fresh report. */
  async decide(user: AuthUser, actor: Actor, id: number, body: { version: number; objection?: string }): Promise<void> {
    const objected = body.objection !== undefined;
    await this.step(user, actor, id, body.version, 'major_matters.decide', ['reported'], (m) => ({
      patch: {
        status: objected ? 'objected' : 'acknowledged',
        decidedOn: this.today(),
        decidedByName: user.displayName,
        decisionReason: body.objection ?? null,
      },
      action: objected ? 'major_matter_objected' : 'major_matter_acknowledged',
      summary: objected ? `对重大事项“${m.title}”提出异议：${body.objection}` : `已知悉重大事项“${m.title}”`,
      after: async (trx) => {
        const keys = todoKeys(id);
        await this.deps.todos.complete(trx, keys.authority);
        await this.deps.todos.complete(trx, keys.unit);
        if (objected)
          await this.deps.todos.add(trx, {
            orgId: m.orgId,
            kind: 'major_matter',
            title: `重大事项“${m.title}”被提出异议，请处理`.slice(0, 200),
            link: `/major-matters/${id}`,
            priority: 1,
            sourceKey: keys.org,
          });
      },
    }));
  }

  /** The organization takes its report back before anyone answered it, or drops the matter after an objection. */
  async withdraw(user: AuthUser, actor: Actor, id: number, version: number): Promise<void> {
    await this.step(user, actor, id, version, 'major_matters.report', ['reported', 'objected'], (m) => ({
      patch: { status: 'withdrawn' },
      action: 'major_matter_withdrawn',
      summary: `撤回重大事项报告“${m.title}”`,
      after: async (trx) => {
        const keys = todoKeys(id);
        await this.deps.todos.cancel(trx, keys.authority);
        await this.deps.todos.cancel(trx, keys.unit);
        await this.deps.todos.complete(trx, keys.org);
      },
    }));
  }

  /** The outcome after the matter; a 换届's date goes to credit (dormant detection reads renewals). */
  async complete(user: AuthUser, actor: Actor, id: number, body: TMajorMatterComplete): Promise<void> {
    const today = this.today();
    if (body.completedOn > today) throw fieldError('completedOn', '办结日期不能晚于今天');
    await this.step(user, actor, id, body.version, 'major_matters.report', ['reported', 'acknowledged'], (m) => {
      if (today < m.happensOn) throw new AppError('CONFLICT', `事项于${m.happensOn}举行，之后才能登记办理结果`);
      if (body.completedOn < m.reportedOn) throw fieldError('completedOn', '办结日期不能早于报告日期');
      return {
        patch: { status: 'completed', outcome: body.outcome, completedOn: body.completedOn },
        action: 'major_matter_completed',
        summary: `登记重大事项“${m.title}”办理结果`,
        after: async (trx) => {
          const keys = todoKeys(id);
          await this.deps.todos.complete(trx, keys.authority);
          await this.deps.todos.complete(trx, keys.unit);
          await this.deps.todos.complete(trx, keys.org);
          if (m.kind === 'council_renewal')
            await this.deps.events.publish(
              trx,
              {
                name: 'council_renewed',
                payload: {
                  orgId: m.orgId,
                  orgName: m.orgName,
                  uscc: m.uscc,
                  regionCode: m.regionCode,
                  authorityRegionCode: m.authorityRegionCode,
                  supervisorUnitId: m.supervisorUnitId,
                  majorMatterId: m.id,
                  renewedOn: body.completedOn,
                },
              },
              actor,
            );
        },
      };
    });
  }

  /** One step: scope, status and version checked, the row written, audited and followed up in one transaction. */
  private async step(
    user: AuthUser,
    actor: Actor,
    id: number,
    version: number,
    permission: 'major_matters.decide' | 'major_matters.report',
    from: readonly string[],
    plan: (m: MajorMatterRow) => {
      patch: Parameters<MajorMattersRepository['update']>[2];
      action: string;
      summary: string;
      after: (trx: Kysely<DB>) => Promise<void>;
    },
  ): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const m = await this.load(user, id, trx);
      assertAuthorized(user, permission, majorMatterResource(m));
      if (!from.includes(m.status)) throw new AppError('CONFLICT', '该重大事项当前状态不能进行此操作');
      if (m.version !== version) throw stale();
      const p = plan(m);
      const now = this.deps.clock.now().toISOString();
      if (!(await new MajorMattersRepository(trx).update(id, version, { ...p.patch, updatedAt: now }))) throw stale();
      await this.deps.audit.record(trx, actor, {
        action: p.action,
        entity: 'major_matter',
        entityId: id,
        regionCode: m.regionCode,
        summary: `${m.orgName}：${p.summary}`.slice(0, 500),
        before: { status: m.status },
        after: p.patch,
      });
      await p.after(trx);
    });
  }
}
