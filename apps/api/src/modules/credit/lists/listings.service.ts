import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  GROUNDS,
  LETTER_INTERVAL_DAYS,
  mayApplyForRemoval,
  prefixRange,
  unreachablePair,
  type TCreditFulfil,
  type TCreditLetterCreate,
  type TCreditListing,
  type TCreditListingCreate,
  type TCreditListingDetail,
  type TCreditListingQuery,
  type TCreditPenaltyCreate,
  type TCreditProfile,
  type TCreditRecord,
  type TCreditRemove,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { chinaDate, type Clock } from '../../../platform/clock';
import { AppError, duplicate, fieldError, notFound } from '../../../platform/errors';
import type { EventsService } from '../../../platform/events/events.service';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import type { OrgsQuery } from '../../orgs/orgs.query';
import type { CreditChanges } from '../credit-changes';
import type { CreditEvidence } from './credit-evidence';
import type { ListingWriter } from './listing-writer';
import { type Who } from './listing-writer';
import { ListsRepository, type ListingRow } from './lists.repository';
import { presentListings, presentRecord, presentRequest } from './present';

export const listingResource = (
  l: Pick<ListingRow, 'regionCode' | 'authorityRegionCode' | 'supervisorUnitId' | 'orgId'>,
) => ({
  regionCode: l.regionCode,
  authorityRegionCode: l.authorityRegionCode,
  unitIds: [l.supervisorUnitId],
  orgId: l.orgId,
});
export const whoOf = (user: AuthUser, actor: Actor): Who => ({ actor, userId: user.id, name: user.displayName });

