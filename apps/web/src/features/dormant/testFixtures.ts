import type { TDormantCampaignDetail, TDormantCandidate, TDormantPreview } from '@shezu/contracts';
import { meFixture } from '../../test/render';

/** 衢州市柯城区民政局's clerk: runs the district's own clean-up campaigns. */
export const districtClerk = meFixture({
  roles: ['authority_staff'],
  permissions: [
    'account.self',
    'todos.read',
    'units.read',
    'orgs.read',
    'credit.read',
    'credit.decide',
    'dormant.manage',
  ],
  regionCode: '330802',
  regionName: '浙江省衢州市柯城区',
  unitName: '柯城区民政局',
});

export const campaignFixture = (over: Partial<TDormantCampaignDetail> = {}): TDormantCampaignDetail => ({
  id: 7,
  authorityRegionCode: '330802',
  authorityName: '柯城区民政局',
  title: '2026年柯城区僵尸型社会组织清理整治',
  scope: { regionCode: '330802', regionName: '浙江省衢州市柯城区', types: ['social_group', 'service_institution'] },
  params: {
    missedYears: 2,
    inactiveMonths: 24,
    councilTermYears: 5,
    councilGraceMonths: 12,
    signals: ['annual_missed', 'unreachable', 'no_activity', 'council_overdue'],
    minSignals: 1,
  },
  noData: ['no_activity'],
  startsOn: '2026-03-01',
  endsOn: '2026-09-30',
  status: 'open',
  counts: {
    listed: 614,
    disposed: 504,
    byDisposal: { deregister: 57, revoke: 40, rectify: 347, reactivate: 60 },
    completionRate: '82.08',
  },
  createdByName: '柯城区民政局登记员',
  createdAt: '2026-03-02T01:00:00.000Z',
  closedOn: null,
  version: 1,
  revocations: [
    {
      candidateId: 3,
      orgId: 33,
      orgName: '柯城区某某协会',
      uscc: '51330802MJ0000001X',
      disposedOn: '2026-03-05',
      decisionRef: '柯民撤〔2026〕1号',
    },
  ],
  canManage: true,
  ...over,
});

export const candidateFixture = (over: Partial<TDormantCandidate> = {}): TDormantCandidate => ({
  id: 11,
  campaignId: 7,
  orgId: 44,
  orgName: '柯城区沉睡促进会',
  uscc: '51330802MJ0000002X',
  orgType: 'social_group',
  regionCode: '330802006',
  signals: [
    { code: 'annual_missed', years: [2024, 2025] },
    { code: 'unreachable', listedOn: null, unsignedLetters: ['2026-01-05', '2026-02-10'] },
  ],
  disposal: null,
  disposalNote: null,
  evidence: [],
  decisionRef: null,
  basis: null,
  disposedOn: null,
  disposedByName: null,
  version: 3,
  ...over,
});

export const previewFixture = (): TDormantPreview => ({
  evaluated: 120,
  total: 1,
  items: [
    {
      orgId: 44,
      orgName: '柯城区沉睡促进会',
      uscc: '51330802MJ0000002X',
      orgType: 'social_group',
      regionCode: '330802006',
      signals: candidateFixture().signals,
    },
  ],
  noData: ['no_activity', 'council_overdue'],
  params: campaignFixture().params,
  regionCode: '330802',
  types: ['social_group', 'service_institution', 'foundation'],
});
