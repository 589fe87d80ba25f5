import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { MAJOR_MATTER_FILE_PURPOSE } from '@shezu/contracts';
import { insertUnit, insertUser, unitIdByName } from '../../support/fixtures';
import { upload } from '../../files/multipart';
import { samples } from '../../files/samples';
import { chinaNoon, matter, orgWithAccount } from './helpers';

let t: TestApp;
let clerk: TestClient;
let supervisor: TestClient;
let edu: number;
beforeAll(async () => {
  t = await startTestApp();
  edu = await unitIdByName(t.db, '云阳县教育委员会');
});

/** Sets the China date and signs the staff in again (the clock jumps past idle sessions). */
async function on(date: string): Promise<void> {
  t.clock.set(chinaNoon(date));
  clerk = await t.client().as('yy-clerk');
  supervisor = await t.client().as('yy-supervisor');
}
afterAll(() => t.close());

const todo = (key: string) =>
  t.db
    .selectFrom('todos')
    .select(['status', 'orgId', 'unitId', 'role'])
    .where('sourceKey', '=', key)
    .executeTakeFirst();

describe(`major-matter reports: report, answer, withdraw, complete (${ENGINE})`, () => {
  it('the due day comes from working days; the form hint says so; in time on the due day', async () => {
    await on('2026-09-20');
    const { account } = await orgWithAccount(t);
    const hint = await account.get('/api/major-matters/due-day?happensOn=2026-10-16');
    expect(hint.statusCode, hint.body).toBe(200);
    expect(hint.json()).toMatchObject({ dueOn: '2026-09-20', days: 15, late: false, missingYears: [] });
    const res = await account.post('/api/major-matters', matter('2026-10-16'));
    expect(res.statusCode, res.body).toBe(201);
    const got = await account.get(`/api/major-matters/${res.json().id}`);
    expect(got.json()).toMatchObject({
      dueOn: '2026-09-20',
      reportedOn: '2026-09-20',
      late: false,
      status: 'reported',
    });
    expect(got.json().actions).toEqual(['withdraw']);
    expect(await todo(`major-matter:${res.json().id}:authority`)).toMatchObject({
      status: 'open',
      role: 'authority_staff',
    });
  });

  it("the bureau's own reporting days (activity settings) move the due day", async () => {
    await on('2026-09-01');
    const { account } = await orgWithAccount(t);
    const current = (await clerk.get('/api/activity-settings')).json();
    const saved = await clerk.put('/api/activity-settings', {
      approvalKinds: current.approvalKinds,
      reviewBeforePublish: current.reviewBeforePublish,
      majorMatterDays: 5,
      version: current.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const hint = await account.get('/api/major-matters/due-day?happensOn=2026-10-16');
    expect(hint.json()).toMatchObject({ dueOn: '2026-10-10', days: 5 });
    const back = await clerk.put('/api/activity-settings', {
      approvalKinds: current.approvalKinds,
      reviewBeforePublish: current.reviewBeforePublish,
      majorMatterDays: 15,
      version: saved.json().version,
    });
    expect(back.statusCode, back.body).toBe(200);
  });

  it('validates the kind-specific facts with Chinese messages', async () => {
    await on('2026-09-01');
    const { account } = await orgWithAccount(t);
    const bad = await account.post(
      '/api/major-matters',
      matter('2026-12-01', { facts: { kind: 'large_donation', amountFen: 0, donor: '' } }),
    );
    expect(bad.statusCode).toBe(400);
    const mismatch = await account.post(
      '/api/major-matters',
      matter('2026-12-01', { kind: 'leader_change', facts: { kind: 'other' } }),
    );
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('事项信息与类型不符');
    expect((await clerk.post('/api/major-matters', matter('2026-12-01'))).statusCode).toBe(403);
  });

  it('acknowledged by the clerk (本级); a neighbouring county and another unit are denied; stale version', async () => {
    await on('2026-09-01');
    const { account, username } = await orgWithAccount(t, { categoryCode: 'education', supervisorUnitId: edu });
    const other = await orgWithAccount(t);
    const id = (await account.post('/api/major-matters', matter('2026-11-02'))).json().id as number;
    await insertUser(t.db, { username: 'mm-wanzhou', roles: ['authority_staff'], regionCode: '500101' });
    const culture = await insertUnit(t.db, '云阳县测试主管单位', '500235');
    await insertUser(t.db, {
      username: 'mm-culture',
      roles: ['supervisor_staff'],
      regionCode: '500235',
      unitId: culture,
    });
    const neighbour = await t.client().as('mm-wanzhou');
    const otherUnit = await t.client().as('mm-culture');
    expect((await neighbour.get(`/api/major-matters/${id}`)).statusCode).toBe(404);
    expect((await neighbour.post(`/api/major-matters/${id}/acknowledge`, { version: 1 })).statusCode).toBe(404);
    expect((await otherUnit.post(`/api/major-matters/${id}/acknowledge`, { version: 1 })).statusCode).toBe(404);
    expect((await other.account.get(`/api/major-matters/${id}`)).statusCode).toBe(404);
    expect((await other.account.post(`/api/major-matters/${id}/withdraw`, { version: 1 })).statusCode).toBe(404);
    expect((await account.post(`/api/major-matters/${id}/acknowledge`, { version: 1 })).statusCode).toBe(403);
    expect((await neighbour.get('/api/major-matters')).json().items.map((m: { id: number }) => m.id)).not.toContain(id);

    const seen = await supervisor.get(`/api/major-matters/${id}`);
    expect(seen.json().actions).toEqual(['acknowledge', 'object']);
    expect((await clerk.post(`/api/major-matters/${id}/acknowledge`, { version: 0 })).statusCode).toBe(409);
    const ack = await clerk.post(`/api/major-matters/${id}/acknowledge`, { version: 1 });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged', decidedOn: '2026-09-01', actions: [] });
    expect(
      (await supervisor.post(`/api/major-matters/${id}/object`, { version: 2, reason: '不同意' })).statusCode,
    ).toBe(409);
    expect((await account.post(`/api/major-matters/${id}/withdraw`, { version: 2 })).statusCode).toBe(409);
    expect(await todo(`major-matter:${id}:authority`)).toMatchObject({ status: 'done' });
    expect(await todo(`major-matter:${id}:unit`)).toMatchObject({ status: 'done', unitId: edu });
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entity', '=', 'major_matter')
      .where('entityId', '=', String(id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['major_matter_reported', 'major_matter_acknowledged']);

    // Completing waits for the day; then the outcome is recorded once.
    expect(
      (
        await account.post(`/api/major-matters/${id}/complete`, {
          outcome: '已接收',
          completedOn: '2026-09-01',
          version: 2,
        })
      ).statusCode,
    ).toBe(409);
    t.clock.set(chinaNoon('2026-11-03'));
    await account.as(username);
    const done = await account.post(`/api/major-matters/${id}/complete`, {
      outcome: '捐赠款已到账并开具票据',
      completedOn: '2026-11-02',
      version: 2,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', completedOn: '2026-11-02', actions: [] });
  });

  it('the supervising unit objects with a reason: the organization gets a to-do; a reason is required', async () => {
    await on('2026-09-01');
    const { orgId, account } = await orgWithAccount(t, { categoryCode: 'education', supervisorUnitId: edu });
    const id = (await account.post('/api/major-matters', matter('2026-11-02'))).json().id as number;
    expect((await supervisor.post(`/api/major-matters/${id}/object`, { version: 1, reason: ' ' })).statusCode).toBe(
      400,
    );
    const res = await supervisor.post(`/api/major-matters/${id}/object`, {
      version: 1,
      reason: '捐赠方资质需进一步核实',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'objected', decisionReason: '捐赠方资质需进一步核实' });
    expect(await todo(`major-matter:${id}:org`)).toMatchObject({ status: 'open', orgId });
    // The organization drops the matter: its to-do closes.
    expect(
      (
        await account.post(`/api/major-matters/${id}/complete`, {
          outcome: '照常举行',
          completedOn: '2026-09-01',
          version: 2,
        })
      ).statusCode,
    ).toBe(409);
    const dropped = await account.post(`/api/major-matters/${id}/withdraw`, { version: 2 });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(await todo(`major-matter:${id}:org`)).toMatchObject({ status: 'done' });
  });

  it('files go with the report: staff in scope read them, another organization does not; a text file is refused', async () => {
    await on('2026-09-01');
    const { account } = await orgWithAccount(t);
    const other = await orgWithAccount(t);
    const bad = await upload(account, MAJOR_MATTER_FILE_PURPOSE, '说明.txt', Buffer.from('plain text'));
    expect([400, 415]).toContain(bad.statusCode);
    const file = (await upload(account, MAJOR_MATTER_FILE_PURPOSE, '捐赠协议.pdf', samples.pdf)).json();
    const res = await account.post('/api/major-matters', { ...matter('2026-11-02'), fileIds: [file.id] });
    expect(res.statusCode, res.body).toBe(201);
    const got = await clerk.get(`/api/major-matters/${res.json().id}`);
    expect(got.json().files).toEqual([{ id: file.id, name: '捐赠协议.pdf' }]);
    expect((await clerk.get(`/api/files/${file.id}/content`)).statusCode).toBe(200);
    expect((await other.account.get(`/api/files/${file.id}/content`)).statusCode).toBe(404);
    // A file already attached cannot be given to a second report.
    const again = await account.post('/api/major-matters', { ...matter('2026-11-02'), fileIds: [file.id] });
    expect(again.statusCode).toBe(400);
  });

  it('withdrawn before an answer; then nobody can answer it', async () => {
    const { account } = await orgWithAccount(t);
    const id = (await account.post('/api/major-matters', matter('2026-11-02'))).json().id as number;
    const w = await account.post(`/api/major-matters/${id}/withdraw`, { version: 1 });
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().status).toBe('withdrawn');
    expect((await clerk.post(`/api/major-matters/${id}/acknowledge`, { version: 2 })).statusCode).toBe(409);
    expect(await todo(`major-matter:${id}:authority`)).toMatchObject({ status: 'cancelled' });
  });

  it('lists newest first within scope with filters and the month of the calendar', async () => {
    await on('2026-09-01');
    const { orgId, account } = await orgWithAccount(t);
    const a = (await account.post('/api/major-matters', matter('2026-11-02'))).json().id as number;
    const b = (await account.post('/api/major-matters', matter('2026-12-07', { title: '十二月事项' }))).json()
      .id as number;
    const page = await clerk.get(`/api/major-matters?orgId=${orgId}&limit=1`);
    expect(page.json().items.map((m: { id: number }) => m.id)).toEqual([b]);
    const next = await clerk.get(`/api/major-matters?orgId=${orgId}&limit=1&cursor=${page.json().nextCursor}`);
    expect(next.json().items.map((m: { id: number }) => m.id)).toEqual([a]);
    const nov = await clerk.get(`/api/major-matters?orgId=${orgId}&month=2026-11`);
    expect(nov.json().items.map((m: { id: number }) => m.id)).toEqual([a]);
    const own = await account.get('/api/major-matters?kind=large_donation&status=reported&late=0&region=500235');
    expect(own.json().items.map((m: { id: number }) => m.id)).toEqual([b, a]);
    expect((await clerk.get('/api/major-matters?month=2026-13')).statusCode).toBe(400);
  });
});
