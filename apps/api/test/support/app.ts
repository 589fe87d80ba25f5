import type { SqlCapture } from '../../src/db/sql-capture';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/platform/config';
import { ManualClock } from '../../src/platform/clock';
import { prepareDatabase } from '../../src/platform/startup';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts';
import type { Services } from '../../src/services';
import { freshDatabase, type TestDatabase } from './database';

export const TEST_DATA_KEY = '00112233445566778899aabbccddeeff';

export interface TestApp {
  app: FastifyInstance;
  routes: RouteOptions[];
  services: Services;
  clock: ManualClock;
  config: Config;
  tdb: TestDatabase;
  db: TestDatabase['database']['db'];
  client(): TestClient;
  close(): Promise<void>;
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-session-secret-0123456789abcdef',
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    LOG_LEVEL: 'silent',
    // Every test request comes from loopback; the rate-limit tests use another remote address.
    RATE_LIMIT_LOOPBACK_EXEMPT: 'true',
    // Tests seed the organizations they need; demo-register tests opt in with DEMO_ORGS=true.
    DEMO_ORGS: 'false',
    ...env,
  });
}

/** The real app on a fresh database, with the demo accounts seeded exactly as `npm start` does. */
export async function startTestApp(
  opts: { demo?: boolean; env?: Record<string, string>; sqlCapture?: SqlCapture } = {},
): Promise<TestApp> {
  const tdb = await freshDatabase(opts.sqlCapture ? { log: opts.sqlCapture.log } : {});
  const clock = new ManualClock('2026-03-02T01:00:00.000Z');
  // The URL of the test database, so that worker threads (background jobs) open their own connection to it.
  const dbEnv: Record<string, string> = tdb.url ? { DATABASE_URL: tdb.url } : {};
  const config = testConfig(tdb.dataDir, { DEMO: String(opts.demo ?? true), ...dbEnv, ...opts.env });
  await prepareDatabase(config, tdb.database, clock);
  const { app, services, routes } = await buildApp({
    config,
    database: tdb.database,
    clock,
    logger: false,
    webDist: null,
    ...(opts.sqlCapture ? { sqlCapture: opts.sqlCapture } : {}),
  });
  await app.ready();
  return {
    app,
    routes,
    services,
    clock,
    config,
    tdb,
    db: tdb.database.db,
    client: () => new TestClient(app),
    async close() {
      await app.close();
      await tdb.drop();
    },
  };
}

/** A browser-like client: keeps cookies and sends the CSRF header on writes, as the web app does. */
export class TestClient {
  private cookies = new Map<string, string>();
  /** Send the CSRF header on writes (tests switch it off to prove the rejection). */
  sendCsrf = true;
  headers: Record<string, string> = {};
  remoteAddress = '127.0.0.1';

  constructor(private readonly app: FastifyInstance) {}

  get csrfToken(): string | undefined {
    return this.cookies.get('shezu_csrf');
  }

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...this.headers, ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.sendCsrf && method !== 'GET' && this.csrfToken) h['x-csrf-token'] = this.csrfToken;
    const res = await this.app.inject({
      method,
      url,
      headers: h,
      remoteAddress: this.remoteAddress,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    this.keepCookies(res);
    return res;
  }

  private keepCookies(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = c.value === '' || (c.expires && c.expires.getTime() <= Date.now()) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: unknown = {}) {
    return this.request('POST', url, body);
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }

  async login(username: string, password = DEMO_PASSWORD) {
    return this.post('/api/auth/login', { username, password });
  }

  /** Logs in and fails the test when it does not work. */
  async as(username: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.login(username, password);
    if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
    return this;
  }
}
