import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import { engineOf, fromJson, toJson } from '../../db/dialect';
import type { AuditContent } from './chain';

export interface AuditRow extends AuditContent {
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: number;
  action?: string;
  from?: string;
  to?: string;
  beforeId?: number;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Reads and locks the chain head; callers hold the lock until their transaction ends. */
  async lockHead(): Promise<{ lastId: number; lastHash: string }> {
    let q = this.db.selectFrom('auditHead').select(['lastId', 'lastHash']).where('id', '=', 1);
    if (engineOf(this.db) === 'postgres') q = q.forUpdate();
    return q.executeTakeFirstOrThrow();
  }

  async append(rows: AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('auditLog')
      .values(rows.map((r) => ({ ...r, before: toJson(r.before), after: toJson(r.after) })))
      .execute();
    const last = rows[rows.length - 1]!;
    await this.db.updateTable('auditHead').set({ lastId: last.id, lastHash: last.hash }).where('id', '=', 1).execute();
  }

  async head(): Promise<{ lastId: number; lastHash: string }> {
    return this.db.selectFrom('auditHead').select(['lastId', 'lastHash']).where('id', '=', 1).executeTakeFirstOrThrow();
  }

  /** Rows after `afterId` in id order, for the chain check. */
  async batch(afterId: number, size: number): Promise<AuditRow[]> {
    const rows = await this.db
      .selectFrom('auditLog')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(size)
      .execute();
    return rows.map((r) => ({ ...r, before: fromJson(r.before), after: fromJson(r.after) }));
  }

  /** Newest first, keyset-paged; `scope` is the read-scope condition on the row's region. */
  async list(filter: AuditFilter, scope: RawBuilder<SqlBool>, limit: number): Promise<AuditRow[]> {
    let q = this.db.selectFrom('auditLog').selectAll().where(scope);
    if (filter.entity) q = q.where('entity', '=', filter.entity);
    if (filter.entityId) q = q.where('entityId', '=', filter.entityId);
    if (filter.actorId) q = q.where('actorId', '=', filter.actorId);
    if (filter.action) q = q.where('action', '=', filter.action);
    if (filter.from) q = q.where('at', '>=', filter.from);
    if (filter.to) q = q.where('at', '<', filter.to);
    if (filter.beforeId) q = q.where('id', '<', filter.beforeId);
    const rows = await q.orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ ...r, before: fromJson(r.before), after: fromJson(r.after) }));
  }
}
