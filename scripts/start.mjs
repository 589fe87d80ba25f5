#!/usr/bin/env node
/**
 * npm start — builds the web app when its sources changed, then runs the server (which migrates, seeds
 * the demo on an empty data directory and prints its URL). Configuration: environment variables, see README.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'apps/web');
const built = path.join(web, 'dist/index.html');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sourcesChanged = () => {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return (
    Math.max(
      newest(path.join(web, 'src')),
      statSync(path.join(web, 'index.html')).mtimeMs,
      newest(path.join(root, 'packages/contracts/src')),
    ) > builtAt
  );
};

if (sourcesChanged()) {
  console.log('Building the web app (apps/web) …');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts')], {
  stdio: 'inherit',
  env: process.env,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
