import type { Kysely } from 'kysely';
import type { AnnualReviewStep, TReportConclude } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { toJson } from '../../db/dialect';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized } from '../../platform/auth/guard';
import type { EventsService } from '../../platform/events/events.service';
import type { DocumentsService } from '../../platform/documents/documents.service';
import { AppError } from '../../platform/errors';
import { assertStep, reportResource, reviewerStep } from './annual.policy';
import type { AnnualTodos } from './annual-todos';
import { nextStep, revocationGround, stepsOf } from './cycle-rules';
import { HistoryRepository } from './history.repository';
import type { IndicatorSetsService } from './indicator-sets.service';
import { checkOf } from './report-context';
import { OPEN_FOR_FILLING, ReportsRepository, type ReportPatch, type ReportRecord } from './reports.repository';
import type { ReportsService } from './reports.service';

const STEP_NAMES: Record<AnnualReviewStep, string> = {
  supervisor: '业务主管单位',
  party: '党建工作机构',
  authority: '登记管理机关',
};
const CONCLUSION_NAMES = { pass: '合格', basic_pass: '基本合格', fail: '不合格' } as const;

export const orgRef = (r: ReportRecord) => ({
  orgId: r.orgId,
  orgName: r.orgName,
  uscc: r.uscc,
  regionCode: r.regionCode,
  authorityRegionCode: r.authorityRegionCode,
  supervisorUnitId: r.supervisorUnitId,
});

/** The notice's body: the conclusion, its reasons and each rectification item with its deadline. */
export function noticeText(r: Pick<ReportRecord, 'year'>, b: TReportConclude): string {
  const parts = [`经审查，你单位${r.year}年度检查结论为：${CONCLUSION_NAMES[b.conclusion]}。`];
  if (b.reasons) parts.push(`理由：${b.reasons}。`.replace(/。。$/, '。'));
  if (b.rectifications.length > 0)
    parts.push(
      `请你单位按期完成以下整改：${b.rectifications.map((x, i) => `（${i + 1}）${x.item}，${x.dueDate}前完成`).join('；')}。`,
    );
  return parts.join('\n');
}

interface Move {
  action: string;
  step: AnnualReviewStep | null;
  comment: string | null;
  indicatorComments?: Record<string, string>;
  patch: ReportPatch;
  audit: string;
}

/**
 * Submission and the joint review (联审): supervising unit → party-building body → authority. Every move is
 * one transaction — the row under its version (a second reviewer of the same report gets 409, never a lost
 * opinion), the history entry, the to-dos of the step that ends and the one that begins, events and audit.
 */
