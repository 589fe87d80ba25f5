import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemorySmsGateway } from '../../src/modules/accounts/sign-ups/sms-gateway';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { memorySms, ok } from '../support/applications';

let t: TestApp;
let sms: MemorySmsGateway;
beforeAll(async () => {
  t = await startTestApp();
  sms = memorySms(t);
});
afterAll(() => t.close());

const PASSWORD = 'Founder@2026x';
let n = 0;
const nextPhone = () => `1370023${String(++n).padStart(4, '0')}`;
const anon = () => t.client();
const codeFor = (phone: string) => anon().post('/api/public/sms-codes', { phone });
const signUp = (phone: string, code: string, over: Record<string, unknown> = {}) =>
  anon().post('/api/public/sign-ups', {
    phone,
    code,
    username: `founder${phone.slice(-4)}`,
    displayName: '陈发起',
    password: PASSWORD,
    regionCode: '500235001',
    ...over,
  });
/** Moves the clock, past every per-phone and per-address window. */
const later = (minutes: number) => t.clock.advanceMinutes(minutes);

describe(`portal sign-up with an SMS code (${ENGINE})`, () => {
  it('sends a code through the gateway, signs up an applicant who can log in at once', async () => {
    const phone = nextPhone();
    expect((await anon().post('/api/public/sms-codes', { phone: '12345' })).json().fields).toEqual({
      phone: '手机号码应为11位数字',
    });
    const sent = await codeFor(phone);
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ expiresInSeconds: 600, resendAfterSeconds: 60 });
    const code = sms.lastCode(phone)!;
    expect(code).toMatch(/^\d{6}$/);
    const stored = await t.db.selectFrom('smsCodes').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(phone);
    expect(JSON.stringify(stored)).not.toContain(code);

    const res = await signUp(phone, code, { username: 'Chen.Founder' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ username: 'chen.founder', status: 'active', message: '注册成功，请登录' });
    const me = await t.client().as('chen.founder', PASSWORD);
    expect((await me.get('/api/me')).json()).toMatchObject({ roles: ['applicant'], regionCode: '500235001' });
    // The code is used up; the phone and the username are taken.
    expect((await signUp(phone, code, { username: 'someone.else' })).json().fields).toEqual({
      code: '请先获取验证码',
    });
    later(2);
    await codeFor(phone);
    const again = await signUp(phone, sms.lastCode(phone)!, { username: 'someone.else' });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields).toEqual({ phone: '该手机号已注册，请直接登录' });
    const other = nextPhone();
    await codeFor(other);
    const taken = await signUp(other, sms.lastCode(other)!, { username: 'chen.founder' });
    expect(taken.json().fields).toEqual({ username: '用户名已存在' });
  });

  it('limits guesses and lifetime of a code', async () => {
    const phone = nextPhone();
    await codeFor(phone);
    const code = sms.lastCode(phone)!;
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await signUp(phone, wrong);
    expect(first.statusCode).toBe(400);
    expect(first.json().fields).toEqual({ code: '验证码不正确，还可尝试4次' });
    for (let i = 0; i < 4; i++) await signUp(phone, wrong);
    expect((await signUp(phone, code)).json().fields).toEqual({ code: '验证码错误次数过多，请重新获取' });

    later(2);
    await codeFor(phone);
    const fresh = sms.lastCode(phone)!;
    later(11);
    expect((await signUp(phone, fresh)).json().fields).toEqual({ code: '验证码已过期，请重新获取' });
    const weak = await signUp(phone, fresh, { password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(Object.keys(weak.json().fields)).toEqual(['password']);
  });

  it('rate limits per phone and per address', async () => {
    later(24 * 60);
    const phone = nextPhone();
    expect((await codeFor(phone)).statusCode).toBe(202);
    const soon = await codeFor(phone);
    expect(soon.statusCode).toBe(429);
    expect(soon.json().message).toBe('验证码已发送，请60秒后再重新获取');
    for (let i = 0; i < 9; i++) {
      later(1.1);
      expect((await codeFor(phone)).statusCode).toBe(202);
    }
    later(1.1);
    const day = await codeFor(phone);
    expect(day.statusCode).toBe(429);
    expect(day.json().message).toBe('该手机号获取验证码次数过多，请24小时后再试');

    later(61);
    for (let i = 0; i < 20; i++) expect((await codeFor(nextPhone())).statusCode).toBe(202);
    const address = await codeFor(nextPhone());
    expect(address.statusCode).toBe(429);
    expect(address.json().message).toBe('获取验证码过于频繁，请稍后再试');

    // Beyond the database limits, each address may call the public routes only so often.
    const remote = t.client();
    remote.remoteAddress = '203.0.113.7';
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) answers.push((await remote.post('/api/public/sms-codes', { phone: '12' })).statusCode);
    expect(answers.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(answers[10]).toBe(429);
    later(61);
  });
});

