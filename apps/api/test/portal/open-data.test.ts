import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TJob, TOpenDataFile, TOpenDataList, TPublicOrg } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { waitForRun } from '../jobs/helpers';
import { orgFields, seedOrgs } from '../support/orgs';
import { PII, expectNoPersonalData, insertCommunityOrgs } from './helpers';

let t: TestApp;
let pub: TestClient;
let admin: TestClient;
let ids: number[];

beforeAll(async () => {
  t = await startTestApp();
  pub = t.client();
  admin = await t.client().as('yy-admin');
  const odd = [
    { name: '云阳县"启航",青少年服务中心', businessScope: '青少年服务；\n心理辅导、"阳光"课堂' },
    { name: '云阳县=SUM(A1)读书会', address: '=HYPERLINK("http://x")' },
    { name: '云阳县老年协会\u0007', website: 'https://lao.example.cn' },
  ];
  ids = await seedOrgs(t, [
    ...Array.from({ length: 27 }, (_, i) => ({
      fields: orgFields({
        name: `云阳县开放数据测试会${i}`,
        legalRepIdNumber: PII.legalRepId,
        legalRepPhone: PII.legalRepPhone,
        contactPhone: PII.contactPhone,
        charityRecognized: i % 5 === 0,
        evaluationGrade: i % 7 === 0 ? '4A' : null,
        gradeValidUntil: i % 7 === 0 ? '2029-12-31' : null,
      }),
    })),
    ...odd.map((o) => ({ fields: orgFields({ ...o, contactPhone: PII.contactPhone }) })),
  ]);
  await insertCommunityOrgs(t.db, [
    { regionCode: '500235001', communityName: '滨江社区', areaKind: 'urban' },
    { regionCode: '500235002', communityName: '青龙村', areaKind: 'rural' },
    { regionCode: '500235002', communityName: '青龙村', areaKind: 'rural', status: 'cancelled' },
  ]);
  await t.services.orgs.lifecycle.revoke(null, ids[3]!, {
    actor: SYSTEM_ACTOR,
    basis: '《社会团体登记管理条例》第三十条',
    decisionRef: '云民罚〔2026〕2号',
  });
});
afterAll(() => t.close());

async function generate(payload?: { partBytes?: number; worker?: boolean }): Promise<Record<string, unknown>> {
  admin = await t.client().as('yy-admin');
  const res = await admin.post('/api/jobs/open-data.generate/run', payload ? { payload } : {});
  expect(res.statusCode, res.body).toBe(202);
  await t.services.jobs.scheduler.runDue();
  const run = await waitForRun(admin, res.json().id, 'open data', (r) => !['queued', 'running'].includes(r.status));
  expect(run.status, run.error ?? '').toBe('succeeded');
  return run.result as Record<string, unknown>;
}

async function download(f: TOpenDataFile): Promise<string> {
  const res = await pub.get(`/api/public/open-data/${f.name}`);
  expect(res.statusCode, f.name).toBe(200);
  expect(res.rawPayload.length).toBe(f.bytes);
  expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(f.sha256);
  expect(res.headers['content-disposition']).toContain(`filename="${f.name}"`);
  return res.rawPayload.toString('utf8');
}

