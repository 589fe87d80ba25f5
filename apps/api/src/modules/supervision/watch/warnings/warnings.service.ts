import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  RISK_WARNING_FILE_PURPOSE,
  prefixRange,
  type TRiskWarning,
  type TRiskWarningAnswer,
  type TRiskWarningClose,
  type TRiskWarningCreate,
  type TRiskWarningEscalate,
  type TRiskWarningQuery,
} from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import type { AuditService } from '../../../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../../../platform/auth/auth-user';
import { authorize, readScopeOf } from '../../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../../platform/auth/guard';
import { chinaDate, type Clock } from '../../../../platform/clock';
import { AppError, fieldError, notFound } from '../../../../platform/errors';
import type { FileService } from '../../../../platform/files/files.service';
import { MB } from '../../../../platform/files/purposes';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../../platform/http';
import type { OrgsQuery } from '../../../orgs/orgs.query';
import type { CaseOpener } from '../../cases/case-intake';
import { presentWarning } from './present';
import type { WarningRaiser } from './warning-raiser';
import { targetsOrg, targetsSupervisor } from './warning-rules';
import { WarningsRepository, type WarningRow } from './warnings.repository';

type Page = { items: TRiskWarning[]; nextCursor: string | null };

/** Staff read scope: region subtree, the supervising unit's organizations. */
const resourceOf = (w: WarningRow) => ({
  regionCode: w.regionCode,
  authorityRegionCode: w.authorityRegionCode,
  unitIds: [w.supervisorUnitId],
  orgId: w.orgId,
});
/** Who may answer: the organization and/or its supervising unit, as the warning is addressed. */
const answerResourceOf = (w: WarningRow) => ({
  unitIds: targetsSupervisor(w.target as TRiskWarning['target']) ? [w.supervisorUnitId] : [],
  orgId: targetsOrg(w.target as TRiskWarning['target']) ? w.orgId : null,
});

