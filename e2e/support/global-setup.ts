import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/lib/pg-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's JSON log (the default SMS gateway writes verification codes there). */
    serverLog: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

async function waitForHealth(url: string, server: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url}/api/health within ${ms} ms`);
}

/** Builds the web app, starts the real server exactly as `npm start` would, on a fresh data directory. */
export default async function setup(project: TestProject) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'apps/web'),
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('web build failed');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shezu-e2e-'));
  const port = await freePort();
  const serverLog = path.join(dataDir, 'server.log');
  const logFd = openSync(serverLog, 'a');
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: 'true',
      LOG_LEVEL: 'info',
      RATE_LIMIT_LOOPBACK_EXEMPT: 'true',
    },
    stdio: ['ignore', logFd, 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, 60_000);
  project.provide('baseUrl', baseUrl);
  project.provide('serverLog', serverLog);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    closeSync(logFd);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
