import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  ORG_ROLES,
  PORTAL_ROLES,
  UNIT_ROLES,
  isWithinRegion,
  maskIdNumber,
  maskPhone,
  type Role,
  type TUser,
  type TUserCreate,
  type TUserUpdate,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../platform/auth/guard';
import { hashPassword } from '../../platform/auth/password';
import { SessionsRepository } from '../../platform/auth/sessions.repository';
import { blindIndex, decryptField, encryptField } from '../../platform/crypto';
import { AppError, duplicate, fieldError, notFound } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import type { UnitsService } from '../units/units.service';
import { AccountsRepository, type UserListFilter, type UserRecord } from './accounts.repository';

export function presentUser(u: UserRecord, dataKey: Buffer): TUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    regionCode: u.regionCode,
    regionName: u.regionName,
    unitId: u.unitId,
    unitName: u.unitName,
    orgId: u.orgId,
    phoneMasked: maskPhone(u.phone),
    idNumberMasked: u.idNumberEnc ? maskIdNumber(decryptField(dataKey, u.idNumberEnc)) : null,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil,
    lastLoginAt: u.lastLoginAt,
    version: u.version,
    createdAt: u.createdAt,
  };
}

/** The audit view of a user: no hashes, personal data masked. */
function auditView(
  u: Pick<UserRecord, 'username' | 'displayName' | 'roles' | 'regionCode' | 'unitId' | 'orgId' | 'phone' | 'disabled'>,
) {
  return {
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    regionCode: u.regionCode,
    unitId: u.unitId,
    orgId: u.orgId,
    phone: maskPhone(u.phone),
    disabled: u.disabled,
  };
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
/** An initial password that meets the policy, shown once to the admin who issued it. */
export function generateInitialPassword(): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = [
    pick('ABCDEFGHJKLMNPQRSTUVWXYZ'),
    pick('abcdefghijkmnpqrstuvwxyz'),
    pick('23456789'),
    pick('!@#$%&*?'),
  ];
  while (chars.length < 12) chars.push(pick(ALPHABET));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

type Assignment = Pick<TUserCreate, 'roles' | 'regionCode' | 'unitId' | 'orgId'>;

export class UsersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly dataKey: Buffer,
    private readonly units: UnitsService,
    private readonly regions: RegionsService,
  ) {}

  async list(user: AuthUser, filter: UserListFilter, limit: number): Promise<TUser[]> {
    const scope = readScopeCondition(user, 'users.read', { region: 'users.regionCode', user: 'users.id' });
    return (await new AccountsRepository(this.db).list(filter, scope, limit)).map((u) => presentUser(u, this.dataKey));
  }

  private async load(
    user: AuthUser,
    id: number,
    permission: 'users.read' | 'users.manage' | 'users.pii',
  ): Promise<UserRecord> {
    const rec = await new AccountsRepository(this.db).findById(id);
    if (!rec) throw notFound();
    assertAuthorized(user, permission, { regionCode: rec.regionCode, userId: rec.id });
    return rec;
  }

  async get(user: AuthUser, id: number): Promise<TUser> {
    return presentUser(await this.load(user, id, 'users.read'), this.dataKey);
  }

  /** Roles, region, unit and organization must fit together, and lie in the admin's scope. */
  private async checkAssignment(user: AuthUser, a: Assignment): Promise<{ regionCode: string | null }> {
    const roles = a.roles as Role[];
    let regionCode = a.regionCode;
    if (roles.some((r) => UNIT_ROLES.includes(r))) {
      if (!a.unitId) throw fieldError('unitId', '该角色须指定所属单位');
      const unit = await this.units.findById(a.unitId);
      if (!unit) throw fieldError('unitId', '单位不存在');
      if (regionCode && regionCode !== unit.regionCode)
        throw fieldError('regionCode', '所属地区须与所属单位的地区一致');
      regionCode = unit.regionCode;
    }
    if (roles.some((r) => ORG_ROLES.includes(r)) && !a.orgId) throw fieldError('orgId', '社会组织账号须指定所属组织');
    const regional = roles.filter((r) => !PORTAL_ROLES.includes(r) && !ORG_ROLES.includes(r));
    if (regional.length > 0 && !regionCode) throw fieldError('regionCode', '该角色须指定所属地区');
    if (regionCode && !(await this.regions.find(regionCode))) throw fieldError('regionCode', '行政区划不存在');
    if (regionCode && user.regionCode && !isWithinRegion(regionCode, user.regionCode)) {
      throw fieldError('regionCode', '只能在本辖区内设置账号');
    }
    assertAuthorized(user, 'users.manage', { regionCode });
    return { regionCode };
  }

  /** The encrypted ID number and its blind index (refusing one already used by another account). */
  private async idNumberColumns(idNumber: string | null, exceptId?: number) {
    if (!idNumber) return { idNumberEnc: null, idNumberHash: null };
    const idNumberHash = blindIndex(this.dataKey, idNumber);
    if (await new AccountsRepository(this.db).idNumberTaken(idNumberHash, exceptId)) {
      throw duplicate('idNumber', '该身份证号码已被其他账号使用');
    }
    return { idNumberEnc: encryptField(this.dataKey, idNumber), idNumberHash };
  }

  async create(user: AuthUser, actor: Actor, input: TUserCreate): Promise<TUser> {
    const { regionCode } = await this.checkAssignment(user, input);
    const username = input.username.toLowerCase();
    const repo = new AccountsRepository(this.db);
    if (await repo.usernameTaken(username)) throw duplicate('username', '用户名已存在');
    const pii = { phone: input.phone ?? null, ...(await this.idNumberColumns(input.idNumber ?? null)) };
    const passwordHash = await hashPassword(input.initialPassword);
    const at = this.clock.now().toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const row = {
        username,
        displayName: input.displayName,
        passwordHash,
        regionCode,
        unitId: input.unitId,
        orgId: input.orgId,
        ...pii,
        disabled: false,
        mustChangePassword: true,
        demoPassword: false,
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      const newId = await new AccountsRepository(trx).insert(row, input.roles);
      await this.audit.record(trx, actor, {
        action: 'create',
        entity: 'user',
        entityId: newId,
        regionCode,
        summary: `${input.displayName}(${username})`,
        after: auditView({ ...row, roles: input.roles }),
      });
      return newId;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, actor: Actor, id: number, input: TUserUpdate): Promise<TUser> {
    const before = await this.load(user, id, 'users.manage');
    const { regionCode } = await this.checkAssignment(user, input);
    const pii = input.idNumber === undefined ? {} : await this.idNumberColumns(input.idNumber, id);
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new AccountsRepository(trx);
      const patch = {
        displayName: input.displayName,
        regionCode,
        unitId: input.unitId,
        orgId: input.orgId,
        // Personal data left out of the request is kept: the form shows it masked and sends it only when changed.
        ...(input.phone === undefined ? {} : { phone: input.phone }),
        ...pii,
        updatedAt: at,
      };
      if (!(await repo.update(id, input.version, patch))) throw new AppError('STALE_VERSION');
      await repo.setRoles(id, input.roles);
      await this.audit.record(trx, actor, {
        action: 'update',
        entity: 'user',
        entityId: id,
        regionCode,
        summary: `${input.displayName}(${before.username})`,
        before: auditView(before),
        after: auditView({ ...before, ...patch, roles: input.roles }),
      });
    });
    return this.get(user, id);
  }

  /** A new initial password, returned once; the user must change it at next login. */
  async resetPassword(user: AuthUser, actor: Actor, id: number, version: number): Promise<string> {
    const rec = await this.load(user, id, 'users.manage');
    const password = generateInitialPassword();
    const passwordHash = await hashPassword(password);
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const ok = await new AccountsRepository(trx).update(id, version, {
        passwordHash,
        mustChangePassword: true,
        demoPassword: false,
        failedLogins: 0,
        lockedUntil: null,
        passwordChangedAt: at,
        updatedAt: at,
      });
      if (!ok) throw new AppError('STALE_VERSION');
      await new SessionsRepository(trx).deleteForUser(id);
      await this.audit.record(trx, actor, {
        action: 'reset_password',
        entity: 'user',
        entityId: id,
        regionCode: rec.regionCode,
        summary: rec.username,
      });
    });
    return password;
  }

  async setDisabled(user: AuthUser, actor: Actor, id: number, disabled: boolean, version: number): Promise<TUser> {
    const rec = await this.load(user, id, 'users.manage');
    if (rec.id === user.id && disabled) throw new AppError('CONFLICT', '不能停用自己的账号');
    await this.db.transaction().execute(async (trx) => {
      const ok = await new AccountsRepository(trx).update(id, version, {
        disabled,
        updatedAt: this.clock.now().toISOString(),
      });
      if (!ok) throw new AppError('STALE_VERSION');
      if (disabled) await new SessionsRepository(trx).deleteForUser(id);
      await this.audit.record(trx, actor, {
        action: disabled ? 'disable' : 'enable',
        entity: 'user',
        entityId: id,
        regionCode: rec.regionCode,
        summary: rec.username,
        before: { disabled: rec.disabled },
        after: { disabled },
      });
    });
    return this.get(user, id);
  }

  async unlock(user: AuthUser, actor: Actor, id: number): Promise<TUser> {
    const rec = await this.load(user, id, 'users.manage');
    await this.db.transaction().execute(async (trx) => {
      await new AccountsRepository(trx).updateLoginState(id, { failedLogins: 0, lockedUntil: null });
      await this.audit.record(trx, actor, {
        action: 'unlock',
        entity: 'user',
        entityId: id,
        regionCode: rec.regionCode,
        summary: rec.username,
      });
    });
    return this.get(user, id);
  }

  /** Personal data in clear, for a role that needs it; every look is written to the audit trail. */
  async revealPii(
    user: AuthUser,
    actor: Actor,
    id: number,
  ): Promise<{ phone: string | null; idNumber: string | null }> {
    const rec = await this.load(user, id, 'users.pii');
    const out = { phone: rec.phone, idNumber: rec.idNumberEnc ? decryptField(this.dataKey, rec.idNumberEnc) : null };
    await this.db.transaction().execute((trx) =>
      this.audit.record(trx, actor, {
        action: 'reveal_pii',
        entity: 'user',
        entityId: id,
        regionCode: rec.regionCode,
        summary: rec.username,
      }),
    );
    return out;
  }
}
