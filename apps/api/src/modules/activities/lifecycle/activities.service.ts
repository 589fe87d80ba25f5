import type { Kysely, Updateable } from 'kysely';
import {
  ACTIVITY_KIND_LABELS,
  ZActivityFinish,
  approvalDueOn,
  canStep,
  isApprovalLate,
  type ActivityAction,
  type TActivityDecision,
  type TActivityFinish,
  type TActivityInput,
  type TActivityUpdate,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { ActivitiesTable } from '../../../db/schema-activities';
import { toJson } from '../../../db/dialect';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { AppError, fieldError, notFound, stale } from '../../../platform/errors';
import type { ActivitiesDeps } from '../activities-deps';
import { ActivitiesRepository, type ActivityRow } from './activities.repository';
import type { ActivitySettingsService } from './activity-settings.service';
import { STEP_LABELS, activityResource, orgTodoKey, staffTodoKey } from './activity-steps';

export { activityResource, orgTodoKey, staffTodoKey };

/**
 * The activity lifecycle (DOMAIN.md "Activities and major matters"): planned → (approval where the kind needs it)
 * → under way → finished → reviewed before publication (先审后发) → published; unpublish and cancel. The
 * organization takes its own steps (activities.post), the registration authority decides (activities.decide, 本级).
 */
export class ActivitiesService {
  constructor(
    private readonly deps: ActivitiesDeps,
    private readonly settings: ActivitySettingsService,
  ) {}

  private today(): string {
    return chinaDate(this.deps.clock.now());
  }

  /** An activity the user may read (404 otherwise). */
  async load(user: AuthUser, id: number, db: Kysely<DB> = this.deps.db): Promise<ActivityRow> {
    const a = await new ActivitiesRepository(db).byId(id);
    if (!a) throw notFound('活动不存在');
    assertAuthorized(user, 'activities.read', activityResource(a));
    return a;
  }

  /** An activity of the user's own organization, read inside `trx`. */
  async loadOwn(user: AuthUser, id: number, trx: Kysely<DB>): Promise<ActivityRow> {
    const a = await this.load(user, id, trx);
    assertAuthorized(user, 'activities.post', activityResource(a));
    return a;
  }

  private async loadForDecision(user: AuthUser, id: number, trx: Kysely<DB>): Promise<ActivityRow> {
    const a = await this.load(user, id, trx);
    assertAuthorized(user, 'activities.decide', activityResource(a));
    return a;
  }

  private step(who: 'org' | 'staff', a: ActivityRow, step: ActivityAction): void {
    if (!canStep(who, a, step))
      throw new AppError('CONFLICT', `活动当前状态不能${STEP_LABELS[step]}`, { status: a.status });
  }

  async create(user: AuthUser, actor: Actor, body: TActivityInput): Promise<{ id: number }> {
    assertAuthorized(user, 'activities.post');
    if (!user.orgId) throw new AppError('FORBIDDEN', '只有社会组织账号可以填报活动');
    const orgId = user.orgId;
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const o = await this.deps.orgsQuery.facts(orgId, trx);
      if (!o) throw notFound('社会组织不存在');
      assertAuthorized(user, 'activities.post', { regionCode: o.regionCode, orgId: o.id });
      const plan = await this.planFacts(body, o.authorityRegionCode, trx);
      const now = this.deps.clock.now().toISOString();
      const activityId = await new ActivitiesRepository(trx).insert({
        orgId: o.id,
        orgName: o.name,
        uscc: o.uscc ?? null,
        regionCode: o.regionCode,
        provinceCode: o.regionCode.slice(0, 2),
        cityCode: o.regionCode.slice(0, 4),
        countyCode: o.regionCode.slice(0, 6),
        authorityRegionCode: o.authorityRegionCode,
        supervisorUnitId: o.supervisorUnitId ?? null,
        categoryCode: o.categoryCode,
        ...plan,
        status: 'planned',
        approvalLate: false,
        approved: false,
        createdBy: actor.userId,
        createdByName: actor.name,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit(
        trx,
        actor,
        { id: activityId, orgName: o.name, regionCode: o.regionCode },
        'activity_created',
        `填报活动：${body.title}`,
        plan,
      );
      return activityId;
    });
    return { id };
  }

  /** The plan's columns; whether approval is needed and by when follows the bureau's settings. */
  private async planFacts(body: TActivityInput, authorityRegionCode: string, trx: Kysely<DB>) {
    const s = await this.settings.forRegion(authorityRegionCode, trx);
    const due = approvalDueOn(body.kind, body.startsOn, s.approvalKinds);
    return {
      title: body.title.trim(),
      kind: body.kind,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      place: body.place.trim(),
      expectedParticipants: body.expectedParticipants,
      budgetFen: body.budgetFen,
      partners: toJson(body.partners ?? [])!,
      description: body.description.trim(),
      approvalRequired: due !== null,
      approvalDueOn: due,
    };
  }

  async update(user: AuthUser, actor: Actor, id: number, body: TActivityUpdate): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadOwn(user, id, trx);
      this.step('org', a, 'edit');
      if (a.version !== body.version) throw stale();
      const plan = await this.planFacts(body, a.authorityRegionCode, trx);
      // Once under way, the kind and dates that approval was decided on stay as they were.
      const keep = a.status !== 'planned' && a.status !== 'approval_refused';
      if (keep && plan.endsOn < a.startsOn) throw fieldError('endsOn', '结束日期不能早于开始日期');
      const patch = keep
        ? {
            ...plan,
            kind: a.kind,
            startsOn: a.startsOn,
            approvalRequired: a.approvalRequired,
            approvalDueOn: a.approvalDueOn,
          }
        : // A refused plan changed to a kind that needs no approval is a plain plan again.
          { ...plan, ...(a.status === 'approval_refused' && !plan.approvalRequired ? { status: 'planned' } : {}) };
      await this.write(trx, a, patch);
      await this.audit(trx, actor, a, 'activity_updated', `修改活动：${body.title}`, patch);
    });
  }

  async requestApproval(user: AuthUser, actor: Actor, id: number): Promise<{ late: boolean }> {
    return this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadOwn(user, id, trx);
      if (!a.approvalRequired) throw new AppError('CONFLICT', '该类活动无需审批');
      this.step('org', a, 'request_approval');
      const today = this.today();
      const late = isApprovalLate(today, a.approvalDueOn);
      await this.write(trx, a, {
        status: 'awaiting_approval',
        approvalRequestedOn: today,
        approvalLate: late,
        decidedOn: null,
        decidedByName: null,
        decisionReason: null,
      });
      await this.deps.todos.add(trx, {
        role: 'authority_staff',
        regionCode: a.authorityRegionCode,
        kind: 'activity_approval',
        title: `活动审批：${a.orgName}「${a.title}」${late ? '（逾期申请）' : ''}`.slice(0, 200),
        link: `/activities/${a.id}`,
        dueDate: a.startsOn,
        priority: late ? 2 : 1,
        sourceKey: staffTodoKey(a.id),
      });
      await this.deps.todos.complete(trx, orgTodoKey(a.id));
      await this.audit(
        trx,
        actor,
        a,
        'activity_approval_requested',
        `申请审批${late ? `（逾期，应于${a.approvalDueOn}前申请）` : ''}`,
        {
          requestedOn: today,
          dueOn: a.approvalDueOn,
          late,
        },
      );
      return { late };
    });
  }

  async decideApproval(user: AuthUser, actor: Actor, id: number, body: TActivityDecision): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadForDecision(user, id, trx);
      this.step('staff', a, 'decide_approval');
      await this.write(trx, a, {
        status: body.approved ? 'planned' : 'approval_refused',
        approved: body.approved,
        decidedOn: this.today(),
        decidedByName: user.displayName,
        decisionReason: body.reason || null,
      });
      await this.deps.todos.complete(trx, staffTodoKey(a.id));
      if (!body.approved) await this.orgTodo(trx, a, 'activity_refused', `活动未获批准：${a.title}（${body.reason}）`);
      await this.audit(
        trx,
        actor,
        a,
        'activity_approval_decided',
        body.approved ? '批准活动' : `不予批准：${body.reason}`,
        body,
      );
    });
  }

  async start(user: AuthUser, actor: Actor, id: number): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadOwn(user, id, trx);
      if (a.status === 'planned' && a.approvalRequired && !a.approved)
        throw new AppError('CONFLICT', `${ACTIVITY_KIND_LABELS[a.kind as 'other']}须经登记管理机关批准后才能开始`);
      this.step('org', a, 'start');
      await this.write(trx, a, { status: 'under_way' });
      await this.audit(trx, actor, a, 'activity_started', '活动开始');
    });
  }

  async finish(user: AuthUser, actor: Actor, id: number, input: TActivityFinish): Promise<void> {
    const body = ZActivityFinish.parse(input);
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadOwn(user, id, trx);
      this.step('org', a, 'finish');
      if (a.status === 'under_way' && a.startsOn > this.today())
        throw new AppError('CONFLICT', `活动${a.startsOn}开始，尚未到开始日期`);
      await this.write(trx, a, {
        status: a.status === 'under_way' ? 'finished' : a.status,
        summary: body.summary,
        attendance: body.attendance,
        attendees: toJson(body.attendees),
      });
      // Attendee names are personal data: the audit keeps the count only.
      await this.audit(trx, actor, a, 'activity_finished', `填报活动总结，实到${body.attendance}人`, {
        attendance: body.attendance,
        attendeeCount: body.attendees.length,
      });
    });
  }

  /** Submits for review; publishes at once when the bureau does not review before publication. */
  async submit(user: AuthUser, actor: Actor, id: number): Promise<{ published: boolean }> {
    return this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadOwn(user, id, trx);
      this.step('org', a, 'submit');
      if (!a.summary) throw fieldError('summary', '请先填写活动总结');
      const s = await this.settings.forRegion(a.authorityRegionCode, trx);
      const now = this.deps.clock.now().toISOString();
      await this.deps.todos.complete(trx, orgTodoKey(a.id));
      if (!s.reviewBeforePublish) {
        await this.publish(trx, actor, a, { submittedAt: now, returnReason: null });
        await this.audit(trx, actor, a, 'activity_submitted', '提交活动（未开启先审后发，直接公开）');
        return { published: true };
      }
      await this.write(trx, a, { status: 'awaiting_review', submittedAt: now, returnReason: null });
      await this.deps.todos.add(trx, {
        role: 'authority_staff',
        regionCode: a.authorityRegionCode,
        kind: 'activity_review',
        title: `活动公开前审核：${a.orgName}「${a.title}」`.slice(0, 200),
        link: `/activities/${a.id}`,
        priority: 1,
        sourceKey: staffTodoKey(a.id),
      });
      await this.audit(trx, actor, a, 'activity_submitted', '提交活动，待审核后公开');
      return { published: false };
    });
  }

  /** 先审后发: approve (published) or return with a reason (back to the organization for edits). */
  async review(user: AuthUser, actor: Actor, id: number, body: TActivityDecision): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadForDecision(user, id, trx);
      this.step('staff', a, 'review');
      const now = this.deps.clock.now().toISOString();
      const reviewed = { reviewedAt: now, reviewedByName: user.displayName };
      await this.deps.todos.complete(trx, staffTodoKey(a.id));
      if (body.approved) {
        await this.publish(trx, actor, a, { ...reviewed, returnReason: null });
        await this.audit(trx, actor, a, 'activity_reviewed', '审核通过，活动公开', body);
        return;
      }
      await this.write(trx, a, { ...reviewed, status: 'returned', returnReason: body.reason! });
      await this.orgTodo(trx, a, 'activity_returned', `活动退回修改：${a.title}（${body.reason}）`);
      await this.audit(trx, actor, a, 'activity_returned', `退回修改：${body.reason}`, body);
    });
  }

  async unpublish(user: AuthUser, actor: Actor, id: number, reason: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadForDecision(user, id, trx);
      this.step('staff', a, 'unpublish');
      await this.write(trx, a, {
        status: 'unpublished',
        unpublishedAt: this.deps.clock.now().toISOString(),
        unpublishReason: reason,
      });
      await this.orgTodo(trx, a, 'activity_unpublished', `活动已被撤下：${a.title}（${reason}）`);
      await this.audit(trx, actor, a, 'activity_unpublished', `撤下活动：${reason}`, { reason });
    });
  }

  async cancel(user: AuthUser, actor: Actor, id: number, reason?: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.loadOwn(user, id, trx);
      this.step('org', a, 'cancel');
      await this.write(trx, a, { status: 'cancelled' });
      await this.deps.todos.complete(trx, staffTodoKey(a.id));
      await this.deps.todos.complete(trx, orgTodoKey(a.id));
      await this.audit(trx, actor, a, 'activity_cancelled', `取消活动${reason ? `：${reason}` : ''}`, { reason });
    });
  }

  /** Published in the same transaction as the `activity_published` event (credit counts it). */
  private async publish(trx: Kysely<DB>, actor: Actor, a: ActivityRow, extra: Updateable<ActivitiesTable>) {
    const publishedAt = this.deps.clock.now().toISOString();
    await this.write(trx, a, {
      ...extra,
      status: 'published',
      publishedAt,
      unpublishedAt: null,
      unpublishReason: null,
    });
    await this.deps.events.publish(
      trx,
      {
        name: 'activity_published',
        payload: {
          orgId: a.orgId,
          orgName: a.orgName,
          uscc: a.uscc,
          regionCode: a.regionCode,
          authorityRegionCode: a.authorityRegionCode,
          supervisorUnitId: a.supervisorUnitId,
          activityId: a.id,
          title: a.title.slice(0, 200),
          publishedAt,
        },
      },
      actor,
    );
  }

  /** Writes at the version read in this transaction (409 when someone else wrote in between). */
  async write(trx: Kysely<DB>, a: ActivityRow, patch: Updateable<ActivitiesTable>): Promise<void> {
    const ok = await new ActivitiesRepository(trx).update(a.id, a.version, {
      ...patch,
      updatedAt: this.deps.clock.now().toISOString(),
    });
    if (!ok) throw stale();
  }

  private async orgTodo(trx: Kysely<DB>, a: ActivityRow, kind: string, title: string) {
    await this.deps.todos.add(trx, {
      orgId: a.orgId,
      kind,
      title: title.slice(0, 200),
      link: `/my-activities/${a.id}`,
      priority: 1,
      sourceKey: orgTodoKey(a.id),
    });
  }

  async audit(
    trx: Kysely<DB>,
    actor: Actor,
    a: Pick<ActivityRow, 'id' | 'orgName' | 'regionCode'>,
    action: string,
    summary: string,
    after?: unknown,
  ) {
    await this.deps.audit.record(trx, actor, {
      action,
      entity: 'activity',
      entityId: a.id,
      regionCode: a.regionCode,
      summary: `${a.orgName}：${summary}`,
      after,
    });
  }
}
