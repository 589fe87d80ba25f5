import type { Kysely } from 'kysely';
import type { TCaseClose, TCaseCreate } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { AppError, fieldError, notFound, stale } from '../../../platform/errors';
import type { SupervisionDeps } from '../supervision-deps';
import type { CaseIntake, CaseOpener, CaseSourceStatus } from './case-intake';
import { alarmTodoKey } from './case-alarms.job';
import { deriveCaseStatus } from './case-status';
import { CasesRepository, type CaseRow } from './cases.repository';
import type { MeasuresService } from './measures.service';
import type { TasksService } from './tasks.service';

export const caseResource = (
  c: Pick<CaseRow, 'regionCode' | 'authorityRegionCode' | 'supervisorUnitId' | 'orgId'>,
) => ({
  regionCode: c.regionCode,
  authorityRegionCode: c.authorityRegionCode,
  unitIds: [c.supervisorUnitId],
  orgId: c.orgId,
});

export const handlerTodoKey = (caseId: number) => `supervision_case:${caseId}:handler`;

/**
 * Coordinated cases (协同处置): opening (by hand or from another part through `CaseOpener`), the handler's
 * feedback and verification for cases without steps, closing (反馈销号) and the status every step moves.
 */
export class CasesService implements CaseOpener {
  /** Set by createCases (measures and cases call each other). */
  measures!: MeasuresService;

  constructor(
    private readonly deps: SupervisionDeps,
    private readonly tasks: TasksService,
  ) {}

  private today(): string {
    return chinaDate(this.deps.clock.now());
  }

  /** A case the user may read (404 otherwise). */
  async load(user: AuthUser, id: number, db: Kysely<DB> = this.deps.db): Promise<CaseRow> {
    const c = await new CasesRepository(db).caseById(id);
    if (!c) throw notFound();
    assertAuthorized(user, 'supervision.read', caseResource(c));
    return c;
  }

  /** A case the user decides on (本级), read inside `trx`. */
  async loadForManage(user: AuthUser, id: number, trx: Kysely<DB>): Promise<CaseRow> {
    const c = await new CasesRepository(trx).caseById(id);
    if (!c) throw notFound();
    assertAuthorized(user, 'supervision.read', caseResource(c));
    assertAuthorized(user, 'supervision.manage', caseResource(c));
    return c;
  }

  async openFromSource(trx: Kysely<DB>, actor: Actor, input: CaseIntake): Promise<{ caseId: number }> {
    const repo = new CasesRepository(trx);
    const known = await repo.caseBySourceRef(input.sourceRef);
    if (known) return { caseId: known.id };
    const caseId = await this.insert(trx, actor, { ...input, handler: { id: actor.userId, name: actor.name } });
    if (input.rectification) {
      await this.measures.issueIn(trx, actor, caseId, {
        kind: 'rectification_order',
        deadline: input.rectification.deadline,
        requirement: input.rectification.requirement,
      });
    }
    return { caseId };
  }

  async sourceStatus(sourceRefs: readonly string[]): Promise<Map<string, CaseSourceStatus>> {
    const rows = await new CasesRepository(this.deps.db).casesBySourceRefs(sourceRefs);
    return new Map(
      rows.map((c) => [
        c.sourceRef!,
        { caseId: c.id, status: c.status, closedOn: c.closedOn, substantiated: c.substantiated },
      ]),
    );
  }

