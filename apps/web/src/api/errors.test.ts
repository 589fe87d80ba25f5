import { describe, expect, it } from 'vitest';
import { ApiError, isSessionLoss } from './errors';
import { api, unwrap } from './client';
import { onSessionEvent, type SessionEvent } from './session-events';
import { apiError, mockApi } from '../test/fetchMock';
import { splitFieldErrors } from '../lib/errors';

describe('ApiError', () => {
  it('keeps code, message, field errors and request id of the API error shape', () => {
    const err = ApiError.fromResponse(400, {
      code: 'VALIDATION_FAILED',
      message: '提交的内容有误：用户名已存在',
      fields: { username: '用户名已存在', 'roles.0': '角色无效' },
      requestId: 'r-1',
    });
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'r-1' });
    expect(err.message).toBe('提交的内容有误：用户名已存在');
    expect(err.fields).toEqual({ username: '用户名已存在', 'roles.0': '角色无效' });
    expect(err.hasFields).toBe(true);
  });

  it('falls back to a code for the status when the body is not the API shape', () => {
    const err = ApiError.fromResponse(502, '<html>Bad gateway</html>'.repeat(20), 'hdr-id');
    expect(err).toMatchObject({ status: 502, code: 'INTERNAL', requestId: 'hdr-id', fields: {} });
    expect(err.message).toBe('系统繁忙，请稍后再试');
    expect(ApiError.fromResponse(429, null).code).toBe('RATE_LIMITED');
    expect(ApiError.fromResponse(403, { error: 'x' }).code).toBe('FORBIDDEN');
  });

  it('tells a lost session from a wrong password', () => {
    expect(isSessionLoss(ApiError.fromResponse(401, { code: 'SESSION_EXPIRED', message: 'x', requestId: 'r' }))).toBe(
      true,
    );
    expect(
      isSessionLoss(ApiError.fromResponse(401, { code: 'INVALID_CREDENTIALS', message: 'x', requestId: 'r' })),
    ).toBe(false);
  });

  it('maps field paths onto form fields and keeps the rest apart', () => {
    const { matched, unmatched } = splitFieldErrors({ username: 'a', 'roles.0': 'b', version: 'c' }, [
      'username',
      'roles',
    ] as const);
    expect(matched).toEqual([
      { name: 'username', errors: ['a'] },
      { name: 'roles', errors: ['b'] },
    ]);
    expect(unmatched).toEqual(['c']);
  });
});

describe('API client', () => {
  it('throws a typed ApiError with the field errors of a 400', async () => {
    mockApi({
      'POST /api/units': apiError(400, 'VALIDATION_FAILED', '提交的内容有误', { name: '单位名称至少2个字' }),
    });
    const err = await unwrap(api.POST('/api/units', { body: { name: 'x', kind: 'partner', regionCode: '50' } })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', fields: { name: '单位名称至少2个字' } });
  });

  it('sends the CSRF cookie as X-CSRF-Token on writes only', async () => {
    document.cookie = 'shezu_csrf=tok-123; path=/';
    const { calls } = mockApi({
      'GET /api/me': { status: 401, body: { code: 'UNAUTHENTICATED', message: '请先登录', requestId: 'r' } },
      'POST /api/auth/logout': { status: 204 },
    });
    await unwrap(api.GET('/api/me')).catch(() => undefined);
    await unwrap(api.POST('/api/auth/logout'));
    expect(calls[0]!.headers.get('x-csrf-token')).toBeNull();
    expect(calls[1]!.headers.get('x-csrf-token')).toBe('tok-123');
  });

  it('turns a failed connection into NETWORK_ERROR', async () => {
    const { fetchMock } = mockApi({});
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(unwrap(api.GET('/api/todos'))).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('announces a lost session on any 401 except the login form', async () => {
    const events: SessionEvent[] = [];
    const off = onSessionEvent((e) => events.push(e));
    mockApi({
      'GET /api/todos': apiError(401, 'SESSION_EXPIRED', '登录已失效'),
      'POST /api/auth/login': apiError(401, 'INVALID_CREDENTIALS', '用户名或密码错误'),
    });
    await unwrap(api.POST('/api/auth/login', { body: { username: 'a', password: 'b' } })).catch(() => undefined);
    expect(events).toEqual([]);
    await unwrap(api.GET('/api/todos')).catch(() => undefined);
    expect(events).toEqual([{ type: 'lost', code: 'SESSION_EXPIRED' }]);
    off();
  });
});
