/**
 * npx tsx scripts/bench/ledger-import.ts [--rows 100000] [--engine sqlite|postgres|both]
 * Imports an Excel ledger of N organizations into the register of 云阳县 through the real server (upload,
 * background check, report, all-or-nothing commit) while a client keeps reading (staff list) and writing
 * (a township files a community organization) and times every answer. Writes bench/ledger-import.json
 * and bench/LEDGER-IMPORT.md.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { completeUscc } from '@shezu/contracts';
import { repackXlsx } from '../../apps/api/src/modules/ledgers/zip-repack';
import { findPgBin, freePort, startPgCluster } from '../lib/pg-cluster';
import { startServer } from './server';
import { summarize, type Summary } from './stats';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, engine: { type: 'string', default: 'both' } },
});
const ROWS = Number(values.rows);
const PASSWORD = 'Shezu@2026';
const log = (s: string) => console.log(`[ledger-bench] ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const HEADERS = [
  '名称',
  '统一社会信用代码',
  '类型',
  '领域类别',
  '业务主管单位',
  '住所所在地区代码',
  '住所',
  '法定代表人',
  '法定代表人身份证号',
  '法定代表人电话',
  '业务范围',
  '注册资金（元）',
  '成立日期',
];
const PLACES = ['双江', '青龙', '人和', '盘龙', '凤鸣', '宝坪', '南溪', '云阳', '故陵', '红狮', '高阳', '平安'];
const FIELDS = ['慈善', '文化', '体育', '教育', '科技', '农业', '养老', '助残', '青少年', '志愿', '书画', '商贸'];
const KINDS = ['协会', '促进会', '研究会', '联合会', '商会', '服务中心'];

/** A ledger as Excel saves one (exceljs streams it; repacking puts its parts in Excel's order). */
async function writeLedger(file: string, rows: number): Promise<void> {
  const streamed = `${file}.streamed`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: streamed, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('社会组织台账');
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    const name = `云阳县${PLACES[i % 12]}${FIELDS[Math.floor(i / 12) % 12]}${KINDS[Math.floor(i / 144) % 6]}第${i + 1}分会`;
    ws.addRow([
      name,
      completeUscc(`51500235LX${String(i).padStart(6, '0')}`),
      '社会团体',
      '行业协会商会',
      '',
      '500235001',
      '重庆市云阳县双江街道滨江大道1号',
      '张三',
      '500235199001011239',
      '13800235678',
      '行业自律、行业服务、行业交流',
      30000 + (i % 1000) / 100,
      '2018-06-01',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  await repackXlsx(streamed, file);
  rmSync(streamed);
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(url: string, username: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { cookie: cookies.join('; '), csrf: cookies.find((c) => c.startsWith('shezu_csrf='))!.split('=')[1]! };
}

async function call(url: string, s: Session, method: string, p: string, body?: unknown) {
  const res = await fetch(`${url}${p}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

type Phase = 'idle' | 'validating' | 'committing';

/** The server's resident memory now, MB. */
const rssMb = (pid: number) =>
  Math.round(Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);

/**
 * Keeps one reader and one writer busy, each timing its answers under the phase the import is in, and
 * samples the server's memory with every read (which phase makes the peak).
 */
function probes(url: string, reader: Session, writer: Session, phase: () => Phase, pid: number) {
  const rss: Record<Phase, number> = { idle: 0, validating: 0, committing: 0 };
  const reads: Record<Phase, number[]> = { idle: [], validating: [], committing: [] };
  const writes: Record<Phase, number[]> = { idle: [], validating: [], committing: [] };
  const failed: Record<Phase, string[]> = { idle: [], validating: [], committing: [] };
  let running = true;
  let n = 0;
  const readLoop = (async () => {
    while (running) {
      const p = phase();
      const t = performance.now();
      const r = await call(url, reader, 'GET', '/api/orgs?limit=20');
      if (r.status !== 200) throw new Error(`read ${r.status}`);
      reads[p].push(performance.now() - t);
      rss[p] = Math.max(rss[p], rssMb(pid));
      await sleep(20);
    }
  })();
  const writeLoop = (async () => {
    while (running) {
      const p = phase();
      const t = performance.now();
      const r = await call(url, writer, 'POST', '/api/community-orgs', {
        name: `双江街道压测服务队${++n}`,
        communityName: '滨江社区',
        areaKind: 'urban',
        categoryCode: 'charity',
        responsibleName: '李四',
        venue: '滨江社区党群服务中心',
        activityArea: '滨江社区',
        memberCount: 10,
        fundsFen: 0,
        filedOn: '2024-01-01',
      });
      if (r.status === 201) writes[p].push(performance.now() - t);
      else failed[p].push(`${r.status} ${r.json?.code ?? ''} after ${Math.round(performance.now() - t)} ms`);
      await sleep(250);
    }
  })();
  return {
    async stop() {
      running = false;
      await Promise.all([readLoop, writeLoop]);
      const sum = (m: Record<Phase, number[]>) =>
        Object.fromEntries(Object.entries(m).map(([k, v]) => [k, summarize(v)])) as Record<Phase, Summary>;
      return { reads: sum(reads), writes: sum(writes), failedWrites: failed, rssMbByPhase: rss };
    },
  };
}

async function waitFor(url: string, s: Session, id: number, done: (st: string) => boolean) {
  for (;;) {
    const r = await call(url, s, 'GET', `/api/ledgers/imports/${id}`);
    if (done(r.json.status)) return r.json;
    await sleep(200);
  }
}

async function runOn(engine: 'sqlite' | 'postgres', file: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `ledger-bench-${engine}-`));
  const env: Record<string, string> = { DATA_DIR: dataDir, DEMO: 'true' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const server = await startServer(env, await freePort());
  try {
    const url = server.url;
    const clerk = await login(url, 'yy-clerk');
    const reader = await login(url, 'yy-admin');
    const writer = await login(url, 'yy-township');
    let phase: Phase = 'idle';
    const probe = probes(url, reader, writer, () => phase, server.process.pid!);
    await sleep(3000);

    let t = performance.now();
    const form = new FormData();
    form.append('purpose', 'ledger');
    form.append('file', new Blob([readFileSync(file)]), '台账.xlsx');
    const up = await fetch(`${url}/api/files`, {
      method: 'POST',
      headers: { cookie: clerk.cookie, 'x-csrf-token': clerk.csrf },
      body: form,
    });
    if (up.status !== 201) throw new Error(`upload ${up.status} ${await up.text()}`);
    const uploadMs = performance.now() - t;

    t = performance.now();
    phase = 'validating';
    const created = await call(url, clerk, 'POST', '/api/ledgers/orgs/imports', {
      fileId: ((await up.json()) as { id: number }).id,
    });
    if (created.status !== 202) throw new Error(`import ${created.status} ${JSON.stringify(created.json)}`);
    const structureMs = performance.now() - t;
    const checked = await waitFor(url, clerk, created.json.id, (s) => s !== 'validating');
    const validateMs = performance.now() - t;
    if (checked.status !== 'ready') throw new Error(`check ended ${checked.status}: ${JSON.stringify(checked.errors)}`);
    phase = 'idle';
    await sleep(2000);

    t = performance.now();
    phase = 'committing';
    const commit = await call(url, clerk, 'POST', `/api/ledgers/imports/${checked.id}/commit`, {});
    if (commit.status !== 202) throw new Error(`commit ${commit.status} ${JSON.stringify(commit.json)}`);
    const committed = await waitFor(url, clerk, checked.id, (s) => s !== 'committing');
    const commitMs = performance.now() - t;
    phase = 'idle';
    if (committed.status !== 'committed') throw new Error(`commit ended ${committed.status}: ${committed.failure}`);
    await sleep(2000);
    const latencies = await probe.stop();
    const runs = await Promise.all(
      [checked.jobRunId, committed.jobRunId].map(
        async (id: number) => (await call(url, clerk, 'GET', `/api/job-runs/${id}`)).json,
      ),
    );
    const runMs = runs.map((r) => new Date(r.finishedAt).getTime() - new Date(r.startedAt).getTime());
    const rss = readFileSync(`/proc/${server.process.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1];
    return {
      engine,
      rows: committed.committedCount,
      fileBytes: statSync(file).size,
      uploadMs: Math.round(uploadMs),
      structureCheckMs: Math.round(structureMs),
      validateMs: Math.round(validateMs),
      commitMs: Math.round(commitMs),
      totalMs: Math.round(validateMs + commitMs),
      validateRunMs: runMs[0],
      commitRunMs: runMs[1],
      commitTransactionMs: runs[1].result?.transactionMs ?? null,
      serverPeakRssMb: rss ? Math.round(Number(rss) / 1024) : null,
      loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
      ...latencies,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function markdown(results: Awaited<ReturnType<typeof runOn>>[]): string {
  const s = (x: Summary) => (x.n ? `${x.p50} / ${x.p95} / ${x.max} ms (n=${x.n})` : '—');
  const lines = [
    '# Ledger import benchmark',
    '',
    `${new Date().toISOString()} · ${os.cpus().length} cores · Node ${process.version} · \`npx tsx scripts/bench/ledger-import.ts\``,
    '',
    '| engine | rows | file | upload | structure check | check (validate) | commit | check + commit | write transaction open | server peak RSS | load avg (1/5/15 min) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.engine} | ${r.rows.toLocaleString('en')} | ${(r.fileBytes / 1048576).toFixed(1)} MB | ${r.uploadMs} ms | ${r.structureCheckMs} ms | ${(r.validateMs / 1000).toFixed(1)} s | ${(r.commitMs / 1000).toFixed(1)} s | ${(r.totalMs / 1000).toFixed(1)} s | ${r.commitTransactionMs === null ? '—' : `${(r.commitTransactionMs / 1000).toFixed(1)} s`} | ${r.serverPeakRssMb ?? '—'} MB | ${r.loadAverage.join(' / ')} |`,
    ),
    '',
    'Latency of other requests meanwhile (p50 / p95 / max): a reader listing organizations every 20 ms, a',
    'writer filing a community organization every 250 ms.',
    '',
    '| engine | phase | read (GET /api/orgs) | write (POST /api/community-orgs) | server RSS, highest sample |',
    '|---|---|---|---|---|',
    ...results.flatMap((r) =>
      (['idle', 'validating', 'committing'] as const).map(
        (p) =>
          `| ${r.engine} | ${p} | ${s(r.reads[p])} | ${s(r.writes[p])}${r.failedWrites[p].length ? `; failed: ${r.failedWrites[p].join(', ')}` : ''} | ${r.rssMbByPhase[p]} MB |`,
      ),
    ),
  ];
  return lines.join('\n') + '\n';
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ledger-file-'));
  const file = path.join(dir, 'ledger.xlsx');
  try {
    let t = performance.now();
    await writeLedger(file, ROWS);
    log(
      `wrote ${ROWS} rows (${(statSync(file).size / 1048576).toFixed(1)} MB) in ${Math.round(performance.now() - t)} ms`,
    );
    const results = [];
    if (values.engine !== 'postgres') {
      t = performance.now();
      results.push(await runOn('sqlite', file));
      log(`sqlite done in ${Math.round(performance.now() - t)} ms`);
    }
    if (values.engine !== 'sqlite' && findPgBin()) {
      const cluster = await startPgCluster();
      try {
        const admin = new (await import('pg')).default.Client({ connectionString: cluster.adminUrl });
        await admin.connect();
        await admin.query('create database ledger_bench');
        await admin.end();
        results.push(await runOn('postgres', file, cluster.urlFor('ledger_bench')));
      } finally {
        cluster.stop();
      }
    }
    mkdirSync(path.join(root, 'bench'), { recursive: true });
    writeFileSync(path.join(root, 'bench/ledger-import.json'), JSON.stringify(results, null, 2) + '\n');
    const md = markdown(results);
    writeFileSync(path.join(root, 'bench/LEDGER-IMPORT.md'), md);
    console.log('\n' + md);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
