#!/usr/bin/env node
/**
 * npm test — the whole suite, in order: lint, types, unit tests, the API on SQLite, the API on a throwaway
 * PostgreSQL, the browser tests in Chromium, and a small run of the benchmark harness. A suite that cannot run here is skipped with the reason;
 * under CI=true a skipped PostgreSQL or browser suite fails the run. Results go to test-results/.
 *   npm test -- --only api-sqlite,e2e     run only some steps
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : process.argv[process.argv.indexOf(onlyArg) + 1]).split(',')
  : null;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function pgAvailable() {
  if (process.env.TEST_PG_URL) return { ok: true };
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) return { ok: true };
  const base = '/usr/lib/postgresql';
  const found = existsSync(base) && readdirSync(base).some((v) => existsSync(path.join(base, v, 'bin', 'initdb')));
  return found
    ? { ok: true }
    : {
        ok: false,
        why: 'PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb); install postgresql or set TEST_PG_URL',
      };
}

function chromiumAvailable() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(exe)
    ? { ok: true }
    : { ok: false, why: `Chromium not found at ${exe}; apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH` };
}

const vitest = (name, args) => [
  'npx',
  [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(out, `${name}.json`)}`,
  ],
];

/** Each step: a name, whether it may run here, and the command. `required` steps must run under CI. */
const steps = [
  { name: 'lint', cmd: ['npx', ['eslint', '.']] },
  { name: 'format', cmd: ['npx', ['prettier', '--check', '.']] },
  { name: 'types', cmd: ['npm', ['run', '-s', 'typecheck']] },
  { name: 'contracts', cmd: vitest('contracts', ['--root', 'packages/contracts']) },
  { name: 'api-unit', cmd: vitest('api-unit', ['--root', 'apps/api', '--project', 'api-unit']) },
  { name: 'web', cmd: vitest('web', ['--root', 'apps/web']) },
  { name: 'api-sqlite', cmd: vitest('api-sqlite', ['--root', 'apps/api', '--project', 'api-sqlite']) },
  {
    name: 'api-postgres',
    required: true,
    check: pgAvailable,
    cmd: vitest('api-postgres', ['--root', 'apps/api', '--project', 'api-postgres']),
  },
  { name: 'e2e', required: true, check: chromiumAvailable, cmd: vitest('e2e', ['--root', 'e2e']) },
  // The benchmark harness on 10,000 organizations, so that it cannot rot (the full bench is `npm run bench`).
  { name: 'bench', cmd: ['npx', ['tsx', 'scripts/bench/run.ts', '--quick', '--out', path.join(out, 'bench')]] },
];

const results = [];
for (const step of steps) {
  if (only && !only.includes(step.name)) continue;
  const avail = step.check ? step.check() : { ok: true };
  if (!avail.ok) {
    console.log(`\n■ ${step.name}: SKIPPED — ${avail.why}`);
    results.push({ name: step.name, status: 'skipped', reason: avail.why, required: !!step.required });
    continue;
  }
  console.log(`\n■ ${step.name}`);
  const started = Date.now();
  const [cmd, args] = step.cmd;
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const report = path.join(out, `${step.name}.json`);
  let tests;
  if (existsSync(report)) {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    tests = {
      total: j.numTotalTests,
      passed: j.numPassedTests,
      failed: j.numFailedTests,
      skipped: j.numPendingTests + j.numTodoTests,
    };
  }
  const ok = r.status === 0 && (!tests || (tests.total > 0 && tests.failed === 0));
  results.push({ name: step.name, status: ok ? 'passed' : 'failed', seconds, tests, required: !!step.required });
}

writeFileSync(path.join(out, 'summary.json'), JSON.stringify({ ci, at: new Date().toISOString(), results }, null, 2));
console.log('\nSummary');
for (const r of results) {
  const counts = r.tests
    ? ` ${r.tests.passed}/${r.tests.total} tests${r.tests.skipped ? `, ${r.tests.skipped} skipped` : ''}`
    : '';
  console.log(
    `  ${r.status.toUpperCase().padEnd(8)} ${r.name.padEnd(13)}${counts}${r.seconds !== undefined ? ` (${r.seconds}s)` : ''}${r.reason ? ` — ${r.reason}` : ''}`,
  );
}
const failed = results.filter((r) => r.status === 'failed');
const skippedRequired = results.filter((r) => r.status === 'skipped' && r.required);
if (skippedRequired.length && ci)
  console.log(`\nCI=true: required suites did not run: ${skippedRequired.map((r) => r.name).join(', ')}`);
else if (skippedRequired.length)
  console.log(`\nNot run here: ${skippedRequired.map((r) => r.name).join(', ')} (CI runs them).`);
process.exit(failed.length || (ci && skippedRequired.length) ? 1 : 0);