/** RFC 4180 fields, quoted ones with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const allOrgs = async (): Promise<TPublicOrg[]> => {
  const out: TPublicOrg[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: TPublicOrg[]; nextCursor: string | null } = (
      await pub.get(`/api/public/orgs?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    ).json();
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
};

const listFiles = async (): Promise<TOpenDataList> => (await pub.get('/api/public/open-data')).json();

describe(`open data bulk download (${ENGINE})`, () => {
  it('is a daily job; before its first run there is nothing to download', async () => {
    const job = (await admin.get('/api/jobs')).json().items.find((j: TJob) => j.name === 'open-data.generate');
    expect(job).toMatchObject({ scheduleText: expect.stringContaining('02:30'), runnable: true });
    expect(await listFiles()).toEqual({ generatedAt: null, checkedAt: null, files: [] });
    expect((await pub.get('/api/public/open-data/orgs.csv')).statusCode).toBe(404);
  });

  it('writes CSV and JSON Lines in parts whose rows match the register, with a dictionary and no personal data', async () => {
    // The national-scale path: a worker thread with its own connection and its own files service.
    const result = await generate({ partBytes: 4096, worker: true });
    expect(result).toMatchObject({ orgs: 30, communityOrgs: 3, unchanged: false });
    const list = await listFiles();
    const orgCsv = list.files.filter((f) => f.dataset === 'orgs' && f.format === 'csv');
    expect(orgCsv.length).toBeGreaterThan(2);
    expect(orgCsv.map((f) => f.name)).toEqual(orgCsv.map((f, i) => (i ? `orgs-${i + 1}.csv` : 'orgs.csv')));
    expect(orgCsv.every((f) => f.bytes <= 4096)).toBe(true);
    expect(list.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['orgs.jsonl', 'community-orgs.csv', 'community-orgs.jsonl', 'dictionary.json']),
    );

    const api = await allOrgs();
    const jsonl: TPublicOrg[] = [];
    for (const f of list.files.filter((x) => x.dataset === 'orgs' && x.format === 'jsonl')) {
      const text = await download(f);
      expectNoPersonalData(text, f.name);
      const lines = text.trimEnd().split('\n');
      expect(lines).toHaveLength(f.rows);
      jsonl.push(...lines.map((l) => JSON.parse(l)));
    }
    const printable = (o: TPublicOrg) => ({ ...o, name: o.name.replace('\u0007', '') });
    expect(jsonl).toEqual(api.map(printable));

    const dictionary = JSON.parse(await download(list.files.find((f) => f.name === 'dictionary.json')!));
    const fields: { name: string; label: string }[] = dictionary.datasets[0].fields;
    expect(fields.map((f) => f.name)).toEqual(Object.keys(api[0]!));

    const rows: string[][] = [];
    for (const f of orgCsv) {
      const text = await download(f);
      expect(text.startsWith('\uFEFF')).toBe(true);
      expectNoPersonalData(text, f.name);
      const [header, ...data] = parseCsv(text.slice(1));
      expect(header).toEqual(fields.map((x) => x.label));
      expect(data).toHaveLength(f.rows);
      rows.push(...data);
    }
    const cell = (v: unknown) =>
      v === null ? '' : typeof v === 'boolean' ? (v ? '是' : '否') : /^[=+\-@]/.test(String(v)) ? `'${v}` : String(v);
    expect(rows).toEqual(api.map((o) => fields.map((f) => cell(printable(o)[f.name as keyof TPublicOrg]))));
    const revoked = rows.find((r) => r[0] === api[3]!.uscc)!;
    expect(revoked[fields.findIndex((f) => f.name === 'statusName')]).toBe('已撤销登记');

    const community = await download(list.files.find((f) => f.name === 'community-orgs.csv')!);
    expectNoPersonalData(community, 'community-orgs.csv');
    expect(parseCsv(community.slice(1))).toHaveLength(1 + 3);
    expect(community).toContain('滨江社区');
  });

  it('keeps the files when nothing changed, and regenerates after a change the API showed at once', async () => {
    const first = await listFiles();
    t.clock.advanceMinutes(60);
    expect(await generate({ partBytes: 4096 })).toMatchObject({ unchanged: true });
    const same = await listFiles();
    expect(same.files).toEqual(first.files);
    expect(same.checkedAt! > first.checkedAt!).toBe(true);

    await t.services.orgs.lifecycle.revoke(null, ids[0]!, {
      actor: SYSTEM_ACTOR,
      basis: '《社会团体登记管理条例》第三十条',
      decisionRef: '云民罚〔2026〕3号',
    });
    const firstUscc = (await allOrgs())[0]!.uscc;
    expect((await pub.get(`/api/public/orgs/${firstUscc}`)).json().status).toBe('revoked');
    const stale = (await download(first.files.find((f) => f.name === 'orgs.jsonl')!)).split('\n')[0]!;
    expect(JSON.parse(stale).status).toBe('registered');

    t.clock.advanceMinutes(60);
    expect(await generate()).toMatchObject({ unchanged: false, orgs: 30 });
    const next = await listFiles();
    expect(next.generatedAt! > first.generatedAt!).toBe(true);
    expect(next.files.filter((f) => f.dataset === 'orgs' && f.format === 'csv').map((f) => f.name)).toEqual([
      'orgs.csv',
    ]);
    const fresh = (await download(next.files.find((f) => f.name === 'orgs.jsonl')!)).split('\n')[0]!;
    expect(JSON.parse(fresh).status).toBe('revoked');
    expect((await pub.get('/api/public/open-data/orgs-2.csv')).statusCode).toBe(404);
  });

  it('audits each publication and refuses names that are not data files', async () => {
    const audits = await t.db
      .selectFrom('auditLog')
      .select(['action', 'summary'])
      .where('entity', '=', 'open_data')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['publish', 'publish']);
    expect(audits[0]!.summary).toContain('社会组织 30 条');
    expect((await pub.get('/api/public/open-data/..%2Fsecrets.json')).statusCode).toBe(400);
    expect((await pub.get('/api/public/open-data/orgs.exe')).statusCode).toBe(400);
  });
});
