import { sql, type Kysely } from 'kysely';
import { GROUNDS, addChinaYears, DISHONEST_MIN_YEARS } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor } from '../../../platform/auth/auth-user';
import { chinaDate } from '../../../platform/clock';
import type { JobDefinition, JobLog } from '../../../platform/jobs/job-types';
import { AppError } from '../../../platform/errors';
import type { CreditChanges } from '../credit-changes';
import type { TodosService } from '../../todos/todos.service';
import { listingTodoKey, orgOfListing, type ListingWriter } from './listing-writer';
import { ListsRepository, mapRequest } from './lists.repository';
import type { RequestsService } from './requests.service';

export const DAILY_RULES_JOB = 'credit.daily-rules';
const CHUNK = 1000;

/**
 * Daily, for the slot's China date (a re-run or a catch-up gives the same result: every date written is the
 * rule's own date, and a handled listing is no longer active):
 * 1. verified requests whose removeBy has come are carried out (draft 第十四条: within 5 working days);
 * 2. abnormal listings with nothing to fix leave on autoRemoveOn (6 months, draft 第十四条);
 * 3. abnormal listings reaching moveOn (2 full years) move to the dishonest list (ground abnormal_two_years).
 * Steps 2 and 3 are set-based, in chunks of one short transaction each, so a national register runs quickly.
 */
export function dailyRulesJob(deps: {
  audit: AuditService;
  changes: CreditChanges;
  writer: ListingWriter;
  requests: RequestsService;
  todos: TodosService;
}): JobDefinition<null> {
  return {
    name: DAILY_RULES_JOB,
    title: '信用名录每日规则',
    description: '到期自动移出活动异常名录、满2年转入严重违法失信名单、查实满5个工作日的移出申请自动办理',
    schedule: { every: 'day', at: '02:00' },
    runnable: true,
    run: async (ctx) => {
      const today = chinaDate(ctx.slot);
      const carried = await dueRequests(ctx.db, today, ctx.actor, deps.requests, ctx.log);
      ctx.throwIfCancelled();
      const at = ctx.clock.now().toISOString();
      const autoRemoved = await autoRemove(ctx.db, today, at, ctx.actor, deps);
      ctx.throwIfCancelled();
      const moved = await moveToDishonest(ctx.db, today, at, ctx.actor, deps);
      return {
        summary: `到期移出 ${autoRemoved} 条，转入严重违法失信名单 ${moved} 条，申请到期办理 ${carried} 件`,
        carried,
        autoRemoved,
        moved,
      };
    },
  };
}

/** Verified requests due by today, one transaction each; one that can no longer be carried out is logged and left. */
async function dueRequests(
  db: Kysely<DB>,
  today: string,
  actor: Actor,
  requests: RequestsService,
  log: JobLog,
): Promise<number> {
  let n = 0;
  let after = 0;
  for (;;) {
    const due = await db
      .selectFrom('creditRequests')
      .selectAll()
      .where('status', '=', 'verified')
      .where('removeBy', '<=', today)
      .where('id', '>', after)
      .orderBy('id')
      .limit(100)
      .execute();
    if (due.length === 0) return n;
    for (const row of due) {
      after = row.id;
      const r = mapRequest(row);
      try {
        await db.transaction().execute(async (trx) => {
          const l = (await new ListsRepository(trx).listing(r.listingId))!;
          const who = { actor, userId: null, name: null };
          await requests.carryOut(trx, r, l, who, '查实后5个工作日内移出（到期自动办理）', r.removeBy!);
        });
        n++;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        log.warn('credit request not carried out', { requestId: r.id, reason: e.message });
      }
    }
  }
}

