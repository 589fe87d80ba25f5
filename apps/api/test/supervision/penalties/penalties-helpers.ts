import { expect } from 'vitest';
import { PENALTY_EVIDENCE_PURPOSE } from '@shezu/contracts';
import type { TestApp, TestClient } from '../../support/app';
import { insertUser } from '../../support/fixtures';
import { upload } from '../../files/multipart';
import { samples } from '../../files/samples';

export { chinaNoon, listingsOf, newOrg } from '../../credit/lists-helpers';

let n = 0;

/** A second bureau member who may review (法制审核) but did not handle the case. */
export async function reviewerOf(t: TestApp, region = '500235'): Promise<string> {
  const username = `penalty-reviewer-${++n}`;
  await insertUser(t.db, { username, roles: ['authority_staff'], regionCode: region });
  return username;
}

export async function evidence(c: TestClient, name = '现场检查笔录.pdf'): Promise<number> {
  const res = await upload(c, PENALTY_EVIDENCE_PURPOSE, name, samples.pdf);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

type Json = Record<string, unknown>;
/** POSTs a step with the penalty's current version; returns the raw response. */
export async function step(c: TestClient, id: number, path: string, body: Json) {
  const cur = (await c.get(`/api/penalties/${id}`)).json();
  return c.post(`/api/penalties/${id}/${path}`, { version: cur.version, ...body });
}

export async function ok(c: TestClient, id: number, path: string, body: Json) {
  const res = await step(c, id, path, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const notice = (kinds: string[], extra: Json = {}) => ({
  kinds,
  facts: '经查，该会于2026年3月未经批准擅自设立分支机构并以其名义开展活动。',
  basis: '《社会团体登记管理条例》第三十条第一款第（六）项',
  ...extra,
});

export const decisionBody = { reconsiderationBody: '云阳县人民政府', court: '云阳县人民法院' };

/** Files a penalty and takes it through investigation and prior notice. */
export async function filedAndNotified(
  t: TestApp,
  clerk: TestClient,
  orgId: number,
  kinds: string[],
  extra: Json = {},
) {
  const created = await clerk.post('/api/penalties', {
    orgId,
    title: '擅自设立分支机构案',
    facts: '群众举报，经初步核实',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  await ok(clerk, id, 'investigation', { findings: '现场检查笔录1份', evidence: [await evidence(clerk)] });
  const notified = await ok(clerk, id, 'prior-notice', notice(kinds, extra));
  return { id, notified };
}

/** …then a waived statement, the review by someone else and the decision. */
export async function decided(
  t: TestApp,
  clerk: TestClient,
  reviewer: TestClient,
  orgId: number,
  kinds: string[],
  extra: Json = {},
) {
  const { id } = await filedAndNotified(t, clerk, orgId, kinds, extra);
  const today = (await clerk.get(`/api/penalties/${id}`)).json().noticeOn;
  await ok(clerk, id, 'statement', { statement: '放弃陈述申辩', statedOn: today });
  await ok(reviewer, id, 'review', { approved: true, opinion: '事实清楚，证据确凿，程序合法，适用依据正确' });
  return ok(clerk, id, 'decision', decisionBody);
}
