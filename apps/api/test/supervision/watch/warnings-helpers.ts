import type { TOrgFields } from '@shezu/contracts';
import type { TestApp, TestClient } from '../../support/app';
import { insertUser } from '../../support/fixtures';
import { orgFields, seedOrgs } from '../../support/orgs';

export { chinaNoon, publish, ref } from '../../credit/lists-helpers';

let n = 0;

/** An organization registered by `authority` (云阳县 by default), with its own signed-in account. */
export async function orgWithAccount(
  t: TestApp,
  over: Partial<TOrgFields> = {},
  authority = '500235',
): Promise<{ orgId: number; account: TestClient }> {
  const regionCode = authority === '500235' ? '500235001' : `${authority}006`;
  const [orgId] = await seedOrgs(t, [{ fields: orgFields({ regionCode, ...over }), authority }]);
  const username = `watch-org-${++n}-${orgId}`;
  await insertUser(t.db, { username, roles: ['org_account'], regionCode: authority, orgId: orgId! });
  return { orgId: orgId!, account: await t.client().as(username) };
}

export async function warningsOf(t: TestApp, orgId: number) {
  return t.db.selectFrom('riskWarnings').selectAll().where('orgId', '=', orgId).orderBy('id').execute();
}

export async function openTodos(t: TestApp, warningId: number) {
  return t.db
    .selectFrom('todos')
    .select(['sourceKey', 'orgId', 'unitId', 'status'])
    .where('sourceKey', 'like', `risk-warning:${warningId}:%`)
    .where('status', '=', 'open')
    .orderBy('sourceKey')
    .execute();
}