/** Staff side of the two lists: the lists, one listing, manual listing, fulfilment, removal, penalties, letters. */
export class ListingsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly evidence: CreditEvidence,
    private readonly orgsQuery: OrgsQuery,
    readonly writer: ListingWriter,
    private readonly changes: CreditChanges,
  ) {}

  private today(): string {
    return chinaDate(this.clock.now());
  }

  async list(user: AuthUser, q: TCreditListingQuery): Promise<{ items: TCreditListing[]; nextCursor: string | null }> {
    assertAuthorized(user, 'credit.read');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db
      .selectFrom('creditListings as l')
      .selectAll('l')
      .where(
        readScopeCondition(user, 'credit.read', { region: 'l.regionCode', unit: 'l.supervisorUnitId', org: 'l.orgId' }),
      );
    if (q.list) query = query.where('l.list', '=', q.list);
    if (q.status) query = query.where('l.status', '=', q.status);
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('l.regionCode', '>=', from).where('l.regionCode', '<', to);
    }
    if (q.ground) {
      const ground = q.ground;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('creditListingGrounds as g')
            .select('g.id')
            .whereRef('g.listingId', '=', 'l.id')
            .where('g.ground', '=', ground),
        ),
      );
    }
    if (q.q) query = query.where(textMatch(q.q));
    if (after) query = query.where('l.id', '<', after);
    const rows = await query
      .orderBy('l.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: await presentListings(this.db, page),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  /** A listing the user may read (404 otherwise). */
  async load(user: AuthUser, id: number, db: Kysely<DB> = this.db): Promise<ListingRow> {
    const l = await new ListsRepository(db).listing(id);
    if (!l) throw notFound();
    assertAuthorized(user, 'credit.read', listingResource(l));
    return l;
  }

  async get(user: AuthUser, id: number): Promise<TCreditListingDetail> {
    const l = await this.load(user, id);
    const [dto] = await presentListings(this.db, [l]);
    const requests = await new ListsRepository(this.db).requestsOf({ listingIds: [id] });
    return { ...dto!, requests: requests.map((r) => presentRequest(r, l.list)) };
  }

  private async org(user: AuthUser, orgId: number) {
    const o = await this.orgsQuery.facts(orgId);
    if (!o) throw fieldError('orgId', '社会组织不存在');
    assertAuthorized(user, 'credit.decide', {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId],
      orgId: o.id,
    });
    return o;
  }

  /** Manual listing with a ground and evidence (grounds entered by staff: entry 'manual'). */
  async create(user: AuthUser, actor: Actor, body: TCreditListingCreate): Promise<TCreditListingDetail> {
    const o = await this.org(user, body.orgId);
    const def = GROUNDS[body.ground];
    if (def.list !== body.list) throw fieldError('ground', '该情形不属于所选名录');
    if (def.entry !== 'manual') throw fieldError('ground', '该情形由业务数据自动列入，不能手工列入');
    if (body.occurredOn > this.today()) throw fieldError('occurredOn', '发生日期不能晚于今天');
    if (body.ground === 'unreachable') {
      const letters = (await new ListsRepository(this.db).records(o.id, ['registered_letter'])).map(
        (r) => r.data as { sentOn: string; signed: boolean },
      );
      if (!unreachablePair(letters))
        throw fieldError(
          'ground',
          `须先登记两次向登记住所邮寄专用信函均无人签收，且间隔${LETTER_INTERVAL_DAYS.min}至${LETTER_INTERVAL_DAYS.max}日`,
        );
    }
    const org = {
      orgId: o.id,
      orgName: o.name,
      uscc: o.uscc,
      orgType: o.type,
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      supervisorUnitId: o.supervisorUnitId,
    };
    const { listingId } = await this.db.transaction().execute(async (trx) => {
      const done = await this.writer.list(
        trx,
        org,
        {
          ground: body.ground,
          occurredOn: body.occurredOn,
          detail: body.detail,
          source: 'manual',
          evidence: body.evidence,
        },
        whoOf(user, actor),
        this.today(),
        'manual_listing',
      );
      await this.evidence.attach(
        trx,
        actor,
        body.evidence,
        { type: 'credit_listing', id: done.listingId },
        o.regionCode,
      );
      return done;
    });
    return this.get(user, listingId);
  }

  /** The obligation behind a ground is met: the organization may then apply for removal. */
  async fulfil(user: AuthUser, actor: Actor, id: number, body: TCreditFulfil): Promise<TCreditListingDetail> {
    await this.db.transaction().execute(async (trx) => {
      const l = await this.load(user, id, trx);
      assertAuthorized(user, 'credit.decide', listingResource(l));
      if (body.version !== undefined && body.version !== l.version) throw new AppError('STALE_VERSION');
      // A moved listing too: repair from the dishonest list needs the original obligation met (严进严出).
      if (l.status !== 'active' && l.status !== 'moved') throw new AppError('CONFLICT', '该名录记录已不在列');
      const repo = new ListsRepository(trx);
      const g = (await repo.grounds([id])).find((x) => x.id === body.groundId);
      if (!g) throw fieldError('groundId', '列入情形不存在');
      if (g.fulfilledOn) throw new AppError('CONFLICT', '该情形已登记履行');
      if (body.fulfilledOn > this.today()) throw fieldError('fulfilledOn', '履行日期不能晚于今天');
      await repo.fulfilGround(g.id, body.fulfilledOn);
      await repo.updateListing(l.id, l.version, { updatedAt: this.clock.now().toISOString() });
      await this.audit.record(trx, actor, {
        action: 'credit_ground_fulfilled',
        entity: 'credit_listing',
        entityId: l.id,
        regionCode: l.regionCode,
        summary: `${l.orgName}已履行义务：${GROUNDS[g.ground].label}`,
        after: { groundId: g.id, fulfilledOn: body.fulfilledOn, note: body.note ?? null },
      });
      await this.changes.emit(trx, [l.orgId], 'ground_fulfilled');
    });
    return this.get(user, id);
  }

  /** Removal by the authority: deregistration completed (revoked grounds), or an application it verified. */
  async remove(user: AuthUser, actor: Actor, id: number, body: TCreditRemove): Promise<TCreditListingDetail> {
    await this.db.transaction().execute(async (trx) => {
      const l = await this.load(user, id, trx);
      assertAuthorized(user, 'credit.decide', listingResource(l));
      if (body.version !== undefined && body.version !== l.version) throw new AppError('STALE_VERSION');
      const repo = new ListsRepository(trx);
      const grounds = await repo.grounds([id]);
      const today = this.today();
      if (body.reason === 'deregistration_completed') {
        if (!grounds.some((g) => g.ground === 'revoked'))
          throw fieldError('reason', '只有因被撤销登记或吊销登记证书列入的，才在注销登记完成后移出');
      } else {
        const e = await removalEligibility(repo, l, today);
        if (!e.allowed) throw new AppError('CONFLICT', e.reasons.join('；'));
      }
      const reason = body.reason === 'application' && l.list === 'dishonest' ? 'credit_repair' : body.reason;
      await this.writer.remove(trx, l, reason, body.basis, whoOf(user, actor), today, 'manual_removal');
      await this.evidence.attach(trx, actor, body.evidence, { type: 'credit_listing', id: l.id }, l.regionCode);
    });
    return this.get(user, id);
  }

  /** A penalty decided by another department: published as `penalty_decided`, which the consumer lists. */
  async penalty(user: AuthUser, actor: Actor, body: TCreditPenaltyCreate): Promise<{ eventId: number }> {
    const o = await this.org(user, body.orgId);
    if (body.decidedOn > this.today()) throw fieldError('decidedOn', '处罚决定日期不能晚于今天');
    if (body.kinds.includes('fine') && !body.fineFen) throw fieldError('fineFen', '请填写罚款金额');
    const eventId = await this.db.transaction().execute(async (trx) => {
      const id = await this.events.publish(
        trx,
        {
          name: 'penalty_decided',
          payload: {
            orgId: o.id,
            orgName: o.name,
            uscc: o.uscc,
            regionCode: o.regionCode,
            authorityRegionCode: o.authorityRegionCode,
            supervisorUnitId: o.supervisorUnitId,
            penaltyId: null,
            decisionNumber: body.decisionNumber,
            kinds: body.kinds,
            fineFen: body.fineFen,
            confiscatedFen: body.confiscatedFen,
            decidedOn: body.decidedOn,
            decidedBy: body.decidedBy,
          },
        },
        actor,
      );
      await this.audit.record(trx, actor, {
        action: 'credit_penalty_entered',
        entity: 'organization',
        entityId: o.id,
        regionCode: o.regionCode,
        summary: `录入${body.decidedBy}对${o.name}的行政处罚（${body.decisionNumber}）`,
        after: body,
      });
      return id;
    });
    return { eventId };
  }

  /** A registered letter to the registered address (two unsigned ones 20–60 days apart: unreachable). */
  async letter(user: AuthUser, actor: Actor, body: TCreditLetterCreate): Promise<TCreditRecord> {
    const o = await this.org(user, body.orgId);
    if (body.sentOn > this.today()) throw fieldError('sentOn', '寄出日期不能晚于今天');
    const id = await this.db.transaction().execute(async (trx) => {
      const repo = new ListsRepository(trx);
      const recordId = await repo.insertRecord({
        orgId: o.id,
        regionCode: o.regionCode,
        authorityRegionCode: o.authorityRegionCode,
        kind: 'other',
        subtype: 'registered_letter',
        occurredOn: body.sentOn,
        title: `向登记住所邮寄专用信函（${body.trackingNo}）${body.signed ? '已签收' : '无人签收'}`,
        data: JSON.stringify(body),
        public: false,
        sourceRef: `letter:${body.trackingNo}`,
        createdBy: user.id,
        createdByName: user.displayName,
        createdAt: this.clock.now().toISOString(),
      });
      if (recordId === undefined) throw duplicate('trackingNo', '该邮件单号已登记');
      await this.audit.record(trx, actor, {
        action: 'credit_letter_recorded',
        entity: 'credit_record',
        entityId: recordId,
        regionCode: o.regionCode,
        summary: `${o.name}：登记专用信函 ${body.trackingNo}`,
        after: body,
      });
      await this.changes.emit(trx, [o.id], 'registered_letter');
      return recordId;
    });
    const [rec] = await new ListsRepository(this.db).recordsByIds([id]);
    return presentRecord(rec!);
  }

  async profile(user: AuthUser, orgId: number): Promise<TCreditProfile> {
    const o = await this.orgsQuery.facts(orgId);
    if (!o) throw notFound();
    assertAuthorized(user, 'credit.read', {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId],
      orgId: o.id,
    });
    const repo = new ListsRepository(this.db);
    const [listings, records, requests] = await Promise.all([
      repo.listingsOfOrg(orgId),
      repo.records(orgId),
      repo.requestsOf({ orgId }),
    ]);
    const listOf = new Map(listings.map((l) => [l.id, l.list]));
    return {
      org: { id: o.id, name: o.name, uscc: o.uscc, orgType: o.type },
      listings: await presentListings(this.db, listings),
      records: records.map(presentRecord),
      requests: requests.map((r) => presentRequest(r, listOf.get(r.listingId) ?? 'abnormal')),
    };
  }
}

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * A credit code finds its organization through the uscc index; any other text is a name substring (a scan
 * of the range the other conditions leave, stopping at the page size).
 */