export class ReviewService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly reports: ReportsService,
    private readonly indicatorSets: IndicatorSetsService,
    private readonly todos: AnnualTodos,
    private readonly documents: DocumentsService,
  ) {}

  private async move(trx: Kysely<DB>, r: ReportRecord, actor: Actor, m: Move): Promise<void> {
    const at = this.clock.now().toISOString();
    const ok = await new ReportsRepository(trx).update(r.id, r.version, { ...m.patch, updatedAt: at });
    if (!ok) throw new AppError('STALE_VERSION');
    await new HistoryRepository(trx).add({
      reportId: r.id,
      action: m.action,
      step: m.step,
      comment: m.comment,
      indicatorComments: m.indicatorComments ?? {},
      actorId: actor.userId,
      actorName: actor.name,
      submissionNo: (m.patch.submissionNo as number | undefined) ?? r.submissionNo,
      at,
    });
    await this.audit.record(trx, actor, {
      action: m.action,
      entity: 'annual_report',
      entityId: r.id,
      regionCode: r.regionCode,
      summary: `${r.orgName} ${r.year}年度报告：${m.audit}${m.comment ? `（${m.comment}）` : ''}`,
      before: { status: r.status, step: r.step, conclusion: r.conclusion },
      after: {
        status: m.patch.status ?? r.status,
        step: m.patch.step === undefined ? r.step : m.patch.step,
        conclusion: m.patch.conclusion ?? r.conclusion,
      },
    });
  }

  private async fresh(user: AuthUser, id: number, version: number): Promise<ReportRecord> {
    const r = await this.reports.load(user, id);
    if (r.version !== version) throw new AppError('STALE_VERSION');
    return r;
  }

  /** Submission locks the report; rule errors and blanks in required indicators refuse it field by field. */
  async submit(user: AuthUser, actor: Actor, id: number, version: number): Promise<void> {
    const r = await this.reports.load(user, id);
    assertAuthorized(user, 'annual.fill', reportResource(r));
    if (!OPEN_FOR_FILLING.includes(r.status)) throw new AppError('CONFLICT', '报告已提交，不能重复提交');
    if (r.version !== version) throw new AppError('STALE_VERSION');
    const { check } = await checkOf(this.db, this.indicatorSets, r);
    const fields: Record<string, string> = {};
    for (const code of check.missing) fields[code] = '此项为必填项';
    for (const e of check.errors) fields[e.field] ??= e.messageZh;
    if (Object.keys(fields).length > 0)
      throw new AppError('VALIDATION_FAILED', '报告还有未填写或不符合规则的项目，请按提示修改后提交', fields);
    const now = this.clock.now();
    const today = chinaDate(now);
    const first = stepsOf(r)[0]!;
    const no = r.submissionNo + 1;
    const late = today > r.dueDate;
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, r, actor, {
        action: no > 1 ? 'resubmitted' : 'submitted',
        step: first,
        comment: late ? `逾期提交（截止日期 ${r.dueDate}）` : null,
        audit: `${no > 1 ? '改正后重新提交' : '提交'}，送${STEP_NAMES[first]}`,
        patch: {
          status: 'in_review',
          step: first,
          submissionNo: no,
          submittedAt: now.toISOString(),
          late: r.late || late,
          riskScore: check.riskScore,
          errorCount: check.errors.length + check.warnings.length,
          riskCount: check.risks.length,
          checkResult: toJson(check)!,
        },
      });
      await new HistoryRepository(trx).addVersion({
        reportId: r.id,
        no,
        values: r.values,
        submittedAt: now.toISOString(),
        submittedBy: actor.userId,
        submittedByName: actor.name,
      });
      await this.todos.done(trx, r.id, 'org');
      await this.todos.forStep(trx, r, first, null);
      await this.events.publish(
        trx,
        {
          name: 'annual_report_submitted',
          payload: { ...orgRef(r), reportId: r.id, year: r.year, submittedAt: now.toISOString() },
        },
        actor,
      );
    });
  }

  /** The supervising unit's or party body's approval: on to the next step of the chain. */
  async approve(
    user: AuthUser,
    actor: Actor,
    id: number,
    step: 'supervisor' | 'party',
    version: number,
    comment?: string,
  ): Promise<void> {
    const r = await this.fresh(user, id, version);
    assertStep(user, r, step);
    const next = nextStep(r, step);
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, r, actor, {
        action: `${step}_approved`,
        step,
        comment: comment || '审查同意',
        audit: `${STEP_NAMES[step]}审查同意，送${STEP_NAMES[next]}`,
        patch: { step: next },
      });
      await this.todos.done(trx, r.id, step);
      await this.todos.forStep(trx, r, next, null);
    });
  }

  /** Back to the organization for correction, with comments on indicators; the values stay as submitted. */
  async returnReport(
    user: AuthUser,
    actor: Actor,
    id: number,
    step: AnnualReviewStep,
    body: { version: number; comment: string; indicatorComments: Record<string, string> },
  ): Promise<void> {
    const r = await this.fresh(user, id, body.version);
    assertStep(user, r, step);
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, r, actor, {
        action: `${step}_returned`,
        step,
        comment: body.comment,
        indicatorComments: body.indicatorComments,
        audit: `${STEP_NAMES[step]}退回修改`,
        patch: { status: 'returned', step: null },
      });
      await this.todos.done(trx, r.id, step);
      await this.todos.forOrg(trx, r, `改正${r.year}年度工作报告：${body.comment}`.slice(0, 200), r.dueDate);
    });
  }

  /** The authority's conclusion (本级): 合格 / 基本合格 (with rectification items) / 不合格, with reasons. */
  async conclude(user: AuthUser, actor: Actor, id: number, body: TReportConclude): Promise<void> {
    const r = await this.fresh(user, id, body.version);
    assertStep(user, r, 'authority');
    const now = this.clock.now();
    const on = chinaDate(now);
    const [last] = await new ReportsRepository(this.db).earlier(r.orgId, r.year, 1);
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, r, actor, {
        action: 'concluded',
        step: 'authority',
        comment: body.reasons ?? null,
        audit: `年检结论：${CONCLUSION_NAMES[body.conclusion]}`,
        patch: {
          status: 'concluded',
          step: null,
          conclusion: body.conclusion,
          conclusionReasons: body.reasons ?? null,
          rectifications: toJson(body.rectifications)!,
          concludedOn: on,
          concludedAt: now.toISOString(),
        },
      });
      const notice = await this.documents.issue(trx, {
        kind: 'annual_conclusion',
        authorityRegionCode: r.authorityRegionCode,
        fields: { addressee: r.orgName, content: noticeText(r, body) },
        linkedTo: { type: 'annual_report', id: String(r.id) },
        orgId: r.orgId,
        actor,
      });
      await new ReportsRepository(trx).setDocument(r.id, notice.id);
      await this.todos.done(trx, r.id, 'authority');
      for (const [i, item] of body.rectifications.entries()) await this.todos.rectification(trx, r, i, item);
      await this.events.publish(
        trx,
        {
          name: 'annual_inspection_concluded',
          payload: { ...orgRef(r), reportId: r.id, year: r.year, conclusion: body.conclusion, concludedOn: on },
        },
        actor,
      );
      const ground = revocationGround(r.orgType, [
        { year: r.year, conclusion: body.conclusion },
        ...(last ? [{ year: last.year, conclusion: last.conclusion }] : []),
      ]);
      if (ground)
        await this.events.publish(
          trx,
          { name: 'org_revocation_candidate', payload: { ...orgRef(r), year: r.year, ground } },
          actor,
        );
    });
  }

  /**
   * Batch action for clean reports (no rule findings, no risk flags): each one approved at the caller's step,
   * or concluded 合格 by the authority. Every report is its own transaction and answers for itself.
   */
  async batchApprove(user: AuthUser, actor: Actor, items: { id: number; version: number }[], comment?: string) {
    if (!user.permissions.has('annual.review') && !user.permissions.has('annual.decide'))
      throw new AppError('FORBIDDEN');
    const results: { id: number; ok: boolean; code: string | null }[] = [];
    for (const item of items) {
      try {
        const r = await this.reports.load(user, item.id);
        if (r.errorCount > 0 || r.riskCount > 0) throw new AppError('CONFLICT', '该报告有规则提示或风险，须逐份审核');
        const step = reviewerStep(user, r);
        if (!step) throw new AppError('CONFLICT');
        if (step === 'authority')
          await this.conclude(user, actor, item.id, {
            version: item.version,
            conclusion: 'pass',
            reasons: comment,
            rectifications: [],
          });
        else await this.approve(user, actor, item.id, step, item.version, comment);
        results.push({ id: item.id, ok: true, code: null });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        results.push({ id: item.id, ok: false, code: e.code });
      }
    }
    return { results };
  }
}