/** Risk warnings: lists, one warning, raising by hand, the answer, closing out and escalation to a case. */
export class WarningsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly orgsQuery: OrgsQuery,
    private readonly raiser: WarningRaiser,
    private readonly cases: CaseOpener,
  ) {
    files.purposes.register({
      name: RISK_WARNING_FILE_PURPOSE,
      label: '风险预警答复材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 30 * MB,
      uploadPermission: 'supervision.respond',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (owner?.type !== 'risk_warning') return false;
        const w = await new WarningsRepository(this.db).find(Number(owner.id));
        return (
          !!w &&
          (authorize(user, 'supervision.read', resourceOf(w)).allowed ||
            authorize(user, 'supervision.respond', answerResourceOf(w)).allowed)
        );
      },
    });
  }

  private today() {
    return chinaDate(this.clock.now());
  }

  /** Staff list (region subtree; a supervising unit its organizations), newest first. */
  list(user: AuthUser, q: TRiskWarningQuery): Promise<Page> {
    assertAuthorized(user, 'supervision.read');
    const scope = readScopeCondition(user, 'supervision.read', {
      region: 'w.regionCode',
      unit: 'w.supervisorUnitId',
      org: 'w.orgId',
    });
    return this.page(q, scope);
  }

  /** The warnings addressed to the user's organization, or to the user's supervising unit. */
  answerable(user: AuthUser, q: TRiskWarningQuery): Promise<Page> {
    const scope = readScopeOf(user, 'supervision.respond');
    if (scope.kind === 'org')
      return this.page(q, readScopeCondition(user, 'supervision.respond', { org: 'w.orgId' }), ['org', 'both']);
    if (scope.kind === 'unit')
      return this.page(q, readScopeCondition(user, 'supervision.respond', { unit: 'w.supervisorUnitId' }), [
        'supervisor',
        'both',
      ]);
    return Promise.resolve({ items: [], nextCursor: null });
  }

  private async page(
    q: TRiskWarningQuery,
    scope: ReturnType<typeof readScopeCondition>,
    targets?: string[],
  ): Promise<Page> {
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db.selectFrom('riskWarnings as w').selectAll('w').where(scope);
    if (targets) query = query.where('w.target', 'in', targets);
    if (q.status) query = query.where('w.status', '=', q.status);
    if (q.level) query = query.where('w.level', '=', q.level);
    if (q.rule) query = query.where('w.rule', '=', q.rule);
    if (q.orgId) query = query.where('w.orgId', '=', q.orgId);
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('w.regionCode', '>=', from).where('w.regionCode', '<', to);
    }
    if (after) query = query.where('w.id', '<', after);
    const rows = await query
      .orderBy('w.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: page.map(presentWarning),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  private async load(user: AuthUser, id: number, db: Kysely<DB> = this.db): Promise<WarningRow> {
    const w = await new WarningsRepository(db).find(id);
    if (!w) throw notFound();
    const staff = authorize(user, 'supervision.read', resourceOf(w));
    if (staff.allowed) return w;
    const addressee = authorize(user, 'supervision.respond', answerResourceOf(w));
    if (addressee.allowed) return w;
    // Staff out of scope learn nothing (404); an account that reads none of this sees its own refusal.
    throw new AppError(user.permissions.has('supervision.read') ? staff.code : addressee.code);
  }

  async get(user: AuthUser, id: number): Promise<TRiskWarning> {
    return presentWarning(await this.load(user, id));
  }

  /** A warning raised by hand by the bureau that registered the organization. */
  async create(user: AuthUser, actor: Actor, body: TRiskWarningCreate): Promise<TRiskWarning> {
    const o = await this.orgsQuery.facts(body.orgId);
    if (!o) throw fieldError('orgId', '社会组织不存在');
    assertAuthorized(user, 'supervision.manage', {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId],
      orgId: o.id,
    });
    if (body.target !== 'org' && !o.supervisorUnitId)
      throw fieldError('target', '该组织没有业务主管单位，只能向组织发出预警');
    const id = await this.db.transaction().execute(async (trx) =>
      this.raiser.raise(trx, actor, {
        org: {
          orgId: o.id,
          orgName: o.name,
          uscc: o.uscc,
          regionCode: o.regionCode,
          authorityRegionCode: o.authorityRegionCode,
          supervisorUnitId: o.supervisorUnitId,
        },
        level: body.level,
        rule: 'manual',
        reason: body.reason,
        target: body.target,
        sourceRef: `manual:${randomUUID()}`,
        raisedOn: this.today(),
        by: { userId: user.id, name: user.displayName },
      }),
    );
    return this.get(user, id!);
  }

  /** The organization or its supervising unit answers with text and files; the to-dos are done. */
  async answer(user: AuthUser, actor: Actor, id: number, body: TRiskWarningAnswer): Promise<TRiskWarning> {
    await this.db.transaction().execute(async (trx) => {
      const w = await this.load(user, id, trx);
      assertAuthorized(user, 'supervision.respond', answerResourceOf(w));
      this.checkVersion(w, body.version);
      if (w.status !== 'open') throw new AppError('CONFLICT', '该预警已答复或已办结');
      const files = body.files ?? [];
      await this.files.attachAll(
        trx,
        actor,
        files,
        { type: 'risk_warning', id: String(id) },
        { purpose: RISK_WARNING_FILE_PURPOSE, regionCode: w.regionCode, field: 'files' },
      );
      await this.save(trx, w, {
        status: 'answered',
        answerText: body.text,
        answerFiles: JSON.stringify(files),
        answeredBy: user.id,
        answeredByName: user.displayName,
        answeredAt: this.clock.now().toISOString(),
      });
      await this.raiser.clearTodos(trx, id, 'complete');
      await this.audit.record(trx, actor, {
        action: 'risk_warning_answered',
        entity: 'risk_warning',
        entityId: id,
        regionCode: w.regionCode,
        summary: `${w.orgName}：答复风险预警`,
      });
    });
    return this.get(user, id);
  }

  /** The bureau closes the warning out (办结), answered or not. */
  async close(user: AuthUser, actor: Actor, id: number, body: TRiskWarningClose): Promise<TRiskWarning> {
    await this.db.transaction().execute(async (trx) => {
      const w = await this.decidable(user, id, trx, body.version);
      await this.save(trx, w, {
        status: 'closed',
        closeNote: body.note,
        closedBy: user.id,
        closedByName: user.displayName,
        closedAt: this.clock.now().toISOString(),
      });
      await this.raiser.clearTodos(trx, id, 'cancel');
      await this.audit.record(trx, actor, {
        action: 'risk_warning_closed',
        entity: 'risk_warning',
        entityId: id,
        regionCode: w.regionCode,
        summary: `${w.orgName}：风险预警办结（${body.note}）`.slice(0, 500),
      });
    });
    return this.get(user, id);
  }

  /** Turns the warning into a coordinated case (source risk_warning); the case takes it from there. */
  async escalate(user: AuthUser, actor: Actor, id: number, body: TRiskWarningEscalate): Promise<TRiskWarning> {
    await this.db.transaction().execute(async (trx) => {
      const w = await this.decidable(user, id, trx, body.version);
      const { caseId } = await this.cases.openFromSource(trx, actor, {
        orgId: w.orgId,
        source: 'risk_warning',
        sourceRef: `risk_warning:${id}`,
        title: `风险预警转案件：${w.orgName}`.slice(0, 200),
        detail: `${w.reason}\n${body.detail}`,
      });
      await this.save(trx, w, {
        status: 'escalated',
        caseId,
        closeNote: body.detail,
        closedBy: user.id,
        closedByName: user.displayName,
        closedAt: this.clock.now().toISOString(),
      });
      await this.raiser.clearTodos(trx, id, 'cancel');
      await this.audit.record(trx, actor, {
        action: 'risk_warning_escalated',
        entity: 'risk_warning',
        entityId: id,
        regionCode: w.regionCode,
        summary: `${w.orgName}：风险预警转为案件#${caseId}`,
      });
    });
    return this.get(user, id);
  }

  private async decidable(user: AuthUser, id: number, trx: Kysely<DB>, version?: number): Promise<WarningRow> {
    const w = await this.load(user, id, trx);
    assertAuthorized(user, 'supervision.manage', resourceOf(w));
    this.checkVersion(w, version);
    if (w.status === 'closed' || w.status === 'escalated') throw new AppError('CONFLICT', '该预警已办结');
    return w;
  }

  private checkVersion(w: WarningRow, version: number | undefined) {
    if (version !== undefined && version !== w.version) throw new AppError('STALE_VERSION');
  }

  private async save(trx: Kysely<DB>, w: WarningRow, patch: Parameters<WarningsRepository['update']>[2]) {
    const ok = await new WarningsRepository(trx).update(w.id, w.version, {
      ...patch,
      updatedAt: this.clock.now().toISOString(),
    });
    if (!ok) throw new AppError('STALE_VERSION');
  }
}
