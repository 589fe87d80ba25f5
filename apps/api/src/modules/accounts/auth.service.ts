import type { Kysely } from 'kysely';
import { passwordProblems, permissionsOf } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import { AppError, fieldError } from '../../platform/errors';
import type { AuditService } from '../../platform/audit/audit.service';
import {
  actorFor,
  type Actor,
  type AuthUser,
  type ResolvedSession,
  type SessionResolver,
} from '../../platform/auth/auth-user';
import { burnVerifyTime, hashPassword, verifyPassword } from '../../platform/auth/password';
import { SessionsRepository } from '../../platform/auth/sessions.repository';
import { randomToken, sm3 } from '../../platform/crypto';
import type { ClientMeta } from '../../platform/http';
import { AccountsRepository, type UserRecord } from './accounts.repository';
import { findSessionUser, type SessionUser } from './session-user.repository';

/** Lockout after 5 failed logins in a row, for 15 minutes (foundation issue §4). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** A session lives at most this long, however active. */
export const SESSION_MAX_HOURS = 12;
/** lastSeenAt is written at most this often, to keep reads free of writes. */
const TOUCH_INTERVAL_MS = 60_000;

export function toAuthUser(u: SessionUser['user'] | UserRecord): AuthUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    permissions: permissionsOf(u.roles),
    regionCode: u.regionCode,
    unitId: u.unitId,
    orgId: u.orgId,
    mustChangePassword: u.mustChangePassword,
  };
}

export class AuthService implements SessionResolver {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly idleMinutes: number,
  ) {}

  async login(
    username: string,
    password: string,
    meta: ClientMeta,
  ): Promise<{ token: string; user: AuthUser; csrfToken: string }> {
    const name = username.trim().toLowerCase();
    const rec = await new AccountsRepository(this.db).findByUsername(name);
    const now = this.clock.now();
    const anonymous: Actor = { userId: null, name, regionCode: null, requestId: meta.requestId, ip: meta.ip };
    if (!rec) {
      await burnVerifyTime(password);
      await this.db.transaction().execute((trx) =>
        this.audit.record(trx, anonymous, {
          action: 'login_failed',
          entity: 'user',
          summary: `unknown username ${name}`,
        }),
      );
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (rec.lockedUntil && new Date(rec.lockedUntil) > now)
      throw new AppError('ACCOUNT_LOCKED', lockedMessage(rec.lockedUntil, now));
    const actor = actorFor(rec, meta);
    if (!(await verifyPassword(rec.passwordHash, password))) {
      const failed = rec.failedLogins + 1;
      const locks = failed >= MAX_FAILED_LOGINS;
      const lockedUntil = locks ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
      await this.db.transaction().execute(async (trx) => {
        await new AccountsRepository(trx).updateLoginState(rec.id, { failedLogins: locks ? 0 : failed, lockedUntil });
        await this.audit.record(trx, actor, {
          action: locks ? 'locked' : 'login_failed',
          entity: 'user',
          entityId: rec.id,
          regionCode: rec.regionCode,
          summary: locks
            ? `${MAX_FAILED_LOGINS} failed logins: locked for ${LOCKOUT_MINUTES} minutes`
            : `failed login ${failed}`,
        });
      });
      if (locks) throw new AppError('ACCOUNT_LOCKED', lockedMessage(lockedUntil!, now));
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (rec.disabled) throw new AppError('ACCOUNT_DISABLED');

    const token = randomToken();
    const csrfToken = randomToken(24);
    const at = now.toISOString();
    await this.db.transaction().execute(async (trx) => {
      await new AccountsRepository(trx).updateLoginState(rec.id, {
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: at,
      });
      await new SessionsRepository(trx).create({
        id: sm3(token),
        userId: rec.id,
        csrfToken,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 3_600_000).toISOString(),
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      await this.audit.record(trx, actor, {
        action: 'login',
        entity: 'user',
        entityId: rec.id,
        regionCode: rec.regionCode,
      });
    });
    return { token, user: toAuthUser(rec), csrfToken };
  }

  /** Session cookie → user, enforcing the idle timeout and the absolute lifetime. */
  async resolve(token: string, opts: { touch?: boolean } = {}): Promise<ResolvedSession> {
    const sessions = new SessionsRepository(this.db);
    const id = sm3(token);
    const found = await findSessionUser(this.db, id);
    if (!found) return { state: 'none' };
    const { session: s, user: rec } = found;
    const now = this.clock.now();
    const idleMs = now.getTime() - new Date(s.lastSeenAt).getTime();
    if (idleMs > this.idleMinutes * 60_000 || new Date(s.expiresAt) <= now) {
      await sessions.delete(id);
      return { state: 'expired' };
    }
    if (rec.disabled) {
      await sessions.delete(id);
      return { state: 'none' };
    }
    if (opts.touch !== false && idleMs > TOUCH_INTERVAL_MS) {
      // Not awaited: a read must not wait for the write lock (on SQLite a worker's import may hold it for
      // many seconds). A touch that fails is harmless: the next request after the interval tries again.
      sessions.touch(id, now.toISOString()).catch(() => undefined);
    }
    return { state: 'active', user: toAuthUser(rec), sessionId: id, csrfToken: s.csrfToken };
  }

  async logout(user: AuthUser, sessionId: string, meta: ClientMeta): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await new SessionsRepository(trx).delete(sessionId);
      await this.audit.record(trx, actorFor(user, meta), {
        action: 'logout',
        entity: 'user',
        entityId: user.id,
        regionCode: user.regionCode,
      });
    });
  }

  async changePassword(
    user: AuthUser,
    sessionId: string,
    current: string,
    next: string,
    meta: ClientMeta,
  ): Promise<void> {
    const repo = new AccountsRepository(this.db);
    const rec = await repo.findById(user.id);
    if (!rec) throw new AppError('UNAUTHENTICATED');
    if (!(await verifyPassword(rec.passwordHash, current))) throw fieldError('currentPassword', '当前密码不正确');
    const problems = passwordProblems(next);
    if (problems.length > 0) throw fieldError('newPassword', problems.join('；'));
    const passwordHash = await hashPassword(next);
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const ok = await new AccountsRepository(trx).update(rec.id, rec.version, {
        passwordHash,
        mustChangePassword: false,
        demoPassword: false,
        passwordChangedAt: at,
        updatedAt: at,
      });
      if (!ok) throw new AppError('STALE_VERSION');
      // Other sessions of this account end: a changed password must lock out whoever knew the old one.
      await new SessionsRepository(trx).deleteForUser(rec.id, sessionId);
      await this.audit.record(trx, actorFor(user, meta), {
        action: 'password_changed',
        entity: 'user',
        entityId: rec.id,
        regionCode: rec.regionCode,
      });
    });
  }
}

function lockedMessage(lockedUntil: string, now: Date): string {
  const minutes = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 60_000));
  return `登录失败次数过多，账号已临时锁定，请${minutes}分钟后再试`;
}
