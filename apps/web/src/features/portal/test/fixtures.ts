import type { Announcement, OrgStats, PublicOrg, PublicOrgDetail } from '../api';

/** A registered organization of 云阳县 as `GET /api/public/orgs` lists it. */
export const publicOrgFixture = (over: Partial<PublicOrg> = {}): PublicOrg => ({
  uscc: '51500235MJB000018U',
  name: '云阳县建筑业协会',
  type: 'social_group',
  typeName: '社会团体',
  level: 'county',
  levelName: '县级',
  categoryCode: 'industry_association',
  categoryName: '行业协会商会',
  authorityName: '云阳县民政局',
  regionCode: '500235144',
  regionName: '重庆市云阳县龙洞镇',
  address: '重庆市云阳县龙洞镇沿江路66号',
  legalRepName: '林明伟',
  supervisorUnitName: null,
  businessScope: '行业自律、行业调研、业务培训',
  registeredFundsFen: 17000000,
  foundedOn: '2019-07-28',
  certificateValidUntil: '2029-07-28',
  status: 'registered',
  statusName: '正常',
  statusDate: null,
  statusReason: null,
  evaluationGrade: '3A',
  gradeValidUntil: '2099-12-31',
  charityRecognized: false,
  charityRecognizedOn: null,
  publicFundraising: false,
  taxDeductionUntil: null,
  taxExemptUntil: null,
  hasPartyOrg: true,
  website: null,
  ...over,
});

export const publicOrgPageFixture = (over: Partial<PublicOrgDetail> = {}): PublicOrgDetail => ({
  ...publicOrgFixture(),
  timeline: [],
  sections: [],
  ...over,
});

export const announcementFixture = (over: Partial<Announcement> = {}): Announcement => ({
  id: 11,
  kind: 'registered',
  title: '云阳县民政局成立登记公告',
  body: '云阳县建筑业协会（统一社会信用代码：51500235MJB000018U）于2019-07-28经核准成立登记。',
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  regionCode: '500235144',
  publishedOn: '2019-07-28',
  ...over,
});

/** 衢州市 as the demo register gives it: 3,424 registered, 14.95 per 10,000 residents. */
export const statsFixture = (over: Partial<OrgStats> = {}): OrgStats => ({
  region: { code: '3308', name: '衢州市', fullName: '浙江省衢州市' },
  asOf: '2026-05-31T02:20:00Z',
  registered: {
    total: 3424,
    byType: [
      { type: 'social_group', name: '社会团体', count: 1273, share: 37.18 },
      { type: 'service_institution', name: '民办非企业单位', count: 2133, share: 62.3 },
      { type: 'foundation', name: '基金会', count: 18, share: 0.53 },
    ],
    byCategory: [
      { code: 'culture', name: '文化类', count: 57, share: 1.66 },
      { code: 'industry_association', name: '行业协会商会', count: 113, share: 3.3 },
      { code: 'science_tech', name: '科技类', count: 0, share: 0 },
    ],
    grade3aPlus: { count: 291, share: 8.5 },
    charities: { count: 42, share: 1.23 },
    population: 2290300,
    per10k: 14.95,
  },
  communityOrgs: {
    total: 14400,
    urban: { count: 6000, communities: 333, perCommunity: 18.02 },
    rural: { count: 8400, communities: 1050, perCommunity: 8 },
  },
  ...over,
});
