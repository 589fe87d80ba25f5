import type { Kysely } from 'kysely';
import {
  CREDIT_LIST_LABELS,
  CREDIT_REMOVAL_REASON_LABELS,
  GROUNDS,
  listingDates,
  type CreditGround,
  type CreditList,
  type CreditRemovalReason,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor } from '../../../platform/auth/auth-user';
import type { Clock } from '../../../platform/clock';
import { AppError } from '../../../platform/errors';
import type { TodosService } from '../../todos/todos.service';
import type { CreditChanges } from '../credit-changes';
import { ListsRepository, type ListingRow } from './lists.repository';

/** The organization facts copied onto a listing (so lists filter and page on one table). */
export interface ListedOrg {
  orgId: number;
  orgName: string;
  uscc: string | null;
  orgType: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
}

export interface NewGround {
  ground: CreditGround;
  occurredOn: string;
  detail: string;
  source: 'event' | 'manual' | 'rule';
  recordId?: number | null;
  evidence?: number[];
  fromListingId?: number | null;
}

/** Who did it: the actor for the audit trail, and the user id / name stored on the row (null for the system). */
export interface Who {
  actor: Actor;
  userId: number | null;
  name: string | null;
}

/**
 * The one place listings change: listing on a ground (a new listing, or a ground joining the active one and
 * restarting its clock — draft 第十三条 "列入时限重新计算"), and leaving a list. Each change is audited and
 * tells the score (CreditChanges) in the same transaction.
 */
export class ListingWriter {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly changes: CreditChanges,
    private readonly todos: TodosService,
  ) {}

  async list(
    trx: Kysely<DB>,
    org: ListedOrg,
    g: NewGround,
    who: Who,
    on: string,
    cause: string,
  ): Promise<{ listingId: number; groundId: number }> {
    const list = GROUNDS[g.ground].list;
    const repo = new ListsRepository(trx);
    const at = this.clock.now().toISOString();
    const existing = await repo.active(org.orgId, list);
    let listingId: number;
    if (existing) {
      listingId = existing.id;
    } else {
      listingId = await repo.insertListing({
        ...org,
        list,
        status: 'active',
        listedOn: on,
        clockStart: on,
        fromListingId: g.fromListingId ?? null,
        decidedBy: who.userId,
        decidedByName: who.name,
        createdAt: at,
        updatedAt: at,
      });
    }
    const groundId = await repo.insertGround({
      listingId,
      ground: g.ground,
      occurredOn: g.occurredOn,
      detail: g.detail,
      source: g.source,
      recordId: g.recordId ?? null,
      evidence: JSON.stringify(g.evidence ?? []),
      createdBy: who.userId,
      createdByName: who.name,
      createdAt: at,
    });
    const listing = (await repo.listing(listingId))!;
    const grounds = (await repo.grounds([listingId])).map((x) => x.ground);
    const clockStart = existing && on > existing.clockStart ? on : listing.clockStart;
    const dates = listingDates(list, listing.listedOn, clockStart, grounds);
    await repo.updateListing(listingId, listing.version, { ...dates, clockStart, updatedAt: at });
    await this.audit.record(trx, who.actor, {
      action: existing ? 'credit_ground_added' : 'credit_listed',
      entity: 'credit_listing',
      entityId: listingId,
      regionCode: org.regionCode,
      summary: `${org.orgName}${existing ? '新增列入情形' : '列入'}${CREDIT_LIST_LABELS[list]}：${GROUNDS[g.ground].label}`,
      after: { ground: g.ground, occurredOn: g.occurredOn, source: g.source, clockStart, ...dates },
    });
    // The organization's to-do: an obligation to meet before it may apply (grounds leaving by application).
    if (list === 'abnormal' && GROUNDS[g.ground].exit === 'application')
      await this.todos.add(trx, {
        orgId: org.orgId,
        kind: 'credit_listing',
        title: `已列入活动异常名录（${GROUNDS[g.ground].label}），履行义务或完成整改后可申请移出`.slice(0, 200),
        link: '/my-credit',
        dueDate: dates.moveOn,
        priority: 1,
        sourceKey: listingTodoKey(listingId),
      });
    await this.changes.emit(trx, [org.orgId], cause);
    return { listingId, groundId };
  }

  /** Ends a stay: removed (or moved / annulled); 409 when it is no longer active or was changed meanwhile. */
  async remove(
    trx: Kysely<DB>,
    listing: ListingRow,
    reason: CreditRemovalReason,
    basis: string,
    who: Who,
    on: string,
    cause: string,
  ): Promise<void> {
    if (listing.status !== 'active') throw new AppError('CONFLICT', '该名录记录已不在列');
    const status = reason === 'moved' ? 'moved' : reason === 'objection_upheld' ? 'annulled' : 'removed';
    const ok = await new ListsRepository(trx).updateListing(listing.id, listing.version, {
      status,
      removedOn: on,
      removalReason: reason,
      removalBasis: basis,
      removedBy: who.userId,
      removedByName: who.name,
      updatedAt: this.clock.now().toISOString(),
    });
    if (!ok) throw new AppError('STALE_VERSION');
    await this.audit.record(trx, who.actor, {
      action: 'credit_removed',
      entity: 'credit_listing',
      entityId: listing.id,
      regionCode: listing.regionCode,
      summary: `${listing.orgName}移出${CREDIT_LIST_LABELS[listing.list as CreditList]}：${CREDIT_REMOVAL_REASON_LABELS[reason]}`,
      before: { status: listing.status },
      after: { status, removedOn: on, reason, basis },
    });
    await this.todos.complete(trx, listingTodoKey(listing.id));
    await this.changes.emit(trx, [listing.orgId], cause);
  }
}

/** The organization's to-do while an abnormal listing waits for it to meet an obligation. */
export const listingTodoKey = (listingId: number) => `credit-listing:${listingId}`;

export const orgOfListing = (l: ListingRow): ListedOrg => ({
  orgId: l.orgId,
  orgName: l.orgName,
  uscc: l.uscc,
  orgType: l.orgType,
  regionCode: l.regionCode,
  authorityRegionCode: l.authorityRegionCode,
  supervisorUnitId: l.supervisorUnitId,
});
