import type { TCreditListing, TCreditRequest, TMe, TPublicCreditListing } from '@shezu/contracts';
import { meFixture } from '../../test/render';

/** The county bureau's clerk, who decides listings and requests. */
export const clerkMe = (over: Partial<TMe> = {}): TMe =>
  meFixture({
    permissions: ['account.self', 'orgs.read', 'credit.read', 'credit.decide', 'todos.read', 'notifications.read'],
    ...over,
  });

/** The account of 云阳县建筑业协会. */
export const orgMe = (over: Partial<TMe> = {}): TMe =>
  meFixture({
    id: 41,
    username: '51500235MJB000018U',
    displayName: '云阳县建筑业协会',
    roles: ['org_account'],
    permissions: ['account.self', 'orgs.read', 'credit.read', 'credit.apply', 'notifications.read', 'todos.read'],
    unitId: null,
    unitName: null,
    orgId: 7,
    ...over,
  });

export const listingFixture = (over: Partial<TCreditListing> = {}): TCreditListing => ({
  id: 11,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  uscc: '51500235MJB000018U',
  orgType: 'social_group',
  regionCode: '500235',
  regionName: '重庆市云阳县',
  authorityRegionCode: '500235',
  authorityName: '云阳县民政局',
  list: 'abnormal',
  status: 'active',
  listedOn: '2026-03-02',
  clockStart: '2026-03-02',
  autoRemoveOn: null,
  moveOn: '2028-03-02',
  removableFrom: null,
  removedOn: null,
  removalReason: null,
  removalBasis: null,
  decidedByName: '云阳县民政局登记员',
  fromListingId: null,
  grounds: [
    {
      id: 21,
      ground: 'annual_report',
      item: 1,
      label: '未按照规定时限和要求向登记管理机关报送年度工作报告',
      basis: '《社会组织信用信息管理办法》（民政部令第60号）列入活动异常名录情形（一）',
      occurredOn: '2026-03-01',
      detail: '2025年度工作报告逾期未报',
      source: 'event',
      evidence: [],
      fulfilledOn: null,
    },
  ],
  version: 1,
  ...over,
});

export const requestFixture = (over: Partial<TCreditRequest> = {}): TCreditRequest => ({
  id: 31,
  listingId: 11,
  orgId: 7,
  orgName: '云阳县建筑业协会',
  list: 'abnormal',
  kind: 'removal',
  status: 'submitted',
  reason: '已补报2025年度工作报告',
  evidence: [],
  submittedByName: '云阳县建筑业协会',
  submittedAt: '2026-04-01T02:00:00Z',
  verifiedOn: null,
  removeBy: null,
  decidedByName: null,
  decidedAt: null,
  decisionReason: null,
  version: 1,
  ...over,
});

export function publicListingFixture(over: Partial<TPublicCreditListing> = {}): TPublicCreditListing {
  const { decidedByName: _d, version: _v, grounds, ...rest } = listingFixture();
  return {
    ...rest,
    grounds: grounds.map(({ ground, item, label, basis, occurredOn }) => ({ ground, item, label, basis, occurredOn })),
    ...over,
  };
}
