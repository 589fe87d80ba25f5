import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** `body` is sent as JSON; `raw` (a string or bytes: jsdom's Blob cannot go into a Response) as it is. */
type Reply = { status?: number; body?: unknown; raw?: BodyInit; headers?: Record<string, string> };
type Handler = (call: Call) => Reply | Promise<Reply>;

/**
 * Replaces `fetch` — the network boundary — with canned API answers keyed by `METHOD /path`
 * (`:param` segments match anything). Unmatched requests answer 404 ROUTE_NOT_FOUND.
 */
export function mockApi(routes: Record<string, Handler | Reply>) {
  const calls: Call[] = [];
  const table = Object.entries(routes).map(([key, handler]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const re = new RegExp('^' + pattern.replace(/:[^/]+/g, '[^/]+') + '$');
    return { method, re, handler };
  });
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    // Uploads arrive as multipart: the test sees the FormData, parts in the order sent.
    const multipart = request.headers.get('content-type')?.startsWith('multipart/form-data');
    const text = multipart ? '' : await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      body: multipart ? await request.formData() : text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const route = table.find((r) => r.method === call.method && r.re.test(call.path));
    const reply = route
      ? typeof route.handler === 'function'
        ? await route.handler(call)
        : route.handler
      : { status: 404, body: { code: 'ROUTE_NOT_FOUND', message: '接口不存在', requestId: 'test' } };
    const status = reply.status ?? 200;
    if (reply.raw !== undefined) return new Response(reply.raw, { status, headers: reply.headers });
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? null), {
      status,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, paths: () => calls.map((c) => `${c.method} ${c.path}`) };
}

export const apiError = (status: number, code: string, message: string, fields?: Record<string, string>): Reply => ({
  status,
  body: { code, message, requestId: 'req-test', ...(fields ? { fields } : {}) },
});
