import type { Kysely } from 'kysely';
import type { TCaseTask, TCaseTaskCreate } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { fromJson, toJson } from '../../../db/dialect';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { AppError, duplicate, fieldError, notFound } from '../../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import type { SupervisionDeps } from '../supervision-deps';
import type { CasesService } from './cases.service';
import { CasesRepository, type TaskRow } from './cases.repository';
import { isOverdue } from './case-status';

export const unitTodoKey = (taskId: number) => `supervision_case_task:${taskId}`;

/** Partner departments' tasks (协办): each unit sees its own tasks only, answers them, and the case moves on. */
export class TasksService {
  /** Set by createCases. */
  cases!: CasesService;

  constructor(private readonly deps: SupervisionDeps) {}

  private today(): string {
    return chinaDate(this.deps.clock.now());
  }

  async assign(user: AuthUser, actor: Actor, caseId: number, body: TCaseTaskCreate): Promise<{ id: number }> {
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.cases.loadForManage(user, caseId, trx);
      if (c.status === 'closed') throw new AppError('CONFLICT', '案件已办结');
      const id = await this.assignIn(trx, actor, caseId, body);
      await this.cases.refresh(trx, caseId, actor);
      return id;
    });
    return { id };
  }

  async assignIn(trx: Kysely<DB>, actor: Actor, caseId: number, body: TCaseTaskCreate): Promise<number> {
    const unit = await this.deps.units.findById(body.unitId, trx);
    if (!unit) throw fieldError('unitId', '协办部门不存在');
    if (body.deadline < this.today()) throw fieldError('deadline', '期限不能早于今天');
    const repo = new CasesRepository(trx);
    if ((await repo.tasksOf(caseId)).some((t) => t.unitId === body.unitId))
      throw duplicate('unitId', '该部门已有本案协办任务');
    const c = (await repo.caseById(caseId))!;
    const now = this.deps.clock.now().toISOString();
    const id = await repo.insertTask({
      caseId,
      unitId: body.unitId,
      unitName: unit.name,
      request: body.request,
      deadline: body.deadline,
      status: 'assigned',
      feedbackFiles: toJson([]),
      createdAt: now,
      updatedAt: now,
    });
    await repo.addEvent(
      caseId,
      'task_assigned',
      `请${unit.name}协办：${body.request}（期限${body.deadline}）`,
      actor.name,
      now,
    );
    await this.deps.todos.add(trx, {
      unitId: body.unitId,
      kind: 'supervision_case_task',
      title: `协办：${c.orgName} ${c.title}`.slice(0, 200),
      link: '/case-tasks',
      dueDate: body.deadline,
      priority: 1,
      sourceKey: unitTodoKey(id),
    });
    await this.cases.audit(trx, actor, c, 'supervision_case_task_assigned', `请${unit.name}协办`, {
      taskId: id,
      unitId: body.unitId,
    });
    return id;
  }

  /** The partner department's feedback on its task. */
  async feedback(user: AuthUser, actor: Actor, taskId: number, text: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new CasesRepository(trx);
      const t = await repo.task(taskId);
      if (!t) throw notFound();
      assertAuthorized(user, 'supervision.partner', { unitIds: [t.unitId] });
      if (t.status === 'done') throw new AppError('CONFLICT', '该协办任务已反馈');
      const c = (await repo.caseById(t.caseId))!;
      if (c.status === 'closed') throw new AppError('CONFLICT', '案件已办结');
      const today = this.today();
      const now = this.deps.clock.now().toISOString();
      await repo.updateTask(taskId, {
        status: 'done',
        feedback: text,
        doneOn: today,
        doneByName: user.displayName,
        updatedAt: now,
      });
      await repo.resolveAlarms('task', taskId, today);
      await this.cases.syncAlarmed(trx, c.id);
      await repo.addEvent(c.id, 'task_done', `${t.unitName}反馈：${text}`, actor.name, now);
      await this.deps.todos.complete(trx, unitTodoKey(taskId));
      await this.cases.audit(trx, actor, c, 'supervision_case_task_done', `${t.unitName}反馈协办情况`, { taskId });
      await this.cases.refresh(trx, c.id, actor);
    });
  }

  /** `/api/case-tasks`: the user's unit's tasks, newest first (keyset on id). */
  async mine(user: AuthUser, q: { status?: string; cursor?: string; limit: number }) {
    assertAuthorized(user, 'supervision.partner');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.deps.db
      .selectFrom('supervisionCaseTasks as t')
      .innerJoin('supervisionCases as c', 'c.id', 't.caseId')
      .selectAll('t')
      .select(['c.title as caseTitle', 'c.detail as caseDetail', 'c.orgName'])
      .where(readScopeCondition(user, 'supervision.partner', { unit: 't.unitId' }));
    if (q.status) query = query.where('t.status', '=', q.status);
    if (after) query = query.where('t.id', '<', after);
    const rows = await query
      .orderBy('t.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    const today = this.today();
    return {
      items: page.map((r) => presentTask(r, today)),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }
}

export function presentTask(
  t: TaskRow & { caseTitle: string; caseDetail: string; orgName: string },
  today: string,
): TCaseTask {
  return {
    id: t.id,
    caseId: t.caseId,
    unitId: t.unitId,
    unitName: t.unitName,
    request: t.request,
    deadline: t.deadline,
    status: t.status as TCaseTask['status'],
    overdue: t.status === 'assigned' && isOverdue(t.deadline, today),
    feedback: t.feedback,
    feedbackFiles: fromJson<{ id: number; name: string }[]>(t.feedbackFiles) ?? [],
    doneOn: t.doneOn,
    doneByName: t.doneByName,
    caseTitle: t.caseTitle,
    caseDetail: t.caseDetail,
    orgName: t.orgName,
  };
}
