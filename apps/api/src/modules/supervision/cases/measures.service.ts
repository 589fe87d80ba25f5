import type { Kysely } from 'kysely';
import type { TCaseMeasure, TMeasureAnswer, TMeasureCreate, TMeasureVerify } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { fromJson, toJson } from '../../../db/dialect';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import { MB } from '../../../platform/files/purposes';
import { authorize } from '../../../platform/auth/authorize';
import type { SupervisionDeps } from '../supervision-deps';
import { caseResource, type CasesService } from './cases.service';
import { CasesRepository, type CaseRow, type MeasureRow } from './cases.repository';
import { isOverdue } from './case-status';

export const CASE_EVIDENCE_PURPOSE = 'supervision_case_evidence';
export const MEASURE_LABELS = {
  reminder_talk: '谈话提醒',
  reminder_letter: '工作提醒函',
  rectification_order: '责令改正通知书',
};
export const orgTodoKey = (measureId: number) => `supervision_measure:${measureId}`;

type Issue = Pick<TMeasureCreate, 'kind' | 'deadline' | 'requirement'> & Partial<TMeasureCreate>;

/**
 * Measures of a case (谈话提醒/约谈, 工作提醒函, 责令改正通知书): issued with their document, answered by the
 * organization with evidence, verified or sent back by the clerk. Each step moves the case's status.
 */
