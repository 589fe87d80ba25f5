import type { TestApp, TestClient } from '../../support/app';
import { orgFields, seedOrgs } from '../../support/orgs';

/** A registered organization of the given bureau (云阳县 by default), with its credit code. */
export async function registeredOrg(t: TestApp, authority = '500235'): Promise<{ id: number; uscc: string }> {
  const region = authority === '500235' ? '500235001' : authority;
  const [id] = await seedOrgs(t, [{ fields: orgFields({ regionCode: region }), authority }]);
  const o = (await t.services.orgsQuery.facts(id!))!;
  return { id: id!, uscc: o.uscc! };
}

let address = 0;
/** A member of the public from an address of its own, so that rate limits of one test do not hit another. */
export function publicClient(t: TestApp): TestClient {
  const c = t.client();
  c.remoteAddress = `10.9.${Math.floor(++address / 250)}.${(address % 250) + 1}`;
  return c;
}

export const CONTENT = '该协会向会员企业强制收取赞助费，每家五千元，不交就不给开具证明。';

export async function fileComplaint(c: TestClient, body: Record<string, unknown>) {
  return c.post('/api/public/complaints', { category: 'illegal_fees', content: CONTENT, ...body });
}
