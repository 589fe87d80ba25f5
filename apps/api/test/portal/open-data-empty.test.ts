import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOpenDataList } from '@shezu/contracts';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { waitForRun } from '../jobs/helpers';
import { orgFields, seedOrgs } from '../support/orgs';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedOrgs(t, [
    { fields: orgFields({ name: '云阳县开放数据测试协会' }) },
    { fields: orgFields({ name: '云阳县开放数据测试中心' }) },
  ]);
});
afterAll(() => t.close());

describe(`open data of a region without community organizations (${ENGINE})`, () => {
  it('publishes the register and an empty community CSV (its header), and leaves out the empty JSON Lines file', async () => {
    const admin = await t.client().as('yy-admin');
    const res = await admin.post('/api/jobs/open-data.generate/run', {});
    expect(res.statusCode, res.body).toBe(202);
    await t.services.jobs.scheduler.runDue();
    const run = await waitForRun(admin, res.json().id, 'open data', (r) => !['queued', 'running'].includes(r.status));
    expect(run.status, run.error ?? '').toBe('succeeded');
    expect(run.result).toMatchObject({ orgs: 2, communityOrgs: 0 });

    const list = (await t.client().get('/api/public/open-data')).json() as TOpenDataList;
    const names = list.files.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['orgs.csv', 'orgs.jsonl', 'community-orgs.csv', 'dictionary.json']));
    expect(names).not.toContain('community-orgs.jsonl');
    const csv = await t.client().get('/api/public/open-data/community-orgs.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload.toString('utf8').trim().split('\n')).toHaveLength(1);
  });
});
