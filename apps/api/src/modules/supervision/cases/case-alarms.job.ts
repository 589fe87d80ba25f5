import type { Kysely } from 'kysely';
import { VERIFY_WITHIN_WORKING_DAYS, type CaseAlarmKind } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/auth/auth-user';
import { chinaDate } from '../../../platform/clock';
import type { JobDefinition } from '../../../platform/jobs/job-types';
import type { SupervisionDeps } from '../supervision-deps';
import type { CasesService } from './cases.service';
import { CasesRepository, type CaseRow } from './cases.repository';
import { MEASURE_LABELS } from './measures.service';

export const CASE_ALARMS_JOB = 'supervision.case-alarms';
export const alarmTodoKey = (caseId: number) => `supervision_case:${caseId}:alarm`;

interface Due {
  caseId: number;
  kind: CaseAlarmKind;
  targetType: 'measure' | 'task' | 'case';
  targetId: number;
  dueOn: string;
  summary: string;
  /** A rectification order past its deadline: `rectification_overdue` goes out once. */
  publish?: { measureId: number; measure: keyof typeof MEASURE_LABELS; deadline: string };
}

/**
 * 电子监察, daily for the slot's China date: measures not answered by their deadline, partner tasks not done by
 * theirs, and answers (or a handler's feedback) not verified within 5 working days raise an alarm on the case
 * (the list's alarm filter, a to-do for the handler). A re-run finds the alarms already open and adds nothing;
 * an overdue 责令改正通知书 publishes `rectification_overdue` once (credit records it).
 */
export function caseAlarmsJob(deps: SupervisionDeps, cases: CasesService): JobDefinition<null> {
  return {
    name: CASE_ALARMS_JOB,
    title: '协同处置电子监察',
    description: '处置措施、协办任务逾期未办和反馈逾期未核实的告警；责令改正逾期推送信用',
    schedule: { every: 'day', at: '01:30' },
    runnable: true,
    run: async (ctx) => {
      const today = chinaDate(ctx.slot);
      const due = await findDue(ctx.db, deps, today);
      let raised = 0;
      let published = 0;
      for (const d of due) {
        ctx.throwIfCancelled();
        const r = await ctx.db.transaction().execute((trx) => raise(trx, deps, cases, ctx.actor, today, d));
        raised += r.raised ? 1 : 0;
        published += r.published ? 1 : 0;
      }
      return { summary: `新增告警 ${raised} 条，推送整改逾期 ${published} 条`, raised, published };
    },
  };
}

async function findDue(db: Kysely<DB>, deps: SupervisionDeps, today: string): Promise<Due[]> {
  const out: Due[] = [];
  const late = await db
    .selectFrom('supervisionCaseMeasures')
    .select(['id', 'caseId', 'kind', 'deadline', 'overduePublishedOn'])
    .where('status', 'in', ['issued', 'returned'])
    .where('deadline', '<', today)
    .execute();
  for (const m of late) {
    const label = MEASURE_LABELS[m.kind as keyof typeof MEASURE_LABELS];
    out.push({
      caseId: m.caseId,
      kind: 'measure_overdue',
      targetType: 'measure',
      targetId: m.id,
      dueOn: m.deadline,
      summary: `${label}逾期未答复（期限${m.deadline}）`,
      publish:
        m.kind === 'rectification_order' && !m.overduePublishedOn
          ? { measureId: m.id, measure: 'rectification_order', deadline: m.deadline }
          : undefined,
    });
  }
  const tasks = await db
    .selectFrom('supervisionCaseTasks')
    .select(['id', 'caseId', 'unitName', 'deadline'])
    .where('status', '=', 'assigned')
    .where('deadline', '<', today)
    .execute();
  for (const t of tasks)
    out.push({
      caseId: t.caseId,
      kind: 'task_overdue',
      targetType: 'task',
      targetId: t.id,
      dueOn: t.deadline,
      summary: `${t.unitName}协办逾期未反馈（期限${t.deadline}）`,
    });
  const answered = await db
    .selectFrom('supervisionCaseMeasures')
    .select(['id', 'caseId', 'kind', 'answeredOn'])
    .where('status', '=', 'answered')
    .execute();
  for (const m of answered) {
    const by = (await deps.calendar.addWorkingDays(m.answeredOn!, VERIFY_WITHIN_WORKING_DAYS)).value;
    if (by < today)
      out.push({
        caseId: m.caseId,
        kind: 'verification_overdue',
        targetType: 'measure',
        targetId: m.id,
        dueOn: by,
        summary: `${MEASURE_LABELS[m.kind as keyof typeof MEASURE_LABELS]}答复逾期未核实（应于${by}前核实）`,
      });
  }
  const fed = await db
    .selectFrom('supervisionCases')
    .select(['id', 'feedbackOn'])
    .where('status', '=', 'feedback_given')
    .where('feedbackOn', 'is not', null)
    .where('verifiedOn', 'is', null)
    .execute();
  for (const c of fed) {
    const by = (await deps.calendar.addWorkingDays(c.feedbackOn!, VERIFY_WITHIN_WORKING_DAYS)).value;
    if (by < today)
      out.push({
        caseId: c.id,
        kind: 'verification_overdue',
        targetType: 'case',
        targetId: c.id,
        dueOn: by,
        summary: `核查反馈逾期未核实（应于${by}前核实）`,
      });
  }
  return out;
}

