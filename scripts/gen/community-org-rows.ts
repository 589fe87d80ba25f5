import type { CommunityOrgCategory } from '@shezu/contracts';
import { RURAL_GROUPS, URBAN_GROUPS } from '../../apps/api/src/demo/community-orgs';
import { apportion, type Rng } from '../../apps/api/src/demo/random';
import { normalizeName } from '../../apps/api/src/modules/orgs/search/name-grams';
import type { NationalPlan, RegionInfo } from './national-plan';
import type { PooledPerson } from './org-rows';

/** Where filings are made: a township (街道 urban, 镇/乡 and the rest rural), or a county without any. */
export interface FilingPlace {
  region: RegionInfo;
  urban: boolean;
  count: number;
}

const w = (s: string): string[] => s.trim().split(/\s+/);
type Group = [CommunityOrgCategory, string];
const URBAN: Group[] = [
  ...URBAN_GROUPS,
  ['culture_sports', '广场舞队'],
  ['culture_sports', '秧歌队'],
  ['life_service', '四点半课堂服务队'],
  ['charity', '助残服务队'],
];
const RURAL: Group[] = [
  ...RURAL_GROUPS,
  ['rural_tech', '种植技术互助组'],
  ['culture_sports', '广场舞队'],
  ['mutual_aid', '村民议事会'],
  ['life_service', '助老服务队'],
];
/** Nationally common community (社区) and village (村) names; none contains 社区 or 村, so names stay distinct. */
const URBAN_STEMS = w(`
  幸福 和平 新华 人民 建设 解放 胜利 团结 友谊 光明 朝阳 向阳 东风 红旗 文化 青年 长青 桂花 丁香 玉兰 锦绣
  金桥 银杏 翠竹 滨江 滨河 河西 城南 城北 城东 城西 南门 北门 东门 西门 花园 兴华 振兴 育才 春晖 阳光 康乐
  安居 和谐 泰和 永安 民主 中山 府前 站前 新城 湖滨 龙华 凤凰 紫荆 明珠 新风 先锋
`);
const RURAL_STEMS = w(`
  李家 王家 张家 刘家 陈家 杨家 赵家 黄家 周家 吴家 马家 高家 郭家 何家 石桥 上庄 下庄 前进 新民 红星 东岗
  西岗 南坪 北坪 大湾 小湾 柳树 枣林 杏花 桃园 梨园 河口 沙坝 龙泉 青山 白石 双河 三合 四合 五里 七里 十里
  上坝 下坝 新庄 永兴 长乐 太平 光荣 丰收 石门 大桥 松林 竹园 坪上 岭下 塘边 溪口
`);
const ROUNDS = w('一 二 三 四 五 六 七 八 九 十');
/** Average filings per community with any (衢州, seed 002: 18 urban, 8 rural). */
const PER_COMMUNITY = { urban: 18, rural: 8 };
/** Filings grew after the 2017 opinion on community organizations: later years weigh more. */
const FIRST_YEAR = 2011;
const LAST_YEAR = 2025;
const YEAR_WEIGHTS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => 4 + i);
const CANCEL_REASONS = [
  '成员流失，无法正常开展活动',
  '活动停止，自行解散',
  '并入其他社区社会组织',
  '负责人变动，无人接续',
];
const CANCELLED_SHARE = 0.05;
/** Responsible persons whose filing carries an ID number (it is optional). */
const WITH_ID_SHARE = 0.6;

/** How likely a township is to hold filings, by kind (街道 most, 农场 / 林场 / 开发区 seldom). */
function townshipWeight(r: RegionInfo): { urban: boolean; weight: number } {
  if (r.code.length === 6) return { urban: r.name.endsWith('区'), weight: 1 };
  if (/(街道|办事处)$/.test(r.name)) return { urban: true, weight: 1.6 };
  if (r.name.endsWith('镇')) return { urban: false, weight: 1 };
  if (/(乡|苏木)$/.test(r.name)) return { urban: false, weight: 0.6 };
  return { urban: false, weight: 0.2 };
}