export class MeasuresService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly cases: CasesService,
  ) {
    deps.files.purposes.register({
      name: CASE_EVIDENCE_PURPOSE,
      label: '整改证明材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 30 * MB,
      uploadPermission: 'supervision.respond',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (owner?.type !== 'supervision_case_measure') return false;
        const m = await new CasesRepository(deps.db).measure(Number(owner.id));
        const c = m && (await new CasesRepository(deps.db).caseById(m.caseId));
        return (
          !!c &&
          (authorize(user, 'supervision.read', caseResource(c)).allowed ||
            authorize(user, 'supervision.respond', caseResource(c)).allowed)
        );
      },
    });
  }

  private today(): string {
    return chinaDate(this.deps.clock.now());
  }

  async issue(user: AuthUser, actor: Actor, caseId: number, body: TMeasureCreate): Promise<{ id: number }> {
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.cases.loadForManage(user, caseId, trx);
      if (c.status === 'closed') throw new AppError('CONFLICT', '案件已办结');
      return this.issueIn(trx, actor, caseId, body);
    });
    return { id };
  }

  /** Issues a measure and its document in the caller's transaction (also used by `openFromSource`). */
  async issueIn(trx: Kysely<DB>, actor: Actor, caseId: number, body: Issue): Promise<number> {
    const repo = new CasesRepository(trx);
    const c = (await repo.caseById(caseId))!;
    const today = this.today();
    if (body.deadline < today) throw fieldError('deadline', '期限不能早于今天');
    if (body.kind === 'reminder_talk' && !body.talk) throw fieldError('talk', '请填写谈话记录');
    const doc = await this.document(trx, actor, c, body);
    const now = this.deps.clock.now().toISOString();
    const id = await repo.insertMeasure({
      caseId,
      orgId: c.orgId,
      kind: body.kind,
      deadline: body.deadline,
      requirement: body.requirement,
      talk: toJson(body.talk ?? null),
      documentId: doc?.id ?? null,
      documentNumber: doc?.number ?? null,
      status: 'issued',
      issuedOn: today,
      issuedByName: actor.name,
      answerFiles: toJson([]),
      createdAt: now,
      updatedAt: now,
    });
    const label = MEASURE_LABELS[body.kind];
    await repo.addEvent(
      caseId,
      'measure_issued',
      `${label}${doc ? `（${doc.number}）` : ''}，期限${body.deadline}`,
      actor.name,
      now,
    );
    await this.deps.todos.add(trx, {
      orgId: c.orgId,
      kind: 'supervision_measure',
      title: `${label}：${body.requirement.slice(0, 60)}`,
      link: '/my-supervision',
      dueDate: body.deadline,
      priority: body.kind === 'rectification_order' ? 2 : 1,
      sourceKey: orgTodoKey(id),
    });
    await this.cases.audit(trx, actor, c, 'supervision_measure_issued', `${label}，期限${body.deadline}`, {
      measureId: id,
      kind: body.kind,
      deadline: body.deadline,
      documentNumber: doc?.number ?? null,
    });
    await this.cases.refresh(trx, caseId, actor);
    return id;
  }

  private async document(trx: Kysely<DB>, actor: Actor, c: CaseRow, b: Issue) {
    const base = { authorityRegionCode: c.authorityRegionCode, orgId: c.orgId, actor };
    const linkedTo = { type: 'supervision_case', id: String(c.id) };
    const common = { addressee: c.orgName, contact: b.contact || null };
    if (b.kind === 'rectification_order')
      return this.deps.documents.issue(trx, {
        ...base,
        kind: 'rectification_order',
        linkedTo,
        fields: { ...common, facts: b.facts || c.detail, requirement: b.requirement, deadline: b.deadline },
      });
    if (b.kind === 'reminder_letter')
      return this.deps.documents.issue(trx, {
        ...base,
        kind: 'reminder_letter',
        linkedTo,
        fields: { ...common, content: b.requirement, deadline: b.deadline },
      });
    if (b.talkNotice)
      return this.deps.documents.issue(trx, {
        ...base,
        kind: 'talk_notice',
        linkedTo,
        fields: { ...common, reason: c.detail.slice(0, 1000), ...b.talkNotice },
      });
    return null;
  }

  /** The organization (or its supervising unit) answers with text and evidence. */
  async answer(user: AuthUser, actor: Actor, measureId: number, body: TMeasureAnswer): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const { m, c } = await this.loadMeasure(trx, measureId);
      assertAuthorized(user, 'supervision.respond', caseResource(c));
      if (m.status !== 'issued' && m.status !== 'returned') throw new AppError('CONFLICT', '该措施已答复');
      const files = await this.deps.files.attachAll(
        trx,
        actor,
        body.fileIds,
        { type: 'supervision_case_measure', id: String(m.id) },
        { purpose: CASE_EVIDENCE_PURPOSE, regionCode: c.regionCode, field: 'fileIds' },
      );
      const today = this.today();
      const now = this.deps.clock.now().toISOString();
      const repo = new CasesRepository(trx);
      await repo.updateMeasure(m.id, {
        status: 'answered',
        answer: body.answer,
        answerFiles: toJson(files),
        answeredOn: today,
        answeredByName: user.displayName,
        updatedAt: now,
      });
      await repo.resolveAlarms('measure', m.id, today, ['measure_overdue']);
      await this.cases.syncAlarmed(trx, c.id);
      await repo.addEvent(
        c.id,
        'measure_answered',
        `${MEASURE_LABELS[m.kind as 'reminder_talk']}已答复`,
        actor.name,
        now,
      );
      await this.deps.todos.complete(trx, orgTodoKey(m.id));
      await this.cases.audit(
        trx,
        actor,
        c,
        'supervision_measure_answered',
        `答复${MEASURE_LABELS[m.kind as 'reminder_talk']}`,
        {
          measureId: m.id,
          files: files.map((f) => f.id),
        },
      );
      await this.cases.refresh(trx, c.id, actor);
    });
  }

  /** The clerk verifies the answer, or sends it back with a reason (the organization answers again). */
  async verify(user: AuthUser, actor: Actor, measureId: number, body: TMeasureVerify): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const { m, c } = await this.loadMeasure(trx, measureId);
      await this.cases.loadForManage(user, c.id, trx);
      if (m.status !== 'answered') throw new AppError('CONFLICT', '该措施尚无待核实的答复');
      const today = this.today();
      const now = this.deps.clock.now().toISOString();
      const repo = new CasesRepository(trx);
      const label = MEASURE_LABELS[m.kind as 'reminder_talk'];
      if (body.accepted) {
        await repo.updateMeasure(m.id, {
          status: 'verified',
          verifiedOn: today,
          verifiedByName: user.displayName,
          updatedAt: now,
        });
        await repo.addEvent(c.id, 'measure_verified', `${label}整改情况经核实`, actor.name, now);
      } else {
        await repo.updateMeasure(m.id, { status: 'returned', returnReason: body.reason!, updatedAt: now });
        await repo.addEvent(c.id, 'measure_returned', `${label}答复被退回：${body.reason}`, actor.name, now);
        await this.deps.todos.add(trx, {
          orgId: c.orgId,
          kind: 'supervision_measure',
          title: `${label}答复被退回：${body.reason!.slice(0, 60)}`,
          link: '/my-supervision',
          dueDate: m.deadline,
          priority: 2,
          sourceKey: orgTodoKey(m.id),
        });
      }
      await repo.resolveAlarms('measure', m.id, today, ['verification_overdue']);
      await this.cases.syncAlarmed(trx, c.id);
      await this.cases.audit(
        trx,
        actor,
        c,
        body.accepted ? 'supervision_measure_verified' : 'supervision_measure_returned',
        `${body.accepted ? '核实' : '退回'}${label}答复`,
        { measureId: m.id, reason: body.reason ?? null },
      );
      await this.cases.refresh(trx, c.id, actor);
    });
  }

  private async loadMeasure(trx: Kysely<DB>, measureId: number): Promise<{ m: MeasureRow; c: CaseRow }> {
    const repo = new CasesRepository(trx);
    const m = await repo.measure(measureId);
    const c = m && (await repo.caseById(m.caseId));
    if (!m || !c) throw notFound();
    return { m, c };
  }

  /** The organization's (or supervising unit's) measures, open ones first. */
  async mine(user: AuthUser, state: 'open' | 'all'): Promise<TCaseMeasure[]> {
    assertAuthorized(user, 'supervision.respond');
    let q = this.deps.db
      .selectFrom('supervisionCaseMeasures as m')
      .innerJoin('supervisionCases as c', 'c.id', 'm.caseId')
      .selectAll('m')
      .select(['c.title as caseTitle', 'c.orgName'])
      .where(readScopeCondition(user, 'supervision.respond', { org: 'c.orgId', unit: 'c.supervisorUnitId' }));
    if (state === 'open') q = q.where('m.status', 'in', ['issued', 'returned']);
    const rows = await q.orderBy('m.id', 'desc').limit(200).execute();
    const today = this.today();
    return rows.map((r) => ({ ...presentMeasure(r, today), caseTitle: r.caseTitle, orgName: r.orgName }));
  }

  async documentOf(user: AuthUser, measureId: number) {
    const { m, c } = await this.loadMeasure(this.deps.db, measureId);
    const mayRead =
      authorize(user, 'supervision.read', caseResource(c)).allowed ||
      authorize(user, 'supervision.respond', caseResource(c)).allowed;
    if (!mayRead || !m.documentId) throw notFound('文书不存在');
    const doc = await this.deps.documents.findById(m.documentId);
    if (!doc) throw notFound('文书不存在');
    return doc;
  }
}

export function presentMeasure(m: MeasureRow, today: string): TCaseMeasure {
  return {
    id: m.id,
    caseId: m.caseId,
    kind: m.kind as TCaseMeasure['kind'],
    deadline: m.deadline,
    requirement: m.requirement,
    talk: fromJson(m.talk),
    documentId: m.documentId,
    documentNumber: m.documentNumber,
    status: m.status as TCaseMeasure['status'],
    overdue: (m.status === 'issued' || m.status === 'returned') && isOverdue(m.deadline, today),
    issuedOn: m.issuedOn,
    issuedByName: m.issuedByName,
    answer: m.answer,
    answerFiles: fromJson<{ id: number; name: string }[]>(m.answerFiles) ?? [],
    answeredOn: m.answeredOn,
    returnReason: m.returnReason,
    verifiedOn: m.verifiedOn,
    verifiedByName: m.verifiedByName,
  };
}
