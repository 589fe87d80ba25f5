/**
 * Drives the server over HTTP with autocannon. Every response time is kept (autocannon's own histogram
 * has no p95), and each request takes the next path of the scenario so the queries vary.
 */
import autocannon from 'autocannon';
import { summarize, type Summary } from './stats';

export interface LoadResult extends Summary {
  connections: number;
  requestsPerSecond: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
}

export interface LoadOptions {
  url: string;
  path: (i: number) => string;
  headers?: Record<string, string>;
  /** Per request, over `headers` (another account's session). */
  headersOf?: (i: number) => Record<string, string>;
  method?: 'GET' | 'PUT';
  body?: (i: number) => string;
  connections: number;
  /** A fixed number of requests, or … */
  amount?: number;
  /** … seconds of load. */
  seconds?: number;
}

export async function load(opts: LoadOptions): Promise<LoadResult> {
  let i = 0;
  const samples: number[] = [];
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 5 }),
    timeout: 30,
    headers: opts.headers ?? {},
    requests: [
      {
        method: opts.method ?? 'GET',
        setupRequest: (req) => {
          const n = i++;
          return {
            ...req,
            path: opts.path(n),
            ...(opts.headersOf ? { headers: { ...req.headers, ...opts.headersOf(n) } } : {}),
            ...(opts.body ? { body: opts.body(n) } : {}),
          };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => samples.push(ms));
  const r = await instance;
  const s = summarize(samples);
  return {
    ...s,
    connections: opts.connections,
    requestsPerSecond: Math.round(s.n / r.duration),
    errors: r.errors + r.timeouts + r.non2xx,
  };
}
