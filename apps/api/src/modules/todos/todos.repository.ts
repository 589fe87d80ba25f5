import { sql, type ExpressionBuilder, type Insertable, type Kysely } from 'kysely';
import type { DB, TodosTable } from '../../db/schema';

export interface TodoRow {
  id: number;
  userId: number | null;
  unitId: number | null;
  orgId: number | null;
  kind: string;
  title: string;
  link: string | null;
  dueDate: string | null;
  priority: number;
  createdAt: string;
  updatedAt: string | null;
}

/** Who is asking: a to-do reaches the user, their unit, their organization or their role in their region. */
export interface TodoReader {
  userId: number;
  unitId: number | null;
  orgId: number | null;
  regionCode: string | null;
  roles: readonly string[];
}

export interface TodoFilter {
  kind?: string;
  /** true: only overdue; false: only not overdue. */
  overdue?: boolean;
}

function addressedTo(eb: ExpressionBuilder<DB, 'todos'>, who: TodoReader) {
  const or = [eb('userId', '=', who.userId)];
  if (who.unitId) or.push(eb('unitId', '=', who.unitId));
  if (who.orgId) or.push(eb('orgId', '=', who.orgId));
  if (who.regionCode && who.roles.length > 0) {
    or.push(eb.and([eb('regionCode', '=', who.regionCode), eb('role', 'in', [...who.roles])]));
  }
  return eb.or(or);
}

export class TodosRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts, or updates and reopens the item with the same source key. */
  async upsert(row: Insertable<TodosTable> & { sourceKey: string }): Promise<number> {
    const { id } = await this.db
      .insertInto('todos')
      .values(row)
      .onConflict((oc) =>
        oc.column('sourceKey').doUpdateSet((eb) => ({
          userId: eb.ref('excluded.userId'),
          unitId: eb.ref('excluded.unitId'),
          orgId: eb.ref('excluded.orgId'),
          role: eb.ref('excluded.role'),
          regionCode: eb.ref('excluded.regionCode'),
          kind: eb.ref('excluded.kind'),
          title: eb.ref('excluded.title'),
          link: eb.ref('excluded.link'),
          dueDate: eb.ref('excluded.dueDate'),
          priority: eb.ref('excluded.priority'),
          status: 'open',
          doneAt: null,
          updatedAt: eb.ref('excluded.updatedAt'),
        })),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** Closes an open item; false when there is none open under that key. */
  async close(sourceKey: string, status: 'done' | 'cancelled', at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('todos')
      .set({ status, doneAt: at, updatedAt: at })
      .where('sourceKey', '=', sourceKey)
      .where('doneAt', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** close for many keys at once (a closed campaign's open self-inspections); answers how many were open. */
  async closeMany(sourceKeys: string[], status: 'done' | 'cancelled', at: string): Promise<number> {
    let closed = 0;
    for (let i = 0; i < sourceKeys.length; i += 500) {
      const r = await this.db
        .updateTable('todos')
        .set({ status, doneAt: at, updatedAt: at })
        .where('sourceKey', 'in', sourceKeys.slice(i, i + 500))
        .where('doneAt', 'is', null)
        .executeTakeFirst();
      closed += Number(r.numUpdatedRows);
    }
    return closed;
  }

  async findBySourceKey(sourceKey: string) {
    return this.db.selectFrom('todos').selectAll().where('sourceKey', '=', sourceKey).executeTakeFirst();
  }

  /** Open items for the reader, most urgent first (undated last on both engines). */
  async openFor(who: TodoReader, filter: TodoFilter, today: string, limit: number): Promise<TodoRow[]> {
    let q = this.db
      .selectFrom('todos')
      .select([
        'id',
        'userId',
        'unitId',
        'orgId',
        'kind',
        'title',
        'link',
        'dueDate',
        'priority',
        'createdAt',
        'updatedAt',
      ])
      .where('doneAt', 'is', null)
      .where((eb) => addressedTo(eb, who));
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.overdue === true) q = q.where('dueDate', '<', today);
    if (filter.overdue === false) q = q.where((eb) => eb.or([eb('dueDate', 'is', null), eb('dueDate', '>=', today)]));
    return q
      .orderBy('priority', 'desc')
      .orderBy(sql`${sql.ref('dueDate')} is null`)
      .orderBy('dueDate')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** Open and overdue counts per kind, in one indexed pass. */
  async countsFor(who: TodoReader, today: string): Promise<{ kind: string; open: number; overdue: number }[]> {
    const rows = await this.db
      .selectFrom('todos')
      .select((eb) => [
        'kind',
        eb.fn.countAll<number>().as('open'),
        eb.fn.sum<number>(eb.case().when('dueDate', '<', today).then(sql.lit(1)).else(sql.lit(0)).end()).as('overdue'),
      ])
      .where('doneAt', 'is', null)
      .where((eb) => addressedTo(eb, who))
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    return rows.map((r) => ({ kind: r.kind, open: Number(r.open), overdue: Number(r.overdue ?? 0) }));
  }
}
