import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TJob, TJobRun } from '@shezu/contracts';
import { JobRunsRepository, LEASE_LOST } from '../../src/platform/jobs/job-runs.repository';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { authUser } from './helpers';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.client().as('yy-admin');
});
afterAll(() => t.close());

const LEASE_MS = 60_000;

/** Another instance takes the run and then dies: its lease runs out without a heartbeat. */
async function claimByGhost(): Promise<TJobRun['id']> {
  const now = t.clock.now();
  const run = await new JobRunsRepository(t.db).claimNext(
    'ghost-instance',
    now.toISOString(),
    new Date(now.getTime() + LEASE_MS).toISOString(),
    ['platform.selftest'],
  );
  expect(run?.leaseOwner).toBe('ghost-instance');
  return run!.id;
}

describe(`jobs API: the admin page (${ENGINE})`, () => {
  it('lists the jobs with schedule, next run, last run and what run-now accepts', async () => {
    const res = await admin.get('/api/jobs');
    expect(res.statusCode).toBe(200);
    const items: TJob[] = res.json().items;
    const cleanup = items.find((j) => j.name === 'sessions.cleanup')!;
    expect(cleanup).toMatchObject({
      title: '清理过期登录会话',
      execution: 'inline',
      schedule: { every: 'day', at: '03:00' },
      scheduleText: '每天 03:00（北京时间）',
      enabled: true,
      nextRunAt: '2026-03-02T19:00:00.000Z',
      version: 1,
      runnable: true,
      payloadSchema: null,
      lastRun: null,
    });
    const selftest = items.find((j) => j.name === 'platform.selftest')!;
    expect(selftest).toMatchObject({ execution: 'worker', schedule: null, enabled: null, nextRunAt: null });
    expect(selftest.payloadSchema).toMatchObject({ properties: { steps: { type: 'integer', default: 20 } } });
  });

  it('runs a job now: 202 with the queued run, audited, then the last run shows it', async () => {
    const res = await admin.post('/api/jobs/sessions.cleanup/run');
    expect(res.statusCode).toBe(202);
    const run: TJobRun = res.json();
    expect(run).toMatchObject({ jobName: 'sessions.cleanup', kind: 'oneoff', status: 'queued', attempts: 0 });
    expect(run.slot).toBe(t.clock.now().toISOString());
    await t.services.jobs.scheduler.runDue();
    const job = (await admin.get('/api/jobs')).json().items.find((j: TJob) => j.name === 'sessions.cleanup');
    expect(job.lastRun).toMatchObject({ id: run.id, status: 'succeeded', result: { deleted: 0 } });
    const audit = (await admin.get(`/api/audit-logs?entity=job_run&entityId=${run.id}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'run', summary: '立即运行：清理过期登录会话' });
  });

  it('checks run-now input: unknown job, payload of a job that takes none, payload out of range', async () => {
    expect((await admin.post('/api/jobs/no.such-job/run')).statusCode).toBe(404);
    const extra = await admin.post('/api/jobs/sessions.cleanup/run', { payload: { x: 1 } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().fields).toEqual({ payload: '该任务不接受参数' });
    const bad = await admin.post('/api/jobs/platform.selftest/run', { payload: { steps: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({ 'payload.steps': '步数至少为1' });
    const wrongType = await admin.post('/api/jobs/platform.selftest/run', { payload: 'lots' });
    expect(wrongType.statusCode).toBe(400);
    expect((await admin.put('/api/jobs/platform.selftest', { enabled: false, version: 1 })).statusCode).toBe(404);
    expect((await admin.put('/api/jobs/sessions.cleanup', { enabled: 'no', version: 1 })).statusCode).toBe(400);
  });

  it('cancels a queued run at once: it never starts; cancelling it again is refused', async () => {
    const run: TJobRun = (await admin.post('/api/jobs/platform.selftest/run', { payload: { steps: 2 } })).json();
    const res = await admin.post(`/api/job-runs/${run.id}/cancel`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelRequested: true, startedAt: null });
    await t.services.jobs.scheduler.runDue();
    expect((await admin.get(`/api/job-runs/${run.id}`)).json()).toMatchObject({ status: 'cancelled', attempts: 0 });
    const again = await admin.post(`/api/job-runs/${run.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('JOB_RUN_FINISHED');
  });

  it('pages runs newest first and filters by job and status', async () => {
    const first = (await admin.get('/api/job-runs?limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = (await admin.get(`/api/job-runs?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[0].id);
    const cancelled = (await admin.get('/api/job-runs?status=cancelled&job=platform.selftest')).json().items;
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((r: TJobRun) => r.status === 'cancelled' && r.jobName === 'platform.selftest')).toBe(true);
    expect((await admin.get('/api/job-runs?status=done')).statusCode).toBe(400);
    expect((await admin.get('/api/job-runs?cursor=garbage')).statusCode).toBe(400);
    const huge = Buffer.from('99999999999999999999').toString('base64url');
    expect((await admin.get(`/api/job-runs?cursor=${huge}`)).statusCode).toBe(400);
    expect((await admin.get('/api/job-runs/99999999999999999999')).statusCode).toBe(400);
    expect((await admin.post('/api/job-runs/99999999999999999999/cancel')).statusCode).toBe(400);
    expect((await admin.get('/api/job-runs/123456789')).statusCode).toBe(404);
    expect((await admin.post('/api/jobs/BAD NAME/run')).statusCode).toBe(400);
  });
});

describe(`jobs API: who may do what (${ENGINE})`, () => {
  it('a county clerk can neither see the admin page nor run, enable or disable jobs', async () => {
    const clerk = await t.client().as('yy-clerk');
    const before = (await t.db.selectFrom('jobRuns').select('id').execute()).length;
    for (const res of [
      await clerk.get('/api/jobs'),
      await clerk.post('/api/jobs/sessions.cleanup/run'),
      await clerk.put('/api/jobs/sessions.cleanup', { enabled: false, version: 1 }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await t.db.selectFrom('jobRuns').select('id').execute()).length).toBe(before);
    const job = (await admin.get('/api/jobs')).json().items.find((j: TJob) => j.name === 'sessions.cleanup');
    expect(job).toMatchObject({ enabled: true, version: 1 });
  });

  it('a user reads and cancels the runs they requested; nobody else without jobs.manage in scope', async () => {
    const clerkUser = await authUser(t.db, 'yy-clerk');
    const id = await t.services.jobs.enqueue(t.db, {
      name: 'platform.selftest',
      payload: { steps: 1 },
      requestedBy: clerkUser,
    });
    const clerk = await t.client().as('yy-clerk');
    expect((await clerk.get(`/api/job-runs/${id}`)).json()).toMatchObject({ id, requestedBy: clerkUser.id });
    expect((await clerk.get('/api/job-runs')).json().items.map((r: TJobRun) => r.id)).toEqual([id]);

    const township = await t.client().as('yy-township'); // same county, no jobs.manage
    expect((await township.get(`/api/job-runs/${id}`)).statusCode).toBe(404);
    expect((await township.get('/api/job-runs')).json().items).toEqual([]);
    expect((await township.post(`/api/job-runs/${id}/cancel`)).statusCode).toBe(404);

    const platformRun = await t.services.jobs.enqueue(t.db, { name: 'sessions.cleanup', requestedBy: null });
    const otherCity = await t.client().as('qz-admin'); // manages jobs, but in 衢州
    expect((await otherCity.get(`/api/job-runs/${id}`)).statusCode).toBe(404);
    const seen = (await otherCity.get('/api/job-runs?limit=200')).json().items as TJobRun[];
    expect(seen.some((r) => r.id === id)).toBe(false);
    expect(seen.some((r) => r.id === platformRun)).toBe(true); // the platform's own runs
    expect(seen.some((r) => r.requestedBy !== null)).toBe(false); // 云阳 admins' runs stay in 云阳

    expect((await admin.get(`/api/job-runs/${id}`)).statusCode).toBe(200); // 云阳 admin: in scope

    const cancelled = await clerk.post(`/api/job-runs/${id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
  });
});

describe(`jobs: an instance that dies mid-run (${ENGINE})`, () => {
  it('its expired lease lets another instance take the run over (attempt 2)', async () => {
    await t.services.jobs.scheduler.runDue(); // nothing else left in the queue
    await t.services.jobs.enqueue(t.db, {
      name: 'platform.selftest',
      payload: { steps: 3, stepMs: 0 },
      requestedBy: null,
    });
    const id = await claimByGhost();
    await t.services.jobs.scheduler.runDue();
    expect((await admin.get(`/api/job-runs/${id}`)).json()).toMatchObject({
      status: 'running',
      leaseOwner: 'ghost-instance',
    });

    t.clock.advance(LEASE_MS + 1000);
    const fresh = await t.client().as('yy-admin');
    await t.services.jobs.scheduler.runDue();
    expect((await fresh.get(`/api/job-runs/${id}`)).json()).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      progressDone: 3,
      leaseOwner: null,
      result: { steps: 3, written: 3 },
    });
  });

  it('after the last attempt the run fails and keeps why', async () => {
    await t.services.jobs.enqueue(t.db, {
      name: 'platform.selftest',
      payload: { steps: 3, stepMs: 0 },
      requestedBy: null,
    });
    let id = 0;
    for (let attempt = 1; attempt <= 3; attempt++) {
      id = await claimByGhost();
      t.clock.advance(LEASE_MS + 1000);
    }
    await t.services.jobs.scheduler.runDue();
    const fresh = await t.client().as('yy-admin');
    const run = (await fresh.get(`/api/job-runs/${id}`)).json();
    expect(run).toMatchObject({ status: 'failed', attempts: 3, error: LEASE_LOST, leaseOwner: null });
    expect(run.finishedAt).toBe(t.clock.now().toISOString());
  });

  it('a run cancelled while its instance was dead ends cancelled instead of running again', async () => {
    await t.services.jobs.enqueue(t.db, {
      name: 'platform.selftest',
      payload: { steps: 3, stepMs: 0 },
      requestedBy: null,
    });
    const id = await claimByGhost();
    const fresh = await t.client().as('yy-admin');
    const res = await fresh.post(`/api/job-runs/${id}/cancel`);
    expect(res.json()).toMatchObject({ status: 'running', cancelRequested: true });
    t.clock.advance(LEASE_MS + 1000);
    await t.services.jobs.scheduler.runDue();
    const later = await t.client().as('yy-admin');
    expect((await later.get(`/api/job-runs/${id}`)).json()).toMatchObject({ status: 'cancelled', attempts: 1 });
  });
});
