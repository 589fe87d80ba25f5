import { expect } from 'vitest';
import type { TActivityInput } from '@shezu/contracts';
import type { TestApp, TestClient } from '../../support/app';
import { insertUser } from '../../support/fixtures';
import { multipart } from '../../files/multipart';
import { newOrg } from '../../credit/lists-helpers';

export { chinaNoon } from '../../credit/lists-helpers';

let n = 0;

/** An organization (云阳县 by default) with its own account, signed in. */
export async function orgWithAccount(
  t: TestApp,
  authority = '500235',
  over: Parameters<typeof newOrg>[2] = {},
): Promise<{ orgId: number; account: TestClient; username: string }> {
  const orgId = await newOrg(t, authority, over);
  const username = `act-org-${++n}-${orgId}`;
  await insertUser(t.db, { username, roles: ['org_account'], regionCode: authority, orgId });
  return { orgId, account: await t.client().as(username), username };
}

/** Bureau staff of another county (奉节县, next to 云阳县): reads and decides none of 云阳's activities. */
export async function neighbourClerk(t: TestApp): Promise<TestClient> {
  const username = `act-fj-clerk-${++n}`;
  await insertUser(t.db, { username, roles: ['authority_staff'], regionCode: '500236' });
  return t.client().as(username);
}

/** Bureau staff of 重庆市: reads 云阳县's activities, decides none of them (本级). */
export async function upperClerk(t: TestApp): Promise<TestClient> {
  const username = `act-cq-clerk-${++n}`;
  await insertUser(t.db, { username, roles: ['authority_staff'], regionCode: '50' });
  return t.client().as(username);
}

export function plan(over: Partial<TActivityInput> = {}): TActivityInput {
  return {
    title: '社区义诊进万家',
    kind: 'public_welfare',
    startsOn: '2026-03-02',
    endsOn: '2026-03-02',
    place: '云阳县双江街道社区服务中心',
    expectedParticipants: 80,
    budgetFen: 500_000,
    partners: [{ name: '云阳县人民医院', role: '医疗支持' }],
    description: '组织会员单位医生为社区居民免费体检、健康咨询。',
    ...over,
  };
}

export function ok<R extends { statusCode: number; body: string }>(res: R, status = 200): R {
  expect(res.statusCode, res.body).toBe(status);
  return res;
}

export async function create(account: TestClient, over: Partial<TActivityInput> = {}): Promise<number> {
  return ok(await account.post('/api/activities', plan(over)), 201).json().id;
}

export async function detail(c: TestClient, id: number) {
  return ok(await c.get(`/api/activities/${id}`)).json();
}

export const finishBody = {
  summary: '为120名居民义诊，发放健康手册200份。',
  attendance: 120,
  attendees: ['张三', '李四'],
};

/** From planned to finished (a kind without approval). */
export async function finished(account: TestClient, over: Partial<TActivityInput> = {}): Promise<number> {
  const id = await create(account, over);
  ok(await account.post(`/api/activities/${id}/start`));
  ok(await account.post(`/api/activities/${id}/finish`, finishBody));
  return id;
}

export function uploadPhoto(
  c: TestClient,
  id: number,
  content: Buffer,
  fields: { caption?: string; showsMinors?: boolean } = {},
  filename = '照片.jpg',
) {
  const parts = [
    ...(fields.caption ? [{ name: 'caption', value: fields.caption }] : []),
    ...(fields.showsMinors !== undefined ? [{ name: 'showsMinors', value: String(fields.showsMinors) }] : []),
    { name: 'file', file: { filename, content, type: 'image/jpeg' } },
  ];
  const { body, contentType } = multipart(parts);
  return c.request('POST', `/api/activities/${id}/photos`, body, { 'content-type': contentType });
}

export async function auditOf(t: TestApp, id: number): Promise<string[]> {
  const rows = await t.db
    .selectFrom('auditLog')
    .select('action')
    .where('entity', '=', 'activity')
    .where('entityId', '=', String(id))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}