  /** A case opened by a clerk (a referral from another department, or any source by hand). */
  async create(user: AuthUser, actor: Actor, body: TCaseCreate): Promise<{ id: number }> {
    const o = await this.deps.orgsQuery.facts(body.orgId);
    if (!o) throw fieldError('orgId', '社会组织不存在');
    assertAuthorized(user, 'supervision.manage', {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId],
      orgId: o.id,
    });
    if (body.partnerUnitIds.length && (!body.partnerRequest || !body.partnerDeadline))
      throw fieldError('partnerRequest', '请填写协办事项和期限');
    const id = await this.deps.db.transaction().execute(async (trx) => {
      if (body.sourceRef && (await new CasesRepository(trx).caseBySourceRef(body.sourceRef)))
        throw new AppError('DUPLICATE', '该来源已立案', { sourceRef: '该来源已立案' });
      const caseId = await this.insert(trx, actor, {
        orgId: body.orgId,
        source: body.source,
        sourceRef: body.sourceRef || null,
        title: body.title,
        detail: body.detail,
        handler: { id: user.id, name: user.displayName },
      });
      for (const unitId of body.partnerUnitIds)
        await this.tasks.assignIn(trx, actor, caseId, {
          unitId,
          request: body.partnerRequest!,
          deadline: body.partnerDeadline!,
        });
      return caseId;
    });
    return { id };
  }

  private async insert(
    trx: Kysely<DB>,
    actor: Actor,
    input: Omit<CaseIntake, 'rectification' | 'sourceRef'> & {
      sourceRef: string | null;
      handler: { id: number | null; name: string };
    },
  ): Promise<number> {
    const o = await this.deps.orgsQuery.facts(input.orgId, trx);
    if (!o) throw fieldError('orgId', '社会组织不存在');
    const now = this.deps.clock.now().toISOString();
    const repo = new CasesRepository(trx);
    const caseId = await repo.insertCase({
      orgId: o.id,
      orgName: o.name,
      uscc: o.uscc ?? null,
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      supervisorUnitId: o.supervisorUnitId ?? null,
      source: input.source,
      sourceRef: input.sourceRef,
      title: input.title,
      detail: input.detail,
      handlerId: input.handler.id,
      handlerName: input.handler.name,
      status: 'open',
      openedOn: this.today(),
      createdBy: actor.userId,
      createdByName: actor.name,
      createdAt: now,
      updatedAt: now,
    });
    await repo.addEvent(caseId, 'opened', `立案：${input.title}`, actor.name, now);
    await this.deps.audit.record(trx, actor, {
      action: 'supervision_case_opened',
      entity: 'supervision_case',
      entityId: caseId,
      regionCode: o.regionCode,
      summary: `对${o.name}立案处置：${input.title}`,
      after: { source: input.source, sourceRef: input.sourceRef, title: input.title },
    });
    return caseId;
  }

  /**
   * Moves the case to the status its steps give, with a timeline line and the handler's to-do; called by
   * every step after its own write, inside the same transaction.
   */
  async refresh(trx: Kysely<DB>, caseId: number, actor: Actor): Promise<string> {
    const repo = new CasesRepository(trx);
    const c = (await repo.caseById(caseId))!;
    const [measures, tasks] = await Promise.all([repo.measuresOf(caseId), repo.tasksOf(caseId)]);
    const next = deriveCaseStatus({
      current: c.status,
      measures,
      tasks,
      feedbackOn: c.feedbackOn,
      verifiedOn: c.verifiedOn,
    });
    if (next === c.status) return next;
    const now = this.deps.clock.now().toISOString();
    if (!(await repo.updateCase(caseId, c.version, { status: next, updatedAt: now }))) throw stale();
    await repo.addEvent(caseId, `status_${next}`, STATUS_LINES[next] ?? next, actor.name, now);
    if (c.handlerId && (next === 'feedback_given' || next === 'verified'))
      await this.deps.todos.add(trx, {
        userId: c.handlerId,
        kind: 'supervision_case',
        title: `${c.orgName}：${next === 'verified' ? '案件已核实，待办结' : '已反馈，待核实'}`,
        link: `/supervision-cases/${caseId}`,
        priority: 1,
        sourceKey: handlerTodoKey(caseId),
      });
    return next;
  }

  /** The handler's own feedback on a case without measures or tasks (e.g. a complaint found untrue). */
  async feedback(user: AuthUser, actor: Actor, id: number, text: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.loadForManage(user, id, trx);
      const repo = new CasesRepository(trx);
      const [measures, tasks] = await Promise.all([repo.measuresOf(id), repo.tasksOf(id)]);
      if (c.status !== 'open' || measures.length || tasks.length)
        throw new AppError('CONFLICT', '已有处置措施或协办任务的案件，由组织答复和部门反馈');
      const now = this.deps.clock.now().toISOString();
      if (!(await repo.updateCase(id, c.version, { feedback: text, feedbackOn: this.today(), updatedAt: now })))
        throw stale();
      await repo.addEvent(id, 'feedback', `核查反馈：${text}`, actor.name, now);
      await this.audit(trx, actor, c, 'supervision_case_feedback', `记录案件核查反馈`);
      await this.refresh(trx, id, actor);
    });
  }

  /** Verifies the handler's feedback of a case without steps (steps are verified one by one). */
  async verify(user: AuthUser, actor: Actor, id: number): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.loadForManage(user, id, trx);
      if (c.status !== 'feedback_given' || !c.feedbackOn)
        throw new AppError('CONFLICT', '案件尚无待核实的反馈；处置措施请逐项核实');
      const repo = new CasesRepository(trx);
      const now = this.deps.clock.now().toISOString();
      const ok = await repo.updateCase(id, c.version, {
        verifiedOn: this.today(),
        verifiedByName: user.displayName,
        updatedAt: now,
      });
      if (!ok) throw stale();
      await repo.resolveAlarms('case', id, this.today());
      await this.syncAlarmed(trx, id);
      await this.audit(trx, actor, c, 'supervision_case_verified', '核实案件反馈');
      await this.refresh(trx, id, actor);
    });
  }

  /** 反馈销号: only a verified case closes; a complaint's case says whether the complaint was true. */
  async close(user: AuthUser, actor: Actor, id: number, body: TCaseClose): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.loadForManage(user, id, trx);
      if (c.status === 'closed') throw new AppError('CONFLICT', '案件已办结');
      if (c.status !== 'verified') throw new AppError('CONFLICT', '案件须经反馈并核实后方可办结（反馈销号）');
      if (c.source === 'complaint' && body.substantiated === undefined)
        throw fieldError('substantiated', '请选择投诉举报是否属实');
      const today = this.today();
      const now = this.deps.clock.now().toISOString();
      const substantiated = c.source === 'complaint' ? body.substantiated! : null;
      const repo = new CasesRepository(trx);
      const ok = await repo.updateCase(id, c.version, {
        status: 'closed',
        conclusion: body.conclusion,
        substantiated,
        closedOn: today,
        closedByName: user.displayName,
        alarmed: false,
        updatedAt: now,
      });
      if (!ok) throw stale();
      await repo.addEvent(id, 'closed', `办结：${body.conclusion}`, actor.name, now);
      await this.deps.todos.complete(trx, handlerTodoKey(id));
      const complaintId = Number(/^complaint:(\d+)$/.exec(c.sourceRef ?? '')?.[1]);
      if (substantiated && complaintId)
        await this.deps.events.publish(
          trx,
          {
            name: 'complaint_substantiated',
            payload: {
              orgId: c.orgId,
              orgName: c.orgName,
              uscc: c.uscc,
              regionCode: c.regionCode,
              authorityRegionCode: c.authorityRegionCode,
              supervisorUnitId: c.supervisorUnitId,
              complaintId,
              caseId: id,
              decidedOn: today,
              summary: body.conclusion.slice(0, 200),
            },
          },
          actor,
        );
      await this.audit(trx, actor, c, 'supervision_case_closed', `办结案件：${body.conclusion}`, {
        conclusion: body.conclusion,
        substantiated,
      });
    });
  }

  /** Keeps the list's alarm flag in step with the open alarms. */
  async syncAlarmed(trx: Kysely<DB>, caseId: number): Promise<void> {
    const repo = new CasesRepository(trx);
    const c = await repo.caseById(caseId);
    if (!c) return;
    const open = c.status !== 'closed' && (await repo.openAlarmCount(caseId)) > 0;
    if (open === c.alarmed) return;
    await repo.setAlarmed(caseId, open);
    if (!open) await this.deps.todos.complete(trx, alarmTodoKey(caseId));
  }

  async audit(trx: Kysely<DB>, actor: Actor, c: CaseRow, action: string, summary: string, after?: unknown) {
    await this.deps.audit.record(trx, actor, {
      action,
      entity: 'supervision_case',
      entityId: c.id,
      regionCode: c.regionCode,
      summary: `${c.orgName}：${summary}`,
      after,
    });
  }
}

const STATUS_LINES: Record<string, string> = {
  open: '待处置',
  in_progress: '处置措施落实中',
  feedback_given: '已全部反馈，待核实',
  verified: '已核实，待办结',
};
