import type { TCampaignOrg, TSelfInspection, TSpecialCampaignDetail } from '@shezu/contracts';
import { meFixture } from '../../test/render';

/** 柯城区民政局's clerk: runs the district's own campaigns. */
export const districtClerk = meFixture({
  roles: ['authority_staff'],
  permissions: ['account.self', 'todos.read', 'units.read', 'orgs.read', 'supervision.read', 'supervision.manage'],
  regionCode: '330802',
  regionName: '浙江省衢州市柯城区',
  unitName: '柯城区民政局',
});

export const orgUser = meFixture({
  roles: ['org_account'],
  permissions: ['account.self', 'todos.read', 'supervision.respond'],
  regionCode: '330802',
  orgId: 44,
  unitId: null,
});

const form = {
  questions: [
    { key: 'q1', text: '收费项目是否经会员大会审议通过', kind: 'yes_no' as const, required: true },
    { key: 'q2', text: '本年度向企业收取的费用项目数', kind: 'number' as const, required: true },
  ],
};

export const campaignFixture = (over: Partial<TSpecialCampaignDetail> = {}): TSpecialCampaignDetail => ({
  id: 7,
  authorityRegionCode: '330802',
  authorityName: '柯城区民政局',
  title: '2026年行业协会商会涉企收费专项清理整治',
  basis: '关于进一步规范行业协会商会收费管理的意见',
  startsOn: '2026-03-01',
  endsOn: '2026-06-30',
  scope: {
    regionCode: '330802',
    regionName: '浙江省衢州市柯城区',
    types: ['social_group'],
    categoryCodes: ['industry_association'],
  },
  status: 'open',
  inScopeCount: 321,
  createdByName: '柯城区民政局登记员',
  createdAt: '2026-03-01T02:00:00.000Z',
  form,
  figures: { inScope: 321, selfInspected: 300, checked: 102, audited: 57, withProblems: 58, rectified: 53 },
  canManage: true,
  ...over,
});

export const campaignOrgFixture = (over: Partial<TCampaignOrg> = {}): TCampaignOrg => ({
  id: 11,
  campaignId: 7,
  orgId: 44,
  orgName: '衢州市柯城区建筑业协会',
  uscc: '51330802MJB000018U',
  orgType: 'social_group',
  categoryCode: 'industry_association',
  regionCode: '330802006',
  status: 'submitted',
  problemFound: true,
  submittedAt: '2026-03-10T02:00:00.000Z',
  rectification: 'claimed',
  rectificationEvidence: '会员大会已表决通过会费标准',
  evidenceFiles: [{ id: 91, name: '会员大会决议.pdf' }],
  rectifiedAt: '2026-04-10T02:00:00.000Z',
  confirmedAt: null,
  version: 3,
  ...over,
});

export const selfInspectionFixture = (over: Partial<TSelfInspection> = {}): TSelfInspection => ({
  ...campaignOrgFixture({
    status: 'pending',
    problemFound: false,
    rectification: 'none',
    rectificationEvidence: null,
    version: 1,
  }),
  campaign: {
    id: 7,
    title: '2026年行业协会商会涉企收费专项清理整治',
    basis: '关于进一步规范行业协会商会收费管理的意见',
    startsOn: '2026-03-01',
    endsOn: '2026-06-30',
    authorityName: '柯城区民政局',
    status: 'open',
  },
  form,
  answers: null,
  ...over,
});
