import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../support/app';
import { insertUser } from '../../support/fixtures';
import { SYSTEM_ACTOR } from '../../../src/platform/auth/auth-user';
import { newOrg } from '../../credit/lists-helpers';

export { newOrg, chinaNoon, schedulesOff } from '../../credit/lists-helpers';

let n = 0;

/** An organization of 云阳县 with its own account, signed in. */
export async function orgWithAccount(t: TestApp): Promise<{ orgId: number; account: TestClient; username: string }> {
  const orgId = await newOrg(t);
  const username = `case-org-${++n}-${orgId}`;
  await insertUser(t.db, { username, roles: ['org_account'], regionCode: '500235', orgId });
  return { orgId, account: await t.client().as(username), username };
}

/** Opens a case the way another part would (through the CaseOpener). */
export function openCase(
  t: TestApp,
  orgId: number,
  sourceRef: string,
  extra: { rectification?: { deadline: string; requirement: string } } = {},
) {
  const source = sourceRef.split(':')[0] as 'complaint';
  return t.db.transaction().execute((trx) =>
    t.services.supervision.cases.openFromSource(trx, SYSTEM_ACTOR, {
      orgId,
      source,
      sourceRef,
      title: `案件 ${sourceRef}`,
      detail: '群众反映该组织强制入会并收取会费。',
      ...extra,
    }),
  );
}

export async function caseOf(client: TestClient, id: number) {
  const res = await client.get(`/api/supervision-cases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Runs the 电子监察 job for the given China date. */
export async function runAlarms(t: TestApp, date: string): Promise<Record<string, unknown>> {
  t.clock.set(`${date}T01:30:00+08:00`);
  const id = await t.services.jobs.enqueue(t.db, { name: 'supervision.case-alarms', requestedBy: null });
  await t.services.jobs.scheduler.runDue();
  const run = await t.db.selectFrom('jobRuns').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  expect(run.status, String(run.error ?? '')).toBe('succeeded');
  const result = run.result;
  return (typeof result === 'string' ? JSON.parse(result) : result) as Record<string, unknown>;
}

export function ok<R extends { statusCode: number; body: string }>(res: R, status = 200): R {
  expect(res.statusCode, res.body).toBe(status);
  return res;
}
