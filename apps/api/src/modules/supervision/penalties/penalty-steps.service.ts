import type { Kysely, Updateable } from 'kysely';
import {
  HEARING_NOTICE_DAYS,
  PENALTY_ACTION_LABELS,
  PENALTY_EVIDENCE_PURPOSE,
  PENALTY_STATUS_LABELS,
  amountProblems,
  hearingDue,
  mayAct,
  penaltyText,
  statementDeadline,
  type PenaltyAction,
  type PenaltyStatus,
  type Permission,
  type TPenaltyClose,
  type TPenaltyDecision,
  type TPenaltyDetail,
  type TPenaltyExecution,
  type TPenaltyHearing,
  type TPenaltyHearingRecord,
  type TPenaltyInvestigation,
  type TPenaltyPriorNotice,
  type TPenaltyReview,
  type TPenaltyService,
  type TPenaltyStatement,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { PenaltiesTable } from '../../../db/schema-penalties';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized } from '../../../platform/auth/guard';
import { AppError, fieldError } from '../../../platform/errors';
import type { SupervisionDeps } from '../supervision-deps';
import { PenaltiesRepository, type PenaltyRow } from './penalties.repository';
import { penaltyResource, type PenaltiesService } from './penalties.service';
import { decide, decisionPrecheck } from './penalty-decision';

/** What a step handler hands back: the row changes, the step's note, files and document. */
export interface StepOutcome {
  status: PenaltyStatus;
  set?: Updateable<PenaltiesTable>;
  note: string | null;
  files?: number[];
  /** Field name the files were given under (for 400s on a bad id). */
  filesField?: string;
  documentId?: number | null;
  onDate?: string;
  summary: string;
}
export interface StepContext {
  trx: Kysely<DB>;
  p: PenaltyRow;
  user: AuthUser;
  actor: Actor;
  today: string;
}

const fenOrNull = (n: number | null) => (n && n > 0 ? n : null);

