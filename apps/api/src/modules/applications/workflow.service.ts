import type { Kysely } from 'kysely';
import { FOUNDING_KINDS, type ApplicationAction, type ApplicationStatus, type ApplicationStep } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { toJson } from '../../db/dialect';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { AppError } from '../../platform/errors';
import type { OrgsQuery } from '../orgs/orgs.query';
import { assertAllowed } from './applications.policy';
import { ApplicationsRepository, type ApplicationPatch, type ApplicationRecord } from './applications.repository';
import type { ApplicationsService } from './applications.service';
import type { ApprovalEffects, ApprovalInput } from './approval-effects';
import { HistoryRepository } from './history.repository';
import type { ReviewSteps } from './review-steps';
import type { SubmissionChecks } from './submission-checks';

interface Step {
  action: string;
  status: ApplicationStatus;
  step: ApplicationStep | null;
  comment: string | null;
  patch?: ApplicationPatch;
  submissionNo?: number;
}

/**
 * The workflow: submit → supervising unit (skipped for directly registered categories) → authority
 * (本级) → approved | rejected; returned for correction and resubmitted; withdrawn while undecided.
 * Each transition is one transaction: the row (optimistic version), its history entry, the to-dos of
 * the step that ends and the step that begins, the audit row and, on approval, the register's change.
 */
