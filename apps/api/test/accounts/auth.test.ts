import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe(`login and sessions (${ENGINE})`, () => {
  it('logs in with the demo password and answers /api/me with scope and a CSRF token', async () => {
    const c = t.client();
    const res = await c.login('yy-clerk');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'shezu_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await c.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: 'yy-clerk',
      regionCode: '500235',
      regionName: '重庆市云阳县',
      roles: ['authority_staff'],
    });
    expect(me.json().csrfToken).toBe(c.csrfToken);
  });

  it('answers 401 with one error shape for a wrong password and for an unknown user alike', async () => {
    const wrong = await t.client().login('yy-clerk', 'Wrong-password-1');
    const unknown = await t.client().login('nobody-here', 'Wrong-password-1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
      expect(typeof res.json().requestId).toBe('string');
    }
  });

  it('locks an account after 5 failed logins for 15 minutes, even for the right password', async () => {
    const c = t.client();
    for (let i = 1; i <= 4; i++) expect((await c.login('yy-inspector', 'Wrong-password-1')).statusCode).toBe(401);
    const fifth = await c.login('yy-inspector', 'Wrong-password-1');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect((await c.login('yy-inspector')).json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advanceMinutes(14);
    expect((await c.login('yy-inspector')).statusCode).toBe(429);
    t.clock.advanceMinutes(2);
    expect((await c.login('yy-inspector')).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes but keeps an active one alive', async () => {
    const c = await t.client().as('qz-clerk');
    t.clock.advanceMinutes(20);
    expect((await c.get('/api/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(20); // 40 minutes after login, 20 after the last request
    expect((await c.get('/api/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const res = await c.get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
    expect((await c.get('/api/me')).json().code).toBe('UNAUTHENTICATED');
  });

  it("does not let a page's background polling keep an idle session alive", async () => {
    const c = await t.client().as('qz-party');
    for (let i = 0; i < 3; i++) {
      t.clock.advanceMinutes(9);
      const poll = await c.request('GET', '/api/todos', undefined, { 'x-background-request': '1' });
      expect(poll.statusCode).toBe(200);
    }
    // 36 idle minutes with only background requests: the next one finds the session expired.
    t.clock.advanceMinutes(9);
    const res = await c.request('GET', '/api/todos', undefined, { 'x-background-request': '1' });
    expect(res.json().code).toBe('SESSION_EXPIRED');
  });

  it('rejects a state-changing request without the CSRF token, and one from a foreign origin', async () => {
    const c = await t.client().as('yy-admin');
    c.sendCsrf = false;
    const res = await c.post('/api/units', { name: '测试单位', kind: 'supervisor', regionCode: '500235' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_REJECTED');
    const forged = await c.request(
      'POST',
      '/api/units',
      { name: '测试单位', kind: 'supervisor', regionCode: '500235' },
      { 'x-csrf-token': 'guess' },
    );
    expect(forged.json().code).toBe('CSRF_REJECTED');
    const foreign = await t
      .client()
      .request(
        'POST',
        '/api/auth/login',
        { username: 'yy-admin', password: 'Shezu@2026' },
        { origin: 'https://evil.example' },
      );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('CSRF_REJECTED');
  });

  it('sends anonymous callers of staff routes a 401, and lets them read public routes', async () => {
    const anon = t.client();
    expect((await anon.get('/api/users')).json().code).toBe('UNAUTHENTICATED');
    expect((await anon.get('/api/regions/500235')).statusCode).toBe(200);
  });

  it('logs out: the cookie stops working', async () => {
    const c = await t.client().as('qz-party');
    const cookieBefore = (c as unknown as { cookies: Map<string, string> }).cookies.get('shezu_sid');
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    const replay = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `shezu_sid=${cookieBefore}` },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('forces the change of an initial password and enforces the policy', async () => {
    const admin = await t.client().as('yy-admin');
    const created = await admin.post('/api/users', {
      username: 'new-clerk',
      displayName: '新登记员',
      roles: ['authority_staff'],
      regionCode: '500235',
      unitId: null,
      orgId: null,
      initialPassword: 'Initial-Pass-2026',
    });
    expect(created.statusCode).toBe(201);
    const c = await t.client().as('new-clerk', 'Initial-Pass-2026');
    expect((await c.get('/api/me')).json().mustChangePassword).toBe(true);
    const blocked = await c.get('/api/todos');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await c.post('/api/auth/password', { currentPassword: 'Initial-Pass-2026', newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(Object.keys(weak.json().fields)).toEqual(['newPassword']);
    const wrongCurrent = await c.post('/api/auth/password', {
      currentPassword: 'nope-nope-1A',
      newPassword: 'Another-Pass-2026',
    });
    expect(wrongCurrent.json().fields).toEqual({ currentPassword: '当前密码不正确' });
    const ok = await c.post('/api/auth/password', {
      currentPassword: 'Initial-Pass-2026',
      newPassword: 'Another-Pass-2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await c.get('/api/todos')).statusCode).toBe(200);
    expect((await t.client().login('new-clerk', 'Initial-Pass-2026')).statusCode).toBe(401);
    expect((await t.client().login('new-clerk', 'Another-Pass-2026')).statusCode).toBe(200);
  });

  it('refuses a disabled account and ends its open sessions', async () => {
    const victim = await t.client().as('qz-inspector');
    const admin = await t.client().as('qz-admin');
    const list = await admin.get('/api/users?q=qz-inspector');
    const user = list.json().items[0];
    expect((await admin.post(`/api/users/${user.id}/disable`, { version: user.version })).statusCode).toBe(200);
    expect((await victim.get('/api/me')).statusCode).toBe(401);
    const again = await t.client().login('qz-inspector');
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('ACCOUNT_DISABLED');
  });
});
