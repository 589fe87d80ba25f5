import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { maskPhone } from '@shezu/contracts';
import type { Clock } from '../../../platform/clock';
import type { AuditService } from '../../../platform/audit/audit.service';
import type { Actor } from '../../../platform/auth/auth-user';
import { blindIndex } from '../../../platform/crypto';
import { AppError, fieldError } from '../../../platform/errors';
import type { ClientMeta } from '../../../platform/http';
import type { SmsGateway } from './sms-gateway';
import { SmsCodesRepository } from './sms-codes.repository';

/** Verification codes: how long one lives, how often and how many may be asked for, how many guesses. */
export const SMS_LIMITS = {
  ttlSeconds: 600,
  resendSeconds: 60,
  perPhonePerDay: 10,
  perIpPerHour: 20,
  maxAttempts: 5,
} as const;

const PURPOSE_TEXT: Record<string, string> = { sign_up: '注册社组账号' };
const ago = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
/** Nobody is signed in yet: the trail names the masked phone and the address. */
const anonymous = (phone: string, meta: ClientMeta): Actor => ({
  userId: null,
  name: maskPhone(phone)!,
  regionCode: null,
  requestId: meta.requestId,
  ip: meta.ip,
});

/**
 * SMS verification codes. Phones and codes are stored only as keyed hashes; rate limits count rows in
 * the database, so they hold across server instances. Only the newest code of a phone counts.
 */
export class SmsCodes {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly dataKey: Buffer,
    /** Replaceable: a provider's gateway in production, a memory one in tests. */
    public gateway: SmsGateway,
  ) {}

  private phoneHash(phone: string) {
    return blindIndex(this.dataKey, `phone:${phone}`);
  }

  private codeHash(purpose: string, phone: string, code: string) {
    return blindIndex(this.dataKey, `sms:${purpose}:${phone}:${code}`);
  }

  async send(phone: string, purpose: string, meta: ClientMeta) {
    const ip = meta.ip;
    const now = this.clock.now();
    const phoneHash = this.phoneHash(phone);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.db.transaction().execute(async (trx) => {
      const repo = new SmsCodesRepository(trx);
      const last = await repo.latest(phoneHash, purpose);
      const wait = last ? SMS_LIMITS.resendSeconds - (now.getTime() - Date.parse(last.createdAt)) / 1000 : 0;
      if (wait > 0) throw new AppError('RATE_LIMITED', `验证码已发送，请${Math.ceil(wait)}秒后再重新获取`);
      if ((await repo.countSince({ phoneHash }, ago(now, 86_400))) >= SMS_LIMITS.perPhonePerDay)
        throw new AppError('RATE_LIMITED', '该手机号获取验证码次数过多，请24小时后再试');
      if (ip && (await repo.countSince({ ip }, ago(now, 3_600))) >= SMS_LIMITS.perIpPerHour)
        throw new AppError('RATE_LIMITED', '获取验证码过于频繁，请稍后再试');
      await repo.insert({
        phoneHash,
        purpose,
        codeHash: this.codeHash(purpose, phone, code),
        ip,
        at: now.toISOString(),
        expiresAt: new Date(now.getTime() + SMS_LIMITS.ttlSeconds * 1000).toISOString(),
      });
      await this.audit.record(trx, anonymous(phone, meta), {
        action: 'sms_code_sent',
        entity: 'sms_code',
        summary: `验证码（${purpose}）发送至${maskPhone(phone)}`,
      });
    });
    const minutes = SMS_LIMITS.ttlSeconds / 60;
    await this.gateway.send(
      phone,
      `【社组】验证码${code}，用于${PURPOSE_TEXT[purpose] ?? purpose}，${minutes}分钟内有效。请勿告诉他人。`,
    );
    return { expiresInSeconds: SMS_LIMITS.ttlSeconds, resendAfterSeconds: SMS_LIMITS.resendSeconds };
  }

  /**
   * Checks a code (a wrong guess is counted and kept even when the caller's work fails) and returns
   * its id, for `consume` inside the caller's transaction.
   */
  async check(phone: string, purpose: string, code: string, meta: ClientMeta): Promise<number> {
    const now = this.clock.now();
    const repo = new SmsCodesRepository(this.db);
    const row = await repo.latest(this.phoneHash(phone), purpose);
    if (!row || row.consumedAt) throw fieldError('code', '请先获取验证码');
    if (Date.parse(row.expiresAt) <= now.getTime()) throw fieldError('code', '验证码已过期，请重新获取');
    if (row.attempts >= SMS_LIMITS.maxAttempts) throw fieldError('code', '验证码错误次数过多，请重新获取');
    const given = Buffer.from(this.codeHash(purpose, phone, code));
    if (given.length !== row.codeHash.length || !timingSafeEqual(given, Buffer.from(row.codeHash))) {
      await this.db.transaction().execute(async (trx) => {
        await new SmsCodesRepository(trx).countAttempt(row.id);
        await this.audit.record(trx, anonymous(phone, meta), {
          action: 'sms_code_failed',
          entity: 'sms_code',
          summary: `验证码（${purpose}）校验失败：${maskPhone(phone)}`,
        });
      });
      const left = SMS_LIMITS.maxAttempts - row.attempts - 1;
      throw fieldError('code', left > 0 ? `验证码不正确，还可尝试${left}次` : '验证码错误次数过多，请重新获取');
    }
    return row.id;
  }

  async consume(trx: Kysely<DB>, id: number): Promise<void> {
    if (!(await new SmsCodesRepository(trx).consume(id, this.clock.now().toISOString())))
      throw fieldError('code', '验证码已使用，请重新获取');
  }
}
