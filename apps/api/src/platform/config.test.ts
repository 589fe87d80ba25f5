import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const env = (extra: Record<string, string>) => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-config-'));
  return { DATA_DIR: dir, ...extra };
};

describe('configuration', () => {
  it('defaults to SQLite in DATA_DIR on 127.0.0.1:3000 with demo mode on', () => {
    const c = loadConfig(env({}));
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      demo: true,
      sessionIdleMinutes: 30,
      logLevel: 'info',
      workers: 1,
    });
  });

  it('runs one server process unless WORKERS asks for more (auto = one per core)', () => {
    expect(loadConfig(env({ WORKERS: '2' })).workers).toBe(2);
    expect(loadConfig(env({ WORKERS: 'auto' })).workers).toBe(os.availableParallelism());
    for (const bad of ['0', 'two', '1.5', '100']) {
      expect(() => loadConfig(env({ WORKERS: bad }))).toThrow(`WORKERS="${bad}"`);
    }
  });

  it('generates the session secret and data key once and keeps them in DATA_DIR (mode 600)', () => {
    const first = loadConfig(env({}));
    const file = path.join(dir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadConfig({ DATA_DIR: dir });
    expect(again.sessionSecret).toBe(first.sessionSecret);
    expect(again.dataKey.equals(first.dataKey)).toBe(true);
    expect(first.dataKey).toHaveLength(16);
    expect(JSON.parse(readFileSync(file, 'utf8')).dataKey).toBe(first.dataKey.toString('hex'));
  });

  it('says clearly which variable is wrong and why', () => {
    const bad = env({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      DATA_ENCRYPTION_KEY: 'short',
      LOG_LEVEL: 'loud',
      DEMO: 'maybe',
    });
    let message = '';
    try {
      loadConfig(bad);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    for (const key of [
      'PORT="eighty"',
      'DATABASE_URL="mysql://x"',
      'DATA_ENCRYPTION_KEY="short"',
      'LOG_LEVEL="loud"',
      'DEMO="maybe"',
    ]) {
      expect(message).toContain(key);
    }
    expect(message).toContain('1–65535');
  });

  it('accepts PostgreSQL and explicit secrets', () => {
    const c = loadConfig(
      env({
        DATABASE_URL: 'postgres://u:p@db:5432/shezu',
        SESSION_SECRET: 'x'.repeat(40),
        DATA_ENCRYPTION_KEY: 'ab'.repeat(16),
        DEMO: 'false',
        PORT: '8080',
      }),
    );
    expect(c).toMatchObject({ databaseUrl: 'postgres://u:p@db:5432/shezu', demo: false, port: 8080 });
    expect(c.dataKey.toString('hex')).toBe('ab'.repeat(16));
  });
});
