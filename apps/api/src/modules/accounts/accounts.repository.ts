import type { Insertable, Kysely, RawBuilder, SqlBool, Updateable } from 'kysely';
import type { Role } from '@shezu/contracts';
import type { DB, UsersTable } from '../../db/schema';
import { escapeLike, likeOperator, engineOf, toBool } from '../../db/dialect';

/** A user row as it leaves this layer: booleans as booleans, roles attached. */
export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  regionCode: string | null;
  regionName: string | null;
  unitId: number | null;
  unitName: string | null;
  orgId: number | null;
  phone: string | null;
  idNumberEnc: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  demoPassword: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  roles: Role[];
}

export interface UserListFilter {
  q?: string;
  role?: Role;
  regionCode?: string;
  unitId?: number;
  disabled?: boolean;
  afterId?: number;
}

type NewUser = Insertable<UsersTable>;
type UserPatch = Updateable<UsersTable>;

export class AccountsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('users')
      .leftJoin('regions', 'regions.code', 'users.regionCode')
      .leftJoin('units', 'units.id', 'users.unitId')
      .select([
        'users.id',
        'users.username',
        'users.displayName',
        'users.passwordHash',
        'users.regionCode',
        'regions.fullName as regionName',
        'users.unitId',
        'units.name as unitName',
        'users.orgId',
        'users.phone',
        'users.idNumberEnc',
        'users.disabled',
        'users.mustChangePassword',
        'users.demoPassword',
        'users.failedLogins',
        'users.lockedUntil',
        'users.lastLoginAt',
        'users.version',
        'users.createdAt',
        'users.updatedAt',
      ]);
  }

  private async withRoles(
    rows: Awaited<ReturnType<ReturnType<AccountsRepository['base']>['execute']>>,
  ): Promise<UserRecord[]> {
    if (rows.length === 0) return [];
    const roles = await this.db
      .selectFrom('userRoles')
      .select(['userId', 'role'])
      .where(
        'userId',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('role')
      .execute();
    const byUser = new Map<number, Role[]>();
    for (const r of roles) {
      const list = byUser.get(r.userId) ?? [];
      list.push(r.role as Role);
      byUser.set(r.userId, list);
    }
    return rows.map((r) => ({
      ...r,
      disabled: toBool(r.disabled),
      mustChangePassword: toBool(r.mustChangePassword),
      demoPassword: toBool(r.demoPassword),
      roles: byUser.get(r.id) ?? [],
    }));
  }

  async findById(id: number): Promise<UserRecord | undefined> {
    return (await this.withRoles(await this.base().where('users.id', '=', id).execute()))[0];
  }

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    return (await this.withRoles(await this.base().where('users.username', '=', username).execute()))[0];
  }

  async list(filter: UserListFilter, scope: RawBuilder<SqlBool>, limit: number): Promise<UserRecord[]> {
    let q = this.base().where(scope);
    if (filter.q) {
      const pattern = `%${escapeLike(filter.q)}%`;
      const op = likeOperator(engineOf(this.db));
      q = q.where((eb) => eb.or([eb('users.username', op, pattern), eb('users.displayName', op, pattern)]));
    }
    if (filter.role) {
      const role = filter.role;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('userRoles')
            .select('userRoles.userId')
            .whereRef('userRoles.userId', '=', 'users.id')
            .where('userRoles.role', '=', role),
        ),
      );
    }
    if (filter.regionCode) q = q.where('users.regionCode', '=', filter.regionCode);
    if (filter.unitId) q = q.where('users.unitId', '=', filter.unitId);
    if (filter.disabled !== undefined) q = q.where('users.disabled', '=', filter.disabled);
    if (filter.afterId) q = q.where('users.id', '>', filter.afterId);
    return this.withRoles(await q.orderBy('users.id').limit(limit).execute());
  }

  async insert(user: NewUser, roles: Role[]): Promise<number> {
    const { id } = await this.db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
    await this.setRoles(id, roles);
    return id;
  }

  async setRoles(userId: number, roles: Role[]): Promise<void> {
    await this.db.deleteFrom('userRoles').where('userId', '=', userId).execute();
    if (roles.length > 0)
      await this.db
        .insertInto('userRoles')
        .values(roles.map((role) => ({ userId, role })))
        .execute();
  }

  /** Optimistic update: false when the version moved on since the caller read it. */
  async update(id: number, version: number, patch: UserPatch): Promise<boolean> {
    const r = await this.db
      .updateTable('users')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Unconditional update for the login bookkeeping (failure counter, lock, last login). */
  async updateLoginState(
    id: number,
    patch: Pick<UserPatch, 'failedLogins' | 'lockedUntil' | 'lastLoginAt'>,
  ): Promise<void> {
    await this.db.updateTable('users').set(patch).where('id', '=', id).execute();
  }

  async usernameTaken(username: string): Promise<boolean> {
    return !!(await this.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst());
  }

  async idNumberTaken(hash: string, exceptId?: number): Promise<boolean> {
    let q = this.db.selectFrom('users').select('id').where('idNumberHash', '=', hash);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return !!(await q.executeTakeFirst());
  }

  async countDemoPasswords(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('demoPassword', '=', true)
      .where('disabled', '=', false)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async countAll(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
