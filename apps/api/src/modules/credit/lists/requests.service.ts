import type { Kysely } from 'kysely';
import {
  CREDIT_LIST_LABELS,
  CREDIT_REQUEST_KIND_LABELS,
  GROUNDS,
  type CreditList,
  type TCreditDecision,
  type TCreditRequest,
  type TCreditRequestCreate,
  type TCreditRequestQuery,
  type TCreditRequestVerified,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import type { CalendarService } from '../../../platform/calendar/calendar.service';
import { chinaDate, type Clock } from '../../../platform/clock';
import { AppError, duplicate, notFound } from '../../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import type { TodosService } from '../../todos/todos.service';
import type { CreditEvidence } from './credit-evidence';
import type { ListingWriter, Who } from './listing-writer';
import { listingResource, removalEligibility, whoOf } from './listings.service';
import { ListsRepository, mapRequest, type ListingRow, type RequestRow } from './lists.repository';
import { presentRequest } from './present';

/** Working days between verification and removal (draft 第十四条: "自查实之日起5个工作日内"). */
export const REMOVE_WITHIN_WORKING_DAYS = 5;
const todoKey = (id: number) => `credit-request:${id}`;

/**
 * Removal applications (移出申请), objections (异议) and credit repair (信用修复): filed by the organization,
 * verified and decided by the authority that registered it; the daily job carries out verified ones by removeBy.
 */
export class RequestsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly evidence: CreditEvidence,
    private readonly todos: TodosService,
    private readonly writer: ListingWriter,
  ) {}

  private today(): string {
    return chinaDate(this.clock.now());
  }

  async list(user: AuthUser, q: TCreditRequestQuery): Promise<{ items: TCreditRequest[]; nextCursor: string | null }> {
    assertAuthorized(user, 'credit.read');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db
      .selectFrom('creditRequests as r')
      .innerJoin('creditListings as l', 'l.id', 'r.listingId')
      .selectAll('r')
      .select('l.list')
      .where(
        readScopeCondition(user, 'credit.read', { region: 'r.regionCode', unit: 'l.supervisorUnitId', org: 'r.orgId' }),
      );
    if (q.status) query = query.where('r.status', '=', q.status);
    if (q.kind) query = query.where('r.kind', '=', q.kind);
    if (after) query = query.where('r.id', '<', after);
    const rows = await query
      .orderBy('r.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((r) => presentRequest(mapRequest(r), r.list)),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  /** An organization files for its own listing only (another organization's is 404). */
  async create(user: AuthUser, actor: Actor, body: TCreditRequestCreate): Promise<TCreditRequest> {
    assertAuthorized(user, 'credit.apply');
    return this.db.transaction().execute(async (trx) => {
      const repo = new ListsRepository(trx);
      const l = await repo.listing(body.listingId);
      if (!l || user.orgId !== l.orgId) throw notFound();
      assertAuthorized(user, 'credit.apply', listingResource(l));
      if (l.status !== 'active') throw new AppError('CONFLICT', '该名录记录已不在列');
      if (body.kind === 'removal' && l.list !== 'abnormal')
        throw new AppError('CONFLICT', '严重违法失信名单请申请信用修复');
      if (body.kind === 'repair' && l.list !== 'dishonest') throw new AppError('CONFLICT', '活动异常名录请申请移出');
      if (body.kind !== 'objection') {
        const e = await removalEligibility(repo, l, this.today());
        if (!e.allowed) throw new AppError('CONFLICT', e.reasons.join('；'));
      }
      if ((await repo.openRequests(l.id)).some((r) => r.kind === body.kind))
        throw duplicate('kind', '已有一份同类申请在办理中');
      const at = this.clock.now().toISOString();
      const id = await repo.insertRequest({
        listingId: l.id,
        orgId: l.orgId,
        orgName: l.orgName,
        regionCode: l.regionCode,
        authorityRegionCode: l.authorityRegionCode,
        kind: body.kind,
        status: 'submitted',
        reason: body.reason,
        evidence: JSON.stringify(body.evidence),
        submittedBy: user.id,
        submittedByName: user.displayName,
        submittedAt: at,
      });
      await this.evidence.attach(trx, actor, body.evidence, { type: 'credit_request', id }, l.regionCode);
      const label = `${CREDIT_REQUEST_KIND_LABELS[body.kind]}（${CREDIT_LIST_LABELS[l.list as CreditList]}）`;
      await this.audit.record(trx, actor, {
        action: 'credit_request_submitted',
        entity: 'credit_request',
        entityId: id,
        regionCode: l.regionCode,
        summary: `${l.orgName}提交${label}`,
        after: body,
      });
      await this.todos.add(trx, {
        role: 'authority_staff',
        regionCode: l.authorityRegionCode,
        kind: 'credit_request',
        title: `${label}：${l.orgName}`.slice(0, 200),
        link: `/credit-listings/${l.id}`,
        dueDate: null,
        sourceKey: todoKey(id),
      });
      return presentRequest((await repo.request(id))!, l.list);
    });
  }

  private async loadForDecision(trx: Kysely<DB>, user: AuthUser, id: number, version?: number) {
    const repo = new ListsRepository(trx);
    const r = await repo.request(id);
    if (!r) throw notFound();
    const l = (await repo.listing(r.listingId))!;
    assertAuthorized(user, 'credit.read', listingResource(l));
    assertAuthorized(user, 'credit.decide', listingResource(l));
    if (version !== undefined && version !== r.version) throw new AppError('STALE_VERSION');
    return { repo, r, l };
  }

  /** Verified: the listing leaves within 5 working days (platform calendar), at the latest on removeBy. */
  async verify(user: AuthUser, actor: Actor, id: number, version?: number): Promise<TCreditRequestVerified> {
    const today = this.today();
    const due = await this.calendar.addWorkingDays(today, REMOVE_WITHIN_WORKING_DAYS);
    return this.db.transaction().execute(async (trx) => {
      const { repo, r, l } = await this.loadForDecision(trx, user, id, version);
      if (r.status !== 'submitted') throw new AppError('CONFLICT', '该申请已处理');
      if (r.kind === 'objection') throw new AppError('CONFLICT', '异议直接作出决定，无需查实');
      const ok = await repo.updateRequest(id, r.version, {
        status: 'verified',
        verifiedOn: today,
        removeBy: due.value,
      });
      if (!ok) throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: 'credit_request_verified',
        entity: 'credit_request',
        entityId: id,
        regionCode: r.regionCode,
        summary: `${r.orgName}的${CREDIT_REQUEST_KIND_LABELS[r.kind as 'removal']}已查实，${due.value}前移出`,
        after: { verifiedOn: today, removeBy: due.value, calendarMissingYears: due.missingYears },
      });
      await this.todos.add(trx, {
        role: 'authority_staff',
        regionCode: r.authorityRegionCode,
        kind: 'credit_request',
        title: `移出名录（已查实）：${r.orgName}`.slice(0, 200),
        link: `/credit-listings/${l.id}`,
        dueDate: due.value,
        sourceKey: todoKey(id),
      });
      return { ...presentRequest((await repo.request(id))!, l.list), calendarMissingYears: due.missingYears };
    });
  }

  async approve(user: AuthUser, actor: Actor, id: number, body: TCreditDecision): Promise<TCreditRequest> {
    return this.db.transaction().execute(async (trx) => {
      const { r, l } = await this.loadForDecision(trx, user, id, body.version);
      await this.carryOut(trx, r, l, whoOf(user, actor), body.reason);
      return presentRequest((await new ListsRepository(trx).request(id))!, l.list);
    });
  }

  async reject(user: AuthUser, actor: Actor, id: number, body: TCreditDecision): Promise<TCreditRequest> {
    return this.db.transaction().execute(async (trx) => {
      const { repo, r, l } = await this.loadForDecision(trx, user, id, body.version);
      if (r.status !== 'submitted' && r.status !== 'verified') throw new AppError('CONFLICT', '该申请已处理');
      await this.decide(trx, r, 'rejected', { actor, userId: user.id, name: user.displayName }, body.reason);
      return presentRequest((await repo.request(id))!, l.list);
    });
  }

  /**
   * Approval: removal or repair → the listing leaves today (application grounds count as met on verification);
   * objection upheld → the listing is annulled. Also what the daily job does on removeBy.
   */
  async carryOut(trx: Kysely<DB>, r: RequestRow, l: ListingRow, who: Who, reason: string, on?: string): Promise<void> {
    if (r.status !== 'submitted' && r.status !== 'verified') throw new AppError('CONFLICT', '该申请已处理');
    const today = on ?? this.today();
    const repo = new ListsRepository(trx);
    if (r.kind !== 'objection') {
      const e = await removalEligibility(repo, l, today);
      if (!e.allowed && l.status === 'active') throw new AppError('CONFLICT', e.reasons.join('；'));
      for (const g of await repo.grounds([l.id]))
        if (!g.fulfilledOn && GROUNDS[g.ground].exit === 'application')
          await repo.fulfilGround(g.id, r.verifiedOn ?? today);
    }
    const removal = r.kind === 'objection' ? 'objection_upheld' : r.kind === 'repair' ? 'credit_repair' : 'application';
    if (l.status === 'active') await this.writer.remove(trx, l, removal, reason, who, today, `request:${r.kind}`);
    await this.decide(trx, r, 'approved', who, reason);
  }

  private async decide(trx: Kysely<DB>, r: RequestRow, status: 'approved' | 'rejected', who: Who, reason: string) {
    const ok = await new ListsRepository(trx).updateRequest(r.id, r.version, {
      status,
      decidedBy: who.userId,
      decidedByName: who.name,
      decidedAt: this.clock.now().toISOString(),
      decisionReason: reason,
    });
    if (!ok) throw new AppError('STALE_VERSION');
    await this.audit.record(trx, who.actor, {
      action: status === 'approved' ? 'credit_request_approved' : 'credit_request_rejected',
      entity: 'credit_request',
      entityId: r.id,
      regionCode: r.regionCode,
      summary:
        `${r.orgName}的${CREDIT_REQUEST_KIND_LABELS[r.kind as 'removal']}${status === 'approved' ? '已同意' : '不予同意'}：${reason}`.slice(
          0,
          500,
        ),
      before: { status: r.status },
      after: { status, reason },
    });
    await this.todos.complete(trx, todoKey(r.id));
  }
}
