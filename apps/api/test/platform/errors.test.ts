import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe(`one error shape (${ENGINE})`, () => {
  it('400 with the offending fields in Chinese', async () => {
    const c = await t.client().as('yy-admin');
    const res = await c.post('/api/units', { name: 'x', kind: 'nonsense', regionCode: '12345' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.fields).sort()).toEqual(['kind', 'name', 'regionCode']);
    expect(body.fields.name).toBe('单位名称至少2个字');
    expect(body.fields.regionCode).toBe('行政区划代码应为2、4、6或9位数字');
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('400 for malformed JSON, 415 for a non-JSON body, 413 for an oversized one — never a 500', async () => {
    const c = await t.client().as('yy-admin');
    const csrf = { 'x-csrf-token': c.csrfToken!, 'content-type': 'application/json' };
    const broken = await c.request('POST', '/api/units', undefined, csrf);
    expect(broken.statusCode).toBe(400);
    const raw = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(raw.statusCode).toBe(400);
    expect(raw.json().code).toBe('BAD_REQUEST');
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('404 in JSON for an unknown API path and for a record out of reach', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ROUTE_NOT_FOUND');
    const c = await t.client().as('yy-admin');
    expect((await c.get('/api/units/999999')).json().code).toBe('NOT_FOUND');
    expect((await c.get('/api/units/abc')).statusCode).toBe(400);
  });

  it('rate-limits login attempts from one address with 429', async () => {
    const c = t.client();
    c.remoteAddress = '10.9.9.9';
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await c.login(`nobody${i}`, 'Wrong-pass-1A')).statusCode;
    expect(last).toBe(429);
    const r = await c.login('nobody', 'Wrong-pass-1A');
    expect(r.json().code).toBe('RATE_LIMITED');
  });

  it('lifts rate limits for loopback when the benchmark switch is on', async () => {
    const strict = await startTestApp({ env: { RATE_LIMIT_LOOPBACK_EXEMPT: 'false' } });
    const bench = await startTestApp({ env: { RATE_LIMIT_LOOPBACK_EXEMPT: 'true' } });
    try {
      const codes = async (app: TestApp) => {
        const c = app.client();
        const seen = new Set<number>();
        for (let i = 0; i < 25; i++) seen.add((await c.login(`nobody${i}`, 'Wrong-pass-1A')).statusCode);
        return [...seen].sort();
      };
      expect(await codes(strict)).toEqual([401, 429]);
      expect(await codes(bench)).toEqual([401]);
    } finally {
      await strict.close();
      await bench.close();
    }
  });
});
