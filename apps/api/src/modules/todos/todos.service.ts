import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ROLES, TODO_PRIORITIES, ZIsoDate, ZRegionCode, type TTodo, type TTodoCounts } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuthUser } from '../../platform/auth/auth-user';
import { TodosRepository, type TodoFilter, type TodoReader, type TodoRow } from './todos.repository';

/** What a module adds: exactly one assignee (a user, a unit, an organization, or a role in a region). */
const ZTodoInput = z
  .object({
    userId: z.number().int().positive().optional(),
    unitId: z.number().int().positive().optional(),
    orgId: z.number().int().positive().optional(),
    role: z.enum(ROLES).optional(),
    regionCode: ZRegionCode.optional(),
    kind: z.string().min(1).max(50),
    title: z.string().min(1).max(200),
    link: z.string().startsWith('/').max(500).nullable().optional(),
    dueDate: ZIsoDate.nullable().optional(),
    priority: z
      .number()
      .int()
      .refine((p) => (TODO_PRIORITIES as readonly number[]).includes(p))
      .default(0),
    /** The module's own key for the item, e.g. `annual-report:2025:org:12`: adding again updates it. */
    sourceKey: z.string().min(1).max(200),
  })
  .refine(
    (t) =>
      [t.userId, t.unitId, t.orgId, t.role ?? t.regionCode].filter((v) => v !== undefined).length === 1 &&
      (t.role === undefined) === (t.regionCode === undefined),
    { message: 'a to-do needs exactly one assignee: userId, unitId, orgId, or role with regionCode' },
  );
export type TodoInput = z.input<typeof ZTodoInput>;

const LIST_LIMIT = 200;

function readerOf(user: AuthUser): TodoReader {
  return { userId: user.id, unitId: user.unitId, orgId: user.orgId, regionCode: user.regionCode, roles: user.roles };
}

/**
 * The to-do list modules fill inside their own transactions (keyed by their source key) and users read
 * on the home page. Items are projections of module writes those modules audit, so they are not
 * audited a second time here.
 */
export class TodosService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  /** Adds the item, or updates and reopens the one with the same source key. */
  async add(trx: Kysely<DB>, input: TodoInput): Promise<number> {
    const parsed = ZTodoInput.safeParse(input);
    if (!parsed.success) throw new Error(`invalid to-do: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const t = parsed.data;
    const at = this.clock.now().toISOString();
    return new TodosRepository(trx).upsert({
      userId: t.userId ?? null,
      unitId: t.unitId ?? null,
      orgId: t.orgId ?? null,
      role: t.role ?? null,
      regionCode: t.regionCode ?? null,
      kind: t.kind,
      title: t.title,
      link: t.link ?? null,
      dueDate: t.dueDate ?? null,
      priority: t.priority,
      sourceKey: t.sourceKey,
      status: 'open',
      doneAt: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  /** Marks the open item done; false when nothing was open under the key (already closed or never added). */
  complete(trx: Kysely<DB>, sourceKey: string): Promise<boolean> {
    return new TodosRepository(trx).close(sourceKey, 'done', this.clock.now().toISOString());
  }

  /** Withdraws the open item (the work is no longer needed); false when nothing was open. */
  cancel(trx: Kysely<DB>, sourceKey: string): Promise<boolean> {
    return new TodosRepository(trx).close(sourceKey, 'cancelled', this.clock.now().toISOString());
  }

  /** cancel for many keys, in batches; answers how many were open. */
  cancelMany(trx: Kysely<DB>, sourceKeys: string[]): Promise<number> {
    return new TodosRepository(trx).closeMany(sourceKeys, 'cancelled', this.clock.now().toISOString());
  }

  /** Open items for the user: own, the unit's, the organization's and the role's in the user's region. */
  async mine(user: AuthUser, filter: TodoFilter = {}): Promise<TTodo[]> {
    const today = chinaDate(this.clock.now());
    const rows = await new TodosRepository(this.db).openFor(readerOf(user), filter, today, LIST_LIMIT);
    return rows.map((t) => present(t, today));
  }

  /** For the menu badges. */
  async counts(user: AuthUser): Promise<TTodoCounts> {
    const today = chinaDate(this.clock.now());
    const rows = await new TodosRepository(this.db).countsFor(readerOf(user), today);
    const byKind: TTodoCounts['byKind'] = {};
    for (const r of rows) byKind[r.kind] = { open: r.open, overdue: r.overdue };
    return {
      open: rows.reduce((n, r) => n + r.open, 0),
      overdue: rows.reduce((n, r) => n + r.overdue, 0),
      byKind,
    };
  }
}

function present(t: TodoRow, today: string): TTodo {
  const assignee = t.userId ? 'user' : t.unitId ? 'unit' : t.orgId ? 'org' : 'role';
  return {
    id: t.id,
    kind: t.kind,
    title: t.title,
    link: t.link,
    dueDate: t.dueDate,
    priority: t.priority,
    overdue: !!t.dueDate && t.dueDate < today,
    assignee,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt ?? t.createdAt,
  };
}
