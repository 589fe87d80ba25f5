import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError } from './errors';
import { emitSessionEvent, markServerActivity } from './session-events';

export const CSRF_COOKIE = 'shezu_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return undefined;
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

const session: Middleware = {
  async onResponse({ request, response }) {
    markServerActivity();
    if (response.status !== 401 && response.status !== 403) return undefined;
    if (new URL(request.url).pathname === '/api/auth/login') return undefined;
    const code = await response
      .clone()
      .json()
      .then((b: { code?: unknown }) => b.code)
      .catch(() => undefined);
    if (code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED') emitSessionEvent({ type: 'lost', code });
    else if (code === 'PASSWORD_CHANGE_REQUIRED') emitSessionEvent({ type: 'password-required' });
    return undefined;
  },
};

/** Typed client of the API (same origin). `fetch` is looked up per call so tests can replace it. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  fetch: (request) => globalThis.fetch(request),
});
api.use(csrf, session);

interface Result<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The data and the response of a successful call (files need its headers), or an `ApiError`. */
export async function unwrapResponse<D>(call: Promise<Result<D>>): Promise<{ data: D; response: Response }> {
  let result: Result<D>;
  try {
    result = await call;
  } catch (e) {
    throw ApiError.network(e);
  }
  const { response } = result;
  if (!response.ok) throw ApiError.fromResponse(response.status, result.error, response.headers.get('x-request-id'));
  return { data: result.data as D, response };
}

/** Resolves to the data of a successful call, or throws an `ApiError` (network failures included). */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  return (await unwrapResponse(call)).data;
}

/** Marks a request made by a timer, not by the user: the API does not count it as session activity. */
export const BACKGROUND = { 'x-background-request': '1' } as const;
