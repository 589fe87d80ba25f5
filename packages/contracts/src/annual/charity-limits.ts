import type { TCharityLimit } from './indicator-set';
import type { ReportContext } from './check-types';

/** 1万元 in fen. */
const WAN = 1_000_000;

const RULES_189 = '《关于慈善组织开展慈善活动年度支出和管理费用的规定》';

/**
 * The charity spending table of reference annual-report.md §C.1, row for row, with its confidence markers.
 * Tiers are on last year-end net assets, [from, below); the lowest tier is unbounded below so that negative
 * net assets still find a row.
 */
export const DEFAULT_CHARITY_LIMITS: TCharityLimit[] = [
  {
    kind: 'foundation',
    publicFundraising: true,
    netAssetsFromFen: null,
    netAssetsBelowFen: null,
    spendingBase: 'last_year_income',
    spendingFloor: 0.7,
    incomeFloor: null,
    mgmtCap: 0.1,
    status: 'confirmed',
    source: `《慈善法》第六十一条；${RULES_189}第七条`,
  },
  {
    kind: 'group_or_institution',
    publicFundraising: true,
    netAssetsFromFen: null,
    netAssetsBelowFen: null,
    spendingBase: 'last_year_income',
    spendingFloor: 0.7,
    incomeFloor: null,
    mgmtCap: 0.13,
    status: 'partial',
    source: `${RULES_189}第七条（2016年8月征求意见稿数字，终稿原文未见）`,
  },
  ...(
    [
      [6000 * WAN, null, 0.06, 0.12, 'partial', 'http://test.cadf.org.cn/post/4064'],
      [800 * WAN, 6000 * WAN, 0.06, 0.13, 'partial', '非权威页面转引 https://mpzw.tw/read/138031/1046066_5.html'],
      [400 * WAN, 800 * WAN, 0.07, 0.15, 'unconfirmed', '未检索到原文（凭记忆）'],
      [null, 400 * WAN, 0.08, 0.2, 'confirmed', 'https://guanchang.qwyd.net/caishuifagui/1552724467304612_2.html'],
    ] as const
  ).map(([from, below, floor, cap, status, where]): TCharityLimit => ({
    kind: 'foundation',
    publicFundraising: false,
    netAssetsFromFen: from,
    netAssetsBelowFen: below,
    spendingBase: 'last_year_net_assets',
    spendingFloor: floor,
    incomeFloor: null,
    mgmtCap: cap,
    status,
    source: `${RULES_189}第八条；${where}`,
  })),
  ...(
    [
      [1000 * WAN, null, 0.06, null, 0.13],
      [500 * WAN, 1000 * WAN, 0.07, null, 0.14],
      [100 * WAN, 500 * WAN, 0.08, null, 0.15],
      [null, 100 * WAN, 0.08, 0.5, 0.2],
    ] as const
  ).map(([from, below, floor, incomeFloor, cap]): TCharityLimit => ({
    kind: 'group_or_institution',
    publicFundraising: false,
    netAssetsFromFen: from,
    netAssetsBelowFen: below,
    spendingBase: 'last_year_net_assets',
    spendingFloor: floor,
    incomeFloor,
    mgmtCap: cap,
    status: 'confirmed',
    source: `${RULES_189}第九条；https://guanchang.qwyd.net/caishuifagui/1552724467304612_2.html`,
  })),
];

/** 规定 第十一条: management expenses under 20万元 are exempt from the cap (not from the spending floor). */
export const MGMT_CAP_EXEMPT_BELOW_FEN = 20 * WAN;

/**
 * The row for this organization, or null when it is not a charity or no row matches. A tiered row needs the
 * net assets; rows without bounds (public fundraising) match whatever they are.
 */
export function findCharityLimit(
  limits: readonly TCharityLimit[],
  org: Pick<ReportContext['org'], 'type' | 'charity' | 'publicFundraising'>,
  lastYearNetAssetsFen: number | null,
): TCharityLimit | null {
  if (!org.charity) return null;
  const kind = org.type === 'foundation' ? 'foundation' : 'group_or_institution';
  const na = lastYearNetAssetsFen;
  return (
    limits.find(
      (r) =>
        r.kind === kind &&
        r.publicFundraising === org.publicFundraising &&
        (r.netAssetsFromFen === null || (na !== null && na >= r.netAssetsFromFen)) &&
        (r.netAssetsBelowFen === null || (na !== null && na < r.netAssetsBelowFen)),
    ) ?? null
  );
}

/** Minimum charitable spending in fen: max(floor × base, incomeFloor × income); null when a needed input is blank. */
export function spendingFloorFen(
  row: TCharityLimit,
  lastYearIncomeFen: number | null,
  lastYearNetAssetsFen: number | null,
): number | null {
  const base = row.spendingBase === 'last_year_income' ? lastYearIncomeFen : lastYearNetAssetsFen;
  if (base === null) return null;
  let floor = row.spendingFloor * base;
  if (row.incomeFloor !== null) {
    if (lastYearIncomeFen === null) return null;
    floor = Math.max(floor, row.incomeFloor * lastYearIncomeFen);
  }
  // Negative net assets give no positive floor.
  return Math.max(0, Math.round(floor));
}
