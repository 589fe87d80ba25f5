import type { Kysely } from 'kysely';
import { bureauRegionOf, maskPhone, type SignUpStatus, type TSignUp } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { hashPassword } from '../../../platform/auth/password';
import { AppError, duplicate, fieldError, notFound } from '../../../platform/errors';
import type { ClientMeta } from '../../../platform/http';
import type { RegistrationSettingsService } from '../../applications/settings.service';
import type { RegionsService } from '../../regions/regions.service';
import type { TodosService } from '../../todos/todos.service';
import { AccountsRepository } from '../accounts.repository';
import type { SmsCodes } from './sms-codes';
import { SignUpsRepository, type SignUpRecord } from './sign-ups.repository';

export interface SignUpInput {
  phone: string;
  code: string;
  username: string;
  displayName: string;
  password: string;
  regionCode: string;
}

function present(s: SignUpRecord): TSignUp {
  const { phone, ...rest } = s;
  return { ...rest, phoneMasked: maskPhone(phone) };
}

const todoKey = (id: number) => `sign-up:${id}`;

/**
 * Founders sign up on the portal as applicants, proving their phone with an SMS code. Where the region
 * requires it, the account starts disabled until an administrator of that region approves it.
 */
export class SignUpsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    readonly sms: SmsCodes,
    private readonly settings: RegistrationSettingsService,
    private readonly regions: RegionsService,
    private readonly todos: TodosService,
  ) {}

  requestCode(phone: string, purpose: string, meta: ClientMeta) {
    return this.sms.send(phone, purpose, meta);
  }

  async signUp(
    input: SignUpInput,
    meta: ClientMeta,
  ): Promise<{ username: string; status: 'active' | 'pending'; message: string }> {
    const region = await this.regions.find(input.regionCode);
    if (!region || region.level === 'national') throw fieldError('regionCode', '请选择拟登记的地区');
    // The code first: without one, nothing here reveals which usernames or phones are taken.
    const codeId = await this.sms.check(input.phone, 'sign_up', input.code, meta);
    const username = input.username.toLowerCase();
    if (await new AccountsRepository(this.db).usernameTaken(username)) throw duplicate('username', '用户名已存在');
    const repo = new SignUpsRepository(this.db);
    if (await repo.phoneTaken(input.phone)) throw duplicate('phone', '该手机号已注册，请直接登录');
    const bureau = bureauRegionOf(input.regionCode);
    const pending = (await this.settings.effective(bureau)).signUpApproval;
    const passwordHash = await hashPassword(input.password);
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await this.sms.consume(trx, codeId);
      const userId = await new AccountsRepository(trx).insert(
        {
          username,
          displayName: input.displayName,
          passwordHash,
          regionCode: input.regionCode,
          unitId: null,
          orgId: null,
          phone: input.phone,
          disabled: pending,
          mustChangePassword: false,
          demoPassword: false,
          failedLogins: 0,
          version: 1,
          createdAt: at,
          updatedAt: at,
        },
        ['applicant'],
      );
      const status: SignUpStatus = pending ? 'pending' : 'active';
      const id = await new SignUpsRepository(trx).insert({
        userId,
        regionCode: input.regionCode,
        status,
        createdAt: at,
      });
      const actor: Actor = {
        userId,
        name: `${input.displayName}(${username})`,
        regionCode: input.regionCode,
        requestId: meta.requestId,
        ip: meta.ip,
      };
      await this.audit.record(trx, actor, {
        action: 'sign_up',
        entity: 'user',
        entityId: userId,
        regionCode: input.regionCode,
        summary: `门户注册申请人账号${pending ? '（待审核）' : ''}`,
        after: {
          username,
          displayName: input.displayName,
          phone: maskPhone(input.phone),
          regionCode: input.regionCode,
        },
      });
      if (pending) {
        await this.todos.add(trx, {
          role: 'system_admin',
          regionCode: bureau,
          kind: 'sign_up_approval',
          title: `待审核注册：${input.displayName}(${username})`,
          link: '/sign-ups',
          priority: 0,
          sourceKey: todoKey(id),
        });
      }
    });
    return pending
      ? { username, status: 'pending', message: '注册成功，待管理员审核通过后即可登录' }
      : { username, status: 'active', message: '注册成功，请登录' };
  }

  async list(user: AuthUser, status: SignUpStatus | undefined, beforeId: number | undefined, limit: number) {
    const scope = readScopeCondition(user, 'users.manage', { region: 's.regionCode' });
    return (await new SignUpsRepository(this.db).list(scope, status, beforeId, limit)).map(present);
  }

  /** An administrator of the region approves (the account may log in) or rejects (it stays disabled). */
  async decide(
    user: AuthUser,
    actor: Actor,
    id: number,
    input: { approve: boolean; version: number; reason?: string | undefined },
  ): Promise<TSignUp> {
    const s = await new SignUpsRepository(this.db).findById(id);
    if (!s) throw notFound();
    assertAuthorized(user, 'users.manage', { regionCode: s.regionCode });
    const allowedFrom: SignUpStatus[] = input.approve ? ['pending', 'rejected'] : ['pending'];
    if (!allowedFrom.includes(s.status)) throw new AppError('CONFLICT', '该注册申请已处理');
    if (input.version !== s.version) throw new AppError('STALE_VERSION');
    if (!input.approve && !input.reason) throw fieldError('reason', '请填写不予通过的理由');
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const status = input.approve ? 'approved' : 'rejected';
      const decided = { status, reason: input.reason ?? null, by: actor.userId, byName: actor.name, at } as const;
      if (!(await new SignUpsRepository(trx).decide(id, input.version, decided))) throw new AppError('STALE_VERSION');
      const accounts = new AccountsRepository(trx);
      const rec = await accounts.findById(s.userId);
      if (!rec || !(await accounts.update(rec.id, rec.version, { disabled: !input.approve, updatedAt: at })))
        throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: input.approve ? 'approve_sign_up' : 'reject_sign_up',
        entity: 'user',
        entityId: s.userId,
        regionCode: s.regionCode,
        summary: `${s.displayName}(${s.username})${input.approve ? '注册审核通过' : `注册未通过：${input.reason}`}`,
        before: { status: s.status },
        after: { status, reason: input.reason ?? null },
      });
      await this.todos.complete(trx, todoKey(id));
    });
    return present((await new SignUpsRepository(this.db).findById(id))!);
  }
}
