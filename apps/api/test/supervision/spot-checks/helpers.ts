import type { TOrgFields } from '@shezu/contracts';
import type { TestApp, TestClient } from '../../support/app';
import { orgFields, seedOrgs } from '../../support/orgs';

export const chinaNoon = (date: string) => `${date}T02:00:00.000Z`;

/** Registered organizations of a county bureau (domiciled in the county itself). */
export async function countyOrgs(t: TestApp, authority: string, n: number, over: Partial<TOrgFields> = {}) {
  return seedOrgs(
    t,
    Array.from({ length: n }, () => ({ fields: orgFields({ regionCode: authority, ...over }), authority })),
  );
}

export const plan = (over: Record<string, unknown> = {}) => ({
  year: 2026,
  title: '2026年度定期抽查',
  kind: 'regular',
  shareBp: 500,
  items: ['annual_report', 'finances'],
  mode: 'on_site',
  ...over,
});

export async function inspector(clerk: TestClient, over: Record<string, unknown> = {}): Promise<number> {
  const res = await clerk.post('/api/inspectors', {
    name: `检查员${Math.random().toString(36).slice(2, 6)}`,
    unitName: '民政局',
    regionCode: '330824',
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as number;
}