/**
 * Splits `total` filings over the counties by population, then over each county's townships by kind
 * with some jitter; places come out in code order, so ids follow the (region_code, id) index.
 */
export function filingPlaces(plan: NationalPlan, total: number, rng: Rng): FilingPlace[] {
  const counties: { code: string; places: RegionInfo[] }[] = [];
  for (const p of plan.places) {
    const county = p.code.length === 9 ? p.parentCode! : p.code;
    if (counties.at(-1)?.code !== county) counties.push({ code: county, places: [] });
    counties.at(-1)!.places.push(p);
  }
  const perCounty = apportion(
    total,
    counties.map((c) => plan.populations.get(c.code) ?? 0),
  );
  const out: FilingPlace[] = [];
  counties.forEach((c, i) => {
    const kinds = c.places.map(townshipWeight);
    const shares = apportion(
      perCounty[i]!,
      kinds.map((k) => k.weight * (0.5 + rng.next())),
    );
    c.places.forEach((region, j) => {
      if (shares[j]! > 0) out.push({ region, urban: kinds[j]!.urban, count: shares[j]! });
    });
  });
  return out;
}

/** Community names of a place: stems in a place-specific order, then 一/二/… rounds of them. */
function communityNames(rng: Rng, count: number, urban: boolean): string[] {
  const stems = rng.shuffle([...(urban ? URBAN_STEMS : RURAL_STEMS)]);
  const suffix = urban ? '社区' : '村';
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / stems.length);
    const numeral = round === 0 ? '' : (ROUNDS[round] ?? String(round + 1));
    return `${stems[i % stems.length]}${numeral}${suffix}`;
  });
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const dateIn = (rng: Rng, year: number) => `${year}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;

/**
 * The place's filings as `community_orgs` rows (COMMUNITY_ORGS column order), ids from `firstId`.
 * Names are unique within the place: each community gets distinct activity groups.
 */
export function filingRows(
  rng: Rng,
  place: FilingPlace,
  g: { firstId: number; pool: PooledPerson[]; at: string },
): unknown[][] {
  const { region, urban, count } = place;
  const groups = urban ? URBAN : RURAL;
  const per = urban ? PER_COMMUNITY.urban : PER_COMMUNITY.rural;
  const communities = Math.max(
    Math.ceil(count / groups.length),
    Math.round((count / per) * (0.6 + 0.8 * rng.next())),
    1,
  );
  const names = communityNames(rng, communities, urban);
  const rows: unknown[][] = [];
  names.forEach((community, c) => {
    const here = Math.floor(count / communities) + (c < count % communities ? 1 : 0);
    for (const [category, group] of rng.shuffle([...groups]).slice(0, here)) {
      const name = `${community}${group}`;
      const person = g.pool[rng.int(0, g.pool.length - 1)]!;
      const withId = rng.chance(WITH_ID_SHARE);
      const year = FIRST_YEAR + rng.weighted(YEAR_WEIGHTS);
      const cancelled = year < LAST_YEAR && rng.chance(CANCELLED_SHARE);
      rows.push([
        g.firstId + rows.length,
        name,
        normalizeName(name),
        region.code,
        community,
        urban ? 'urban' : 'rural',
        category,
        person.person.name,
        withId ? person.idEnc : null,
        withId ? person.idHash : null,
        null,
        `${region.name}${community}${urban ? '党群服务中心活动室' : '文化礼堂'}`,
        `${community}辖区`,
        rng.int(5, 60),
        rng.int(0, 200) * 10_000,
        null,
        null,
        cancelled ? 'cancelled' : 'filed',
        dateIn(rng, year),
        cancelled ? dateIn(rng, rng.int(year + 1, LAST_YEAR)) : null,
        cancelled ? rng.pick(CANCEL_REASONS) : null,
        null,
        1,
        g.at,
        g.at,
      ]);
    }
  });
  return rows;
}
