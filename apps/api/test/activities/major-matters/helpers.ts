import type { TOrgFields } from '@shezu/contracts';
import type { TestApp, TestClient } from '../../support/app';
import { insertUser } from '../../support/fixtures';
import { orgFields, seedOrgs } from '../../support/orgs';

export { chinaNoon } from '../../credit/lists-helpers';

let n = 0;

/** An organization registered by `authority` (云阳县 by default), with its own signed-in account. */
export async function orgWithAccount(
  t: TestApp,
  over: Partial<TOrgFields> = {},
  authority = '500235',
): Promise<{ orgId: number; account: TestClient; username: string }> {
  const regionCode = authority === '500235' ? '500235001' : `${authority}006`;
  const [orgId] = await seedOrgs(t, [{ fields: orgFields({ regionCode, ...over }), authority }]);
  const username = `mm-org-${++n}-${orgId}`;
  await insertUser(t.db, { username, roles: ['org_account'], regionCode: authority, orgId: orgId! });
  return { orgId: orgId!, account: await t.client().as(username), username };
}

/** A report body of the given kind and date. */
export function matter(happensOn: string, over: Record<string, unknown> = {}) {
  return {
    kind: 'large_donation',
    title: '接受某企业捐赠',
    happensOn,
    detail: '某企业拟向本会捐赠助学款，用于资助困难学生。',
    facts: { kind: 'large_donation', amountFen: 50_000_000, donor: '重庆某实业有限公司', purpose: '助学' },
    ...over,
  };
}

export const renewal = (happensOn: string) =>
  matter(happensOn, {
    kind: 'council_renewal',
    title: '第三届理事会换届',
    detail: '召开第三届会员大会，选举产生新一届理事会。',
    facts: { kind: 'council_renewal', session: 3, termYears: 5, candidates: [{ name: '李四', post: '会长' }] },
  });

export async function deliver(t: TestApp): Promise<void> {
  await t.services.eventDispatcher.drain();
}