async function raise(
  trx: Kysely<DB>,
  deps: SupervisionDeps,
  cases: CasesService,
  actor: Actor,
  today: string,
  d: Due,
): Promise<{ raised: boolean; published: boolean }> {
  const repo = new CasesRepository(trx);
  const c = await repo.caseById(d.caseId);
  if (!c || c.status === 'closed') return { raised: false, published: false };
  const existing = await repo.alarmOf(d.kind, d.targetType, d.targetId);
  let raised = false;
  if (!existing) {
    await repo.insertAlarm({
      caseId: d.caseId,
      kind: d.kind,
      targetType: d.targetType,
      targetId: d.targetId,
      dueOn: d.dueOn,
      raisedOn: today,
      resolvedOn: null,
      summary: d.summary,
    });
    raised = true;
  } else if (existing.resolvedOn) {
    await repo.reopenAlarm(existing.id, { dueOn: d.dueOn, raisedOn: today, summary: d.summary });
    raised = true;
  }
  const now = deps.clock.now().toISOString();
  if (raised) {
    await repo.addEvent(c.id, 'alarm', `电子监察告警：${d.summary}`, actor.name, now);
    await cases.syncAlarmed(trx, c.id);
    if (c.handlerId)
      await deps.todos.add(trx, {
        userId: c.handlerId,
        kind: 'supervision_case_alarm',
        title: `${c.orgName}：${d.summary}`.slice(0, 200),
        link: `/supervision-cases/${c.id}`,
        priority: 2,
        sourceKey: alarmTodoKey(c.id),
      });
    await cases.audit(trx, actor, c, 'supervision_case_alarm', d.summary, { kind: d.kind, targetId: d.targetId });
  }
  let published = false;
  if (d.publish) {
    await publishOverdue(trx, deps, actor, c, d.publish);
    await repo.updateMeasure(d.publish.measureId, { overduePublishedOn: today });
    published = true;
  }
  return { raised, published };
}

async function publishOverdue(
  trx: Kysely<DB>,
  deps: SupervisionDeps,
  actor: Actor,
  c: CaseRow,
  p: NonNullable<Due['publish']>,
) {
  await deps.events.publish(
    trx,
    {
      name: 'rectification_overdue',
      payload: {
        orgId: c.orgId,
        orgName: c.orgName,
        uscc: c.uscc,
        regionCode: c.regionCode,
        authorityRegionCode: c.authorityRegionCode,
        supervisorUnitId: c.supervisorUnitId,
        caseId: c.id,
        measureId: p.measureId,
        measure: p.measure,
        deadline: p.deadline,
      },
    },
    actor,
  );
}