describe(`sign-ups that wait for an administrator (${ENGINE})`, () => {
  it('starts disabled where the region asks for approval; the region admin approves or rejects', async () => {
    const admin = await t.client().as('yy-admin');
    await ok(
      admin.put('/api/registration-settings/500235', {
        preparationRequired: true,
        supervisorDays: 20,
        authorityDays: 20,
        signUpApproval: true,
        version: null,
      }),
    );
    const phone = nextPhone();
    await codeFor(phone);
    const res = await signUp(phone, sms.lastCode(phone)!, { username: 'waiting.one' });
    expect(res.json()).toEqual({
      username: 'waiting.one',
      status: 'pending',
      message: '注册成功，待管理员审核通过后即可登录',
    });
    expect((await t.client().login('waiting.one', PASSWORD)).json().code).toBe('ACCOUNT_DISABLED');
    const todo = (await admin.get('/api/todos?kind=sign_up_approval')).json().items;
    expect(todo).toEqual([expect.objectContaining({ title: '待审核注册：陈发起(waiting.one)', assignee: 'role' })]);

    const pending = (await admin.get('/api/sign-ups?status=pending')).json().items;
    expect(pending).toEqual([
      expect.objectContaining({ username: 'waiting.one', phoneMasked: `137****${phone.slice(-4)}`, status: 'pending' }),
    ]);
    const id = pending[0].id;
    const elsewhere = await t.client().as('qz-admin');
    expect((await elsewhere.get('/api/sign-ups')).json().items).toEqual([]);
    expect((await elsewhere.post(`/api/sign-ups/${id}/approve`, { version: 1 })).statusCode).toBe(404);
    expect(
      (await (await t.client().as('yy-clerk')).post(`/api/sign-ups/${id}/approve`, { version: 1 })).statusCode,
    ).toBe(403);
    const approved = await ok(admin.post(`/api/sign-ups/${id}/approve`, { version: 1 }));
    expect(approved).toMatchObject({ status: 'approved', decidedByName: '云阳县系统管理员(yy-admin)' });
    expect((await t.client().login('waiting.one', PASSWORD)).statusCode).toBe(200);
    expect((await admin.get('/api/todos?kind=sign_up_approval')).json().items).toEqual([]);
    expect((await admin.post(`/api/sign-ups/${id}/approve`, { version: 2 })).statusCode).toBe(409);

    const phone2 = nextPhone();
    await codeFor(phone2);
    await signUp(phone2, sms.lastCode(phone2)!, { username: 'waiting.two' });
    const second = (await admin.get('/api/sign-ups?status=pending')).json().items[0];
    expect((await admin.post(`/api/sign-ups/${second.id}/reject`, { version: 1 })).json().fields).toEqual({
      reason: '请填写不予通过的理由',
    });
    const rejected = await ok(admin.post(`/api/sign-ups/${second.id}/reject`, { version: 1, reason: '身份无法核实' }));
    expect(rejected).toMatchObject({ status: 'rejected', reason: '身份无法核实' });
    expect((await t.client().login('waiting.two', PASSWORD)).json().code).toBe('ACCOUNT_DISABLED');
    const audit = (await admin.get('/api/audit-logs?entity=user'))
      .json()
      .items.map((r: { action: string }) => r.action);
    expect(audit).toEqual(expect.arrayContaining(['sign_up', 'approve_sign_up', 'reject_sign_up']));
    // Codes sent and wrong guesses are in the trail too, with the phone masked and never the code.
    const trail = await t.db
      .selectFrom('auditLog')
      .select(['action', 'actorName', 'summary'])
      .where('entity', '=', 'sms_code')
      .execute();
    expect(new Set(trail.map((r) => r.action))).toEqual(new Set(['sms_code_sent', 'sms_code_failed']));
    expect(trail.find((r) => r.action === 'sms_code_sent')!.actorName).toMatch(/^137\*{4}\d{4}$/);
    expect(JSON.stringify(trail)).not.toContain(phone);
    expect(JSON.stringify(trail)).not.toContain(sms.lastCode(phone)!);
  });
});