/** One POST per procedure step: each checks the state it starts from, the version, and records the step. */
export class PenaltyStepsService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly penalties: PenaltiesService,
  ) {}

  private async run(
    user: AuthUser,
    actor: Actor,
    id: number,
    action: PenaltyAction,
    version: number,
    permission: Permission,
    handle: (c: StepContext) => Promise<StepOutcome>,
    precheck?: (p: PenaltyRow, today: string) => void,
  ): Promise<TPenaltyDetail> {
    const today = this.penalties.today();
    await this.deps.db.transaction().execute(async (trx) => {
      const p = await this.penalties.load(user, id, trx);
      assertAuthorized(user, permission, penaltyResource(p));
      if (version !== p.version) throw new AppError('STALE_VERSION');
      precheck?.(p, today);
      if (!mayAct(p.status, action))
        throw new AppError(
          'CONFLICT',
          `当前为「${PENALTY_STATUS_LABELS[p.status]}」，不能办理「${PENALTY_ACTION_LABELS[action]}」`,
        );
      const out = await handle({ trx, p, user, actor, today });
      const repo = new PenaltiesRepository(trx);
      const at = this.deps.clock.now().toISOString();
      await this.deps.files.attachAll(
        trx,
        actor,
        out.files ?? [],
        { type: 'penalty', id: String(p.id) },
        { purpose: PENALTY_EVIDENCE_PURPOSE, regionCode: p.regionCode, field: out.filesField ?? 'files' },
      );
      if (!(await repo.update(p.id, p.version, { ...out.set, status: out.status, updatedAt: at })))
        throw new AppError('STALE_VERSION');
      await this.reviewTodo(trx, p, out.status);
      await repo.addStep({
        penaltyId: p.id,
        step: action,
        onDate: out.onDate ?? today,
        actorId: user.id,
        actorName: user.displayName,
        note: out.note,
        files: out.files ?? [],
        documentId: out.documentId ?? null,
        at,
      });
      await this.deps.audit.record(trx, actor, {
        action: `penalty_${action}`,
        entity: 'penalty',
        entityId: p.id,
        regionCode: p.regionCode,
        summary: `${p.orgName}：${out.summary}`,
        after: { status: out.status, ...(out.set ?? {}) },
      });
    });
    return this.penalties.get(user, id);
  }

  /**
   * 法制审核 is another officer's step (never the handler's): when a case becomes ready for it, the bureau's
   * staff get a to-do; it closes when the review is recorded or the case leaves the procedure.
   */
  private async reviewTodo(trx: Kysely<DB>, p: PenaltyRow, status: PenaltyStatus): Promise<void> {
    const key = `penalty_review:${p.id}`;
    if (mayAct(status, 'review'))
      await this.deps.todos.add(trx, {
        role: 'authority_staff',
        regionCode: p.authorityRegionCode,
        kind: 'penalty_review',
        title: `行政处罚法制审核：${p.orgName}`.slice(0, 200),
        link: `/penalties/${p.id}`,
        priority: 1,
        sourceKey: key,
      });
    else if (status === 'reviewed') await this.deps.todos.complete(trx, key);
    else await this.deps.todos.cancel(trx, key);
  }

  investigate(user: AuthUser, actor: Actor, id: number, b: TPenaltyInvestigation) {
    return this.run(user, actor, id, 'investigation', b.version, 'penalties.manage', async () => ({
      status: 'investigated',
      note: b.findings,
      files: b.evidence,
      filesField: 'evidence',
      summary: `调查取证，证据${b.evidence.length}份`,
    }));
  }

  /** 事先告知 (第四十四条): the facts, basis and intended penalty, with the right to state and, where due, a hearing. */
  priorNotice(user: AuthUser, actor: Actor, id: number, b: TPenaltyPriorNotice) {
    return this.run(user, actor, id, 'prior_notice', b.version, 'penalties.manage', async ({ trx, p, today }) => {
      const amounts = {
        kinds: b.kinds,
        fineFen: b.fineFen,
        confiscatedFen: b.confiscatedFen,
        suspensionMonths: b.suspensionMonths,
      };
      const problems = amountProblems(amounts);
      if (Object.keys(problems).length > 0)
        throw new AppError('VALIDATION_FAILED', Object.values(problems)[0], problems);
      const hearing = hearingDue(amounts);
      const deadline = statementDeadline(today, hearing);
      const rights =
        `你单位可在收到本告知书之日起三日内向本机关提出陈述和申辩，逾期未提出的，视为放弃此权利。` +
        (hearing
          ? `根据《中华人民共和国行政处罚法》第六十三条、第六十四条，你单位有权要求举行听证，要求听证的，应当在收到本告知书之日起五日内提出。`
          : '');
      const doc = await this.deps.documents.issue(trx, {
        kind: 'penalty_prior_notice',
        authorityRegionCode: p.authorityRegionCode,
        fields: {
          addressee: p.orgName,
          uscc: p.uscc,
          facts: b.facts,
          basis: b.basis,
          penalty: penaltyText(amounts),
          rights,
        },
        linkedTo: { type: 'penalty', id: String(p.id) },
        orgId: p.orgId,
        actor,
      });
      return {
        status: 'notified',
        set: {
          kinds: JSON.stringify(b.kinds),
          fineFen: fenOrNull(b.fineFen),
          confiscatedFen: fenOrNull(b.confiscatedFen),
          suspensionMonths: b.kinds.includes('suspension') ? b.suspensionMonths : null,
          facts: b.facts,
          basis: b.basis,
          hearingDue: hearing,
          noticeOn: today,
          statementDeadline: deadline,
          statementOn: null,
          statement: null,
          hearingRequested: false,
          hearingOn: null,
          heardOn: null,
          reviewedOn: null,
          reviewerId: null,
          reviewerName: null,
        },
        note: `${doc.number}；拟处${penaltyText(amounts)}；陈述申辩期限至${deadline}${hearing ? '（告知听证权利）' : ''}`,
        documentId: doc.id,
        summary: `送达行政处罚事先告知书 ${doc.number}`,
      };
    });
  }

  /** 陈述申辩 (第四十五条) and, where a hearing is due, the request for one within 5 days (第六十四条). */
  statement(user: AuthUser, actor: Actor, id: number, b: TPenaltyStatement) {
    return this.run(user, actor, id, 'statement', b.version, 'penalties.manage', async ({ p, today }) => {
      if (b.statedOn > today) throw fieldError('statedOn', '日期不能晚于今天');
      if (p.noticeOn && b.statedOn < p.noticeOn) throw fieldError('statedOn', '日期不能早于事先告知日期');
      if (b.hearingRequested && !p.hearingDue)
        throw fieldError('hearingRequested', '拟作出的处罚不属于听证范围（行政处罚法第六十三条），不组织听证');
      if (b.hearingRequested && p.statementDeadline && b.statedOn > p.statementDeadline)
        throw fieldError('hearingRequested', `听证申请应在告知后五日内（${p.statementDeadline}前）提出`);
      return {
        status: b.hearingRequested ? 'hearing_requested' : 'notified',
        set: { statementOn: b.statedOn, statement: b.statement, hearingRequested: b.hearingRequested },
        note: b.statement,
        onDate: b.statedOn,
        summary: b.hearingRequested ? '当事人陈述申辩并要求听证' : '记录当事人陈述申辩',
      };
    });
  }

  /** 听证通知 at least 7 days ahead (第六十四条第二项). */
  hearing(user: AuthUser, actor: Actor, id: number, b: TPenaltyHearing) {
    return this.run(user, actor, id, 'hearing', b.version, 'penalties.manage', async ({ trx, p, today }) => {
      const earliest = plusDays(today, HEARING_NOTICE_DAYS);
      if (b.hearingOn < earliest)
        throw fieldError('hearingOn', `应当在举行听证的七日前通知当事人，听证日期不早于${earliest}`);
      const doc = await this.deps.documents.issue(trx, {
        kind: 'hearing_notice',
        authorityRegionCode: p.authorityRegionCode,
        fields: { addressee: p.orgName, caseTitle: p.title, hearingOn: b.hearingOn, place: b.place, host: b.host },
        linkedTo: { type: 'penalty', id: String(p.id) },
        orgId: p.orgId,
        actor,
      });
      return {
        status: 'hearing_scheduled',
        set: { hearingOn: b.hearingOn },
        note: `${doc.number}；${b.hearingOn} ${b.place}，主持人${b.host}`,
        documentId: doc.id,
        summary: `通知听证 ${doc.number}`,
      };
    });
  }

  hearingRecord(user: AuthUser, actor: Actor, id: number, b: TPenaltyHearingRecord) {
    return this.run(user, actor, id, 'hearing_record', b.version, 'penalties.manage', async ({ p, today }) => {
      if (p.hearingOn && today < p.hearingOn) throw new AppError('CONFLICT', `听证定于${p.hearingOn}举行，尚未举行`);
      return { status: 'heard', set: { heardOn: today }, note: b.record, files: b.files, summary: '听证笔录' };
    });
  }

  /** 法制审核 (第五十八条) by someone who did not handle the case; a rejection sends it back to investigation. */
  review(user: AuthUser, actor: Actor, id: number, b: TPenaltyReview) {
    return this.run(user, actor, id, 'review', b.version, 'penalties.review', async ({ trx, p, today }) => {
      const handlers = await new PenaltiesRepository(trx).handlers(p.id);
      if (user.id === p.handlerId || handlers.includes(user.id))
        throw new AppError('FORBIDDEN', '法制审核人员不能是本案的承办人员（行政处罚法第五十八条）');
      if (!b.approved)
        return {
          status: 'investigated',
          set: { reviewedOn: null },
          note: b.opinion,
          summary: '法制审核未通过，退回补充调查',
        };
      return {
        status: 'reviewed',
        set: { reviewedOn: today, reviewerId: user.id, reviewerName: user.displayName },
        note: b.opinion,
        summary: '法制审核通过',
      };
    });
  }

  /** 决定 (第五十七条, 第五十九条): refused while anything of decisionBlockers stands. */
  decision(user: AuthUser, actor: Actor, id: number, b: TPenaltyDecision) {
    return this.run(
      user,
      actor,
      id,
      'decision',
      b.version,
      'penalties.manage',
      (c) => decide(this.deps, c, b),
      decisionPrecheck,
    );
  }

  /** 送达 with the receipt (第六十一条). */
  serve(user: AuthUser, actor: Actor, id: number, b: TPenaltyService) {
    return this.run(user, actor, id, 'service', b.version, 'penalties.manage', async ({ p, today }) => {
      if (b.servedOn > today) throw fieldError('servedOn', '送达日期不能晚于今天');
      if (p.decidedOn && b.servedOn < p.decidedOn) throw fieldError('servedOn', '送达日期不能早于决定日期');
      return {
        status: 'served',
        set: { servedOn: b.servedOn },
        note: b.method,
        files: b.receipt,
        filesField: 'receipt',
        onDate: b.servedOn,
        summary: '处罚决定书已送达',
      };
    });
  }

  execute(user: AuthUser, actor: Actor, id: number, b: TPenaltyExecution) {
    return this.run(user, actor, id, 'execution', b.version, 'penalties.manage', async ({ p, today }) => {
      if (b.executedOn > today) throw fieldError('executedOn', '执行日期不能晚于今天');
      if (p.servedOn && b.executedOn < p.servedOn) throw fieldError('executedOn', '执行日期不能早于送达日期');
      return {
        status: 'executed',
        set: { executedOn: b.executedOn },
        note: b.note,
        files: b.files,
        onDate: b.executedOn,
        summary: '处罚决定已执行',
      };
    });
  }

  close(user: AuthUser, actor: Actor, id: number, b: TPenaltyClose) {
    return this.run(user, actor, id, 'close', b.version, 'penalties.manage', async ({ today }) => ({
      status: 'closed',
      set: { closedOn: today },
      note: b.note,
      summary: '结案',
    }));
  }
}

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
