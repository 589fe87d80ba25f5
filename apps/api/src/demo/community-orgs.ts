import type { CommunityOrgCategory, TCommunityOrgFields } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../platform/auth/auth-user';
import type { FileService } from '../platform/files/files.service';
import { CommunityOrgsService } from '../modules/community-orgs/community-orgs.service';
import { RegionsService } from '../modules/regions/regions.service';
import { fictionalPerson } from './people';
import { Rng } from './random';
import type { DemoRegisterContext } from './seed-register';

/**
 * 衢州市's filed community organizations (seed 002: 14,400, on average 18 per urban and 8 per rural
 * community): 400 urban communities × 18 + 900 rural ones × 8 = 14,400.
 */
export const QUZHOU_COMMUNITY_ORGS = 14_400;
const URBAN = { communities: 400, perCommunity: 18 };
const RURAL = { communities: 900, perCommunity: 8 };
const QUZHOU_COUNTIES = ['330802', '330803', '330822', '330824', '330825', '330881'];

const w = (s: string): string[] => s.trim().split(/\s+/);
const STEMS = w(`
  幸福 和平 新华 府山 荷花 花园 双港 信安 白云 航埠 新安 南门 北门 东门 西安 菜蔬 衢化 紫荆 万田 大洲 樟潭 龙山
  石梁 上方 廿里 杜泽 峡川 太真 莲花 浮石 湖南 沟溪 云溪 黄坛口 全旺 高家 后溪 横路 东案 凤林 华埠 马金 池淮
  塔石 龙洲 东华 詹家 湖镇 溪口 小南海 双塔 虎山 清湖 贺村 峡口 大桥 新塘边 坛石 长台 石门 上余 四都 碗窑
`);
export const URBAN_GROUPS: [CommunityOrgCategory, string][] = [
  ...w('舞蹈队 合唱团 太极拳队 书画社 腰鼓队 越剧社 健身操队 象棋队 摄影协会 读书会').map(
    (n) => ['culture_sports', n] as [CommunityOrgCategory, string],
  ),
  ...w('助餐服务队 便民维修队 家政服务队 老年食堂服务队').map(
    (n) => ['life_service', n] as [CommunityOrgCategory, string],
  ),
  ...w('志愿服务队 爱心帮扶队 关爱留守儿童服务队 红色义工队').map(
    (n) => ['charity', n] as [CommunityOrgCategory, string],
  ),
  ...w('邻里互助会 老年协会 矛盾调解队 平安巡逻队').map((n) => ['mutual_aid', n] as [CommunityOrgCategory, string]),
];
export const RURAL_GROUPS: [CommunityOrgCategory, string][] = [
  ...w('柑橘种植互助组 茶叶种植技术服务队 养殖技术协会 农机服务队').map(
    (n) => ['rural_tech', n] as [CommunityOrgCategory, string],
  ),
  ...w('老年协会 乡贤参事会 红白理事会').map((n) => ['mutual_aid', n] as [CommunityOrgCategory, string]),
  ...w('文艺队 舞龙队 腰鼓队').map((n) => ['culture_sports', n] as [CommunityOrgCategory, string]),
  ...w('志愿服务队 关爱留守儿童服务队').map((n) => ['charity', n] as [CommunityOrgCategory, string]),
];

interface Township {
  code: string;
  name: string;
  county: string;
}

/** Community names of a township: stems in a township-specific order, numbered once they run out. */
function communityNames(rng: Rng, count: number, suffix: '社区' | '村'): string[] {
  const stems = rng.shuffle([...STEMS]);
  return Array.from({ length: count }, (_, i) => `${stems[i % stems.length]}${i < stems.length ? '' : i}${suffix}`);
}

function filings(rng: Rng, townships: Township[], kind: 'urban' | 'rural') {
  const spec = kind === 'urban' ? URBAN : RURAL;
  const groups = kind === 'urban' ? URBAN_GROUPS : RURAL_GROUPS;
  const perTownship = townships.map(
    (_, i) => Math.floor(spec.communities / townships.length) + (i < spec.communities % townships.length ? 1 : 0),
  );
  const out: { fields: TCommunityOrgFields; regionCode: string }[] = [];
  townships.forEach((t, i) => {
    for (const community of communityNames(rng, perTownship[i]!, kind === 'urban' ? '社区' : '村')) {
      const short = community.replace(/(社区|村)$/, '');
      for (const [categoryCode, group] of rng.shuffle([...groups]).slice(0, spec.perCommunity)) {
        const year = rng.int(2016, 2023);
        const month = year === 2023 ? rng.int(1, 5) : rng.int(1, 12);
        out.push({
          regionCode: t.code,
          fields: {
            name: `${short}${kind === 'urban' ? '社区' : '村'}${group}`,
            communityName: community,
            areaKind: kind,
            categoryCode,
            responsibleName: fictionalPerson(rng, t.county).name,
            responsibleIdNumber: null,
            responsiblePhone: null,
            venue: `${t.name}${community}${kind === 'urban' ? '党群服务中心活动室' : '文化礼堂'}`,
            activityArea: `${community}辖区`,
            memberCount: rng.int(5, 60),
            fundsFen: rng.int(0, 200) * 10_000,
            filedOn: `${year}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
          },
        });
      }
    }
  });
  return out;
}

/**
 * Files 衢州市's community organizations through the community-orgs service's bulk path (the one the
 * ledger import uses): urban communities under 街道, villages under 镇 and 乡, one audit row.
 */
export async function seedDemoCommunityOrgs(ctx: DemoRegisterContext): Promise<void> {
  const { db, clock, audit, dataKey } = ctx;
  const regions = new RegionsService(db, clock, audit);
  const townships: Township[] = [];
  for (const county of QUZHOU_COUNTIES) {
    for (const r of await regions.children(county)) townships.push({ code: r.code, name: r.name, county });
  }
  const urban = townships.filter((t) => t.name.endsWith('街道'));
  const rural = townships.filter((t) => !t.name.endsWith('街道'));
  const rng = new Rng('demo-community-orgs');
  const list = [...filings(rng, urban, 'urban'), ...filings(rng, rural, 'rural')];
  // The demo files no attachments, so the service's file handling is never reached.
  const service = new CommunityOrgsService(db, clock, audit, dataKey, null as unknown as FileService);
  await db.transaction().execute(async (trx) => {
    await service.insertPrepared(trx, service.prepareRows(list, { filedBy: null }));
    await audit.record(trx, SYSTEM_ACTOR, [
      { action: 'seed', entity: 'community_org', summary: `demo community organizations of 衢州市: ${list.length}` },
    ]);
  });
}