export class WorkflowService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly applications: ApplicationsService,
    private readonly orgs: OrgsQuery,
    private readonly checks: SubmissionChecks,
    private readonly steps: ReviewSteps,
    private readonly effects: ApprovalEffects,
  ) {}

  private async begin(user: AuthUser, id: number, action: ApplicationAction, version: number) {
    const a = await this.applications.load(user, id);
    assertAllowed(a, user, action);
    if (version !== a.version) throw new AppError('STALE_VERSION');
    return a;
  }

  /** Writes the transition inside `trx`: row, history, audit. */
  private async move(trx: Kysely<DB>, a: ApplicationRecord, actor: Actor, s: Step): Promise<void> {
    const at = this.clock.now().toISOString();
    const ok = await new ApplicationsRepository(trx).update(a.id, a.version, {
      status: s.status,
      step: s.step,
      ...(s.step === null ? { dueDate: null, dueEstimated: false } : {}),
      ...s.patch,
      updatedAt: at,
    });
    if (!ok) throw new AppError('STALE_VERSION');
    await new HistoryRepository(trx).add({
      applicationId: a.id,
      action: s.action,
      status: s.status,
      step: s.step,
      comment: s.comment,
      actorId: actor.userId,
      actorName: actor.name,
      submissionNo: s.submissionNo ?? a.submissionNo,
      at,
    });
    await this.audit.record(trx, actor, {
      action: s.action,
      entity: 'application',
      entityId: a.id,
      regionCode: (s.patch?.regionCode as string | undefined) ?? a.regionCode,
      summary: `${a.orgName ?? `申请第${a.id}号`}${s.comment ? `：${s.comment}` : ''}`,
      before: { status: a.status, step: a.step },
      after: { status: s.status, step: s.step },
    });
  }

  async submit(user: AuthUser, actor: Actor, id: number, version: number): Promise<void> {
    const a = await this.begin(user, id, 'submit', version);
    const place = (FOUNDING_KINDS as readonly string[]).includes(a.kind)
      ? await this.checks.founding(a)
      : await this.checks.forOrg(a, await this.orgs.record(user, a.orgId!));
    const first: ApplicationStep = place.directRegistration || !place.supervisorUnitId ? 'authority' : 'supervisor';
    const plan = await this.steps.plan(first, place.authorityRegionCode);
    const no = a.submissionNo + 1;
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, a, actor, {
        action: no > 1 ? 'resubmitted' : 'submitted',
        status: 'submitted',
        step: first,
        comment: first === 'authority' ? '直接登记（或无业务主管单位），径送登记管理机关审批' : null,
        submissionNo: no,
        patch: {
          ...place,
          submissionNo: no,
          dueDate: plan.dueDate,
          dueEstimated: plan.estimated,
          submittedAt: a.submittedAt ?? at,
        },
      });
      await new HistoryRepository(trx).addVersion(id, {
        no,
        data: a.data,
        attachments: a.attachments,
        submittedAt: at,
        submittedBy: actor.userId,
        submittedByName: actor.name,
      });
      if (a.status === 'returned') await this.steps.closeCorrection(trx, id, 'done');
      await this.steps.open(trx, { ...a, ...place }, plan);
    });
  }

  async withdraw(user: AuthUser, actor: Actor, id: number, version: number, comment?: string): Promise<void> {
    const a = await this.begin(user, id, 'withdraw', version);
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, a, actor, {
        action: 'withdrawn',
        status: 'withdrawn',
        step: null,
        comment: comment ?? null,
      });
      if (a.step) await this.steps.close(trx, id, a.step, 'cancelled');
      if (a.status === 'returned') await this.steps.closeCorrection(trx, id, 'cancelled');
    });
  }

  async supervisorApprove(user: AuthUser, actor: Actor, id: number, version: number, comment?: string): Promise<void> {
    const a = await this.begin(user, id, 'supervisor-approve', version);
    const plan = await this.steps.plan('authority', a.authorityRegionCode!);
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, a, actor, {
        action: 'supervisor_approved',
        status: 'submitted',
        step: 'authority',
        comment: comment ?? '审查同意',
        patch: { dueDate: plan.dueDate, dueEstimated: plan.estimated },
      });
      await this.steps.close(trx, id, 'supervisor', 'done');
      await this.steps.open(trx, a, plan);
    });
  }

  /** Back to the applicant for correction, by the supervising unit or the authority. */
  async returnForCorrection(
    user: AuthUser,
    actor: Actor,
    id: number,
    by: 'supervisor-return' | 'return',
    version: number,
    comment: string,
  ): Promise<void> {
    const a = await this.begin(user, id, by, version);
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, a, actor, {
        action: by === 'return' ? 'returned' : 'supervisor_returned',
        status: 'returned',
        step: null,
        comment,
      });
      await this.steps.close(trx, id, a.step!, 'done');
      await this.steps.askCorrection(trx, a, comment);
    });
  }

  async reject(user: AuthUser, actor: Actor, id: number, version: number, reason: string): Promise<void> {
    const a = await this.begin(user, id, 'reject', version);
    const now = this.clock.now();
    await this.db.transaction().execute(async (trx) => {
      await this.move(trx, a, actor, {
        action: 'rejected',
        status: 'rejected',
        step: null,
        comment: reason,
        patch: { decisionReason: reason, decidedAt: now.toISOString(), decidedOn: chinaDate(now) },
      });
      await this.steps.close(trx, id, 'authority', 'done');
    });
  }

  /** The authority's approval and its effect on the register, all or nothing. */
  async approve(
    user: AuthUser,
    actor: Actor,
    id: number,
    input: ApprovalInput & { version: number; comment?: string | undefined },
  ): Promise<void> {
    const a = await this.begin(user, id, 'approve', input.version);
    const org = await this.effects.prepare(user, a);
    const now = this.clock.now();
    await this.db.transaction().execute(async (trx) => {
      // The row first: a second approver waits on it and then fails the version check before any effect.
      await this.move(trx, a, actor, {
        action: 'approved',
        status: 'approved',
        step: null,
        comment: input.comment ?? null,
        patch: { decidedAt: now.toISOString(), decidedOn: chinaDate(now) },
      });
      const result = await this.effects.apply(trx, a, input, actor, org);
      await new ApplicationsRepository(trx).setOutcome(id, {
        orgId: result.orgId ?? a.orgId,
        certificateDocumentId: result.certificateDocumentId,
        ...(result.data ? { data: toJson(result.data)! } : {}),
      });
      await this.steps.close(trx, id, 'authority', 'done');
    });
  }
}