export function textMatch(text: string) {
  const t = text.trim();
  if (USCC.test(t.toUpperCase())) return sql<SqlBool>`l.uscc = ${t.toUpperCase()}`;
  return sql<SqlBool>`l.org_name like ${`%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
}

/** The rule answer for a listing today, with the org's grounds on either list and the original listing's. */
export async function removalEligibility(repo: ListsRepository, l: ListingRow, today: string) {
  // An annulled listing (objection upheld) was never right: its grounds restart nothing.
  const all = (await repo.groundsOfOrg(l.orgId)).filter((g) => g.listingStatus !== 'annulled');
  const day = (iso: string) => chinaDate(new Date(iso));
  const rule = (g: (typeof all)[number]) => ({
    ground: g.ground,
    listedOn: day(g.createdAt),
    fulfilledOn: g.fulfilledOn,
  });
  const own = all.filter((g) => g.listingId === l.id).map(rule);
  const from = l.fromListingId ? all.filter((g) => g.listingId === l.fromListingId).map(rule) : undefined;
  const latest = all.map((g) => day(g.createdAt)).reduce((a, b) => (a > b ? a : b), l.clockStart);
  return mayApplyForRemoval(
    {
      list: l.list as 'abnormal' | 'dishonest',
      status: l.status,
      clockStart: l.clockStart,
      ...(from ? { fromGrounds: from } : {}),
    },
    own,
    today,
    // The dishonest list's own grounds already restart clockStart; a ground on the abnormal list also counts.
    latest,
  );
}
