import { expect } from 'vitest';
import type { TSpecialCampaignCreate, TSpecialCampaignDetail } from '@shezu/contracts';
import type { TestApp, TestClient } from '../../support/app';
import { orgFields, seedOrgs } from '../../support/orgs';

/** Organizations of 柯城区 (330802) or 衢江区 (330803), 行业协会商会 unless told. */
export async function orgsOf(t: TestApp, n: number, authority = '330802', over = {}): Promise<number[]> {
  const regionCode = authority === '330802' ? '330802006' : authority;
  return seedOrgs(
    t,
    Array.from({ length: n }, () => ({ fields: orgFields({ regionCode, ...over }), authority })),
  );
}

/** The fees campaign of the issue: every 行业协会商会 (社会团体) of the bureau. */
export function feesCampaign(over: Partial<TSpecialCampaignCreate> = {}): TSpecialCampaignCreate {
  return {
    title: '2026年行业协会商会涉企收费专项清理整治',
    basis: '关于进一步规范行业协会商会收费管理的意见',
    startsOn: '2026-03-01',
    endsOn: '2026-06-30',
    scope: { types: ['social_group'], categoryCodes: ['industry_association'] },
    form: {
      questions: [
        { key: 'fees_approved', text: '收费项目是否经会员（代表）大会审议通过', kind: 'yes_no', required: true },
        { key: 'fee_items', text: '本年度向企业收取的费用项目数', kind: 'number', required: true },
        { key: 'remarks', text: '其他需要说明的情况', kind: 'text', required: false },
      ],
    },
    ...over,
  };
}

export async function createCampaign(c: TestClient, body = feesCampaign()): Promise<TSpecialCampaignDetail> {
  const res = await c.post('/api/special-campaigns', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