async function autoRemove(
  db: Kysely<DB>,
  today: string,
  at: string,
  actor: Actor,
  deps: { audit: AuditService; changes: CreditChanges },
) {
  let n = 0;
  for (;;) {
    const rows = await db
      .selectFrom('creditListings')
      .select(['id', 'orgId'])
      .where('status', '=', 'active')
      .where('autoRemoveOn', '<=', today)
      .orderBy('autoRemoveOn')
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) return n;
    const ids = rows.map((r) => r.id);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('creditListings')
        .set({
          status: 'removed',
          removedOn: sql`auto_remove_on`,
          removalReason: 'auto_six_months',
          removalBasis: `${GROUNDS.minor_penalty.basis}；列入满6个月，无需整改或履行义务，自动移出`,
          removedByName: '系统',
          version: sql`version + 1`,
          updatedAt: at,
        })
        .where('id', 'in', ids)
        .where('status', '=', 'active')
        .execute();
      await deps.audit.record(trx, actor, {
        action: 'credit_auto_removed',
        entity: 'credit_listing',
        summary: `列入活动异常名录满6个月自动移出 ${ids.length} 条`,
        after: { listingIds: ids, on: today },
      });
      await deps.changes.emit(trx, [...new Set(rows.map((r) => r.orgId))], 'daily:auto_removed');
    });
    n += ids.length;
  }
}

async function moveToDishonest(
  db: Kysely<DB>,
  today: string,
  at: string,
  actor: Actor,
  deps: { audit: AuditService; changes: CreditChanges; writer: ListingWriter; todos: TodosService },
) {
  let n = 0;
  for (;;) {
    const rows = await db
      .selectFrom('creditListings')
      .selectAll()
      .where('status', '=', 'active')
      .where('moveOn', '<=', today)
      .orderBy('moveOn')
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) return n;
    await db.transaction().execute(async (trx) => {
      const ids = rows.map((r) => r.id);
      await trx
        .updateTable('creditListings')
        .set({
          status: 'moved',
          removedOn: sql`move_on`,
          removalReason: 'moved',
          removalBasis: GROUNDS.abnormal_two_years.basis,
          removedByName: '系统',
          version: sql`version + 1`,
          updatedAt: at,
        })
        .where('id', 'in', ids)
        .execute();
      const orgIds = [...new Set(rows.map((r) => r.orgId))];
      const already = new Set(
        (
          await trx
            .selectFrom('creditListings')
            .select('orgId')
            .where('orgId', 'in', orgIds)
            .where('list', '=', 'dishonest')
            .where('status', '=', 'active')
            .execute()
        ).map((r) => r.orgId),
      );
      const detail = (r: (typeof rows)[number]) => `自${r.listedOn}起列入活动异常名录满2年`;
      const fresh = rows.filter((r) => !already.has(r.orgId));
      if (fresh.length > 0) {
        const inserted = await trx
          .insertInto('creditListings')
          .values(
            fresh.map((r) => ({
              ...orgOfListing(r),
              list: 'dishonest',
              status: 'active',
              listedOn: r.moveOn!,
              clockStart: r.moveOn!,
              removableFrom: addChinaYears(r.moveOn!, DISHONEST_MIN_YEARS),
              fromListingId: r.id,
              decidedByName: '系统',
              createdAt: at,
              updatedAt: at,
            })),
          )
          .returning(['id', 'fromListingId'])
          .execute();
        const byFrom = new Map(fresh.map((r) => [r.id, r]));
        await trx
          .insertInto('creditListingGrounds')
          .values(
            inserted.map((x) => {
              const from = byFrom.get(x.fromListingId!)!;
              return {
                listingId: x.id,
                ground: 'abnormal_two_years',
                occurredOn: from.moveOn!,
                detail: detail(from),
                source: 'rule',
                evidence: '[]',
                createdAt: at,
              };
            }),
          )
          .execute();
      }
      // An organization already on the dishonest list: the new ground joins it and restarts its clock.
      for (const r of rows.filter((x) => already.has(x.orgId)))
        await deps.writer.list(
          trx,
          orgOfListing(r),
          {
            ground: 'abnormal_two_years',
            occurredOn: r.moveOn!,
            detail: detail(r),
            source: 'rule',
            fromListingId: r.id,
          },
          { actor, userId: null, name: '系统' },
          r.moveOn!,
          'daily:moved',
        );
      for (const id of ids) await deps.todos.complete(trx, listingTodoKey(id));
      await deps.audit.record(trx, actor, {
        action: 'credit_moved',
        entity: 'credit_listing',
        summary: `列入活动异常名录满2年转入严重违法失信名单 ${ids.length} 条`,
        after: { listingIds: ids, on: today },
      });
      await deps.changes.emit(trx, orgIds, 'daily:moved');
    });
    n += rows.length;
  }
}
