/**
 * Adds N activities (issue 9) to a generated register through the generator's bulk writer: over the last
 * three years, denser towards now, ids in time order; ~90 % published (the recent ones still in review),
 * the rest planned, cancelled, returned, unpublished …; the organization's region prefixes (province, city,
 * county) and category copied onto each row as the lifecycle does; view, share and like counts log-normal.
 * Feed and lifecycle indexes are dropped during the
 * load and rebuilt after it by the writer.
 */
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS } from '@shezu/contracts';
import { chinaDate } from '../../apps/api/src/platform/clock';
import { Rng } from '../../apps/api/src/demo/random';
import type { BulkWriter, TableSpec } from '../gen/bulk-writer';

const ACTIVITIES: TableSpec = {
  table: 'activities',
  columns: [
    ['id', 'bigint'],
    ['org_id', 'bigint'],
    ['org_name', 'text'],
    ['uscc', 'text'],
    ['region_code', 'text'],
    ['province_code', 'text'],
    ['city_code', 'text'],
    ['county_code', 'text'],
    ['authority_region_code', 'text'],
    ['supervisor_unit_id', 'bigint'],
    ['category_code', 'text'],
    ['title', 'text'],
    ['kind', 'text'],
    ['starts_on', 'text'],
    ['ends_on', 'text'],
    ['place', 'text'],
    ['expected_participants', 'integer'],
    ['budget_fen', 'bigint'],
    ['partners', 'jsonb'],
    ['description', 'text'],
    ['status', 'text'],
    ['summary', 'text'],
    ['attendance', 'integer'],
    ['submitted_at', 'timestamptz'],
    ['reviewed_at', 'timestamptz'],
    ['reviewed_by_name', 'text'],
    ['published_at', 'timestamptz'],
    ['unpublished_at', 'timestamptz'],
    ['unpublish_reason', 'text'],
    ['view_count', 'bigint'],
    ['share_count', 'bigint'],
    ['like_count', 'bigint'],
    ['created_by_name', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const ACTIVITY_TABLES = [ACTIVITIES.table];

const TOPICS = [
  '社区敬老爱老',
  '关爱留守儿童',
  '环保清洁',
  '全民健身',
  '非遗传承',
  '法律知识普及',
  '防范电信诈骗宣传',
  '乡村振兴助农',
  '读书分享',
  '义诊健康咨询',
  '困难家庭走访慰问',
  '垃圾分类宣传',
  '青少年科普',
  '行业发展座谈',
  '会员单位交流',
  '消防安全演练',
  '文艺汇演',
  '助学金发放',
  '心理健康讲座',
  '平安建设志愿巡逻',
];
const PLACES = ['社区服务中心', '文化广场', '村委会活动室', '会议中心', '体育馆', '图书馆', '学校礼堂', '养老院'];
const OTHER = [
  ['planned', 3],
  ['awaiting_approval', 0.5],
  ['approval_refused', 0.3],
  ['under_way', 1],
  ['finished', 1.5],
  ['awaiting_review', 1.2],
  ['returned', 0.5],
  ['unpublished', 0.5],
  ['cancelled', 1.5],
] as const;
const OTHER_WEIGHTS = OTHER.map(([, w]) => w);
const DAY = 86_400_000;
const BATCH = 10_000;

interface OrgRow {
  id: number;
  name: string;
  uscc: string | null;
  region_code: string;
  authority_region_code: string;
  supervisor_unit_id: number | null;
  category_code: string;
}

/** What the scenarios need to know about the generated feed (kept in the dataset's meta.json). */
export interface ActivitiesMeta {
  activities: number;
  published: number;
  orgs: number;
  /** The busiest province, county and category of the feed, with their published counts. */
  province: { code: string; n: number };
  county: { code: string; n: number };
  category: { code: string; n: number };
  /** Published activity ids spread over the whole feed, for page views and likes. */
  sampleIds: number[];
  /** Credit codes of the organizations with the most published activities (their totals page). */
  busyUsccs: string[];
}

function busiest(m: Map<string, number>): { code: string; n: number } {
  let best = { code: '', n: -1 };
  for (const [code, n] of m) if (n > best.n) best = { code, n };
  return best;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export async function generateActivities(
  writer: BulkWriter,
  count: number,
  seed: string,
  now: Date,
  log: (s: string) => void,
): Promise<ActivitiesMeta> {
  const started = performance.now();
  const rng = new Rng(`${seed}:activities`);
  const orgs = (await writer.query(
    `select id, name, uscc, region_code, authority_region_code, supervisor_unit_id, category_code
       from organizations where status = 'registered' order by id`,
  )) as unknown as OrgRow[];
  if (orgs.length === 0) throw new Error('no registered organizations to add activities to');
  // A tenth of the organizations are busy and post a third of all activities (云阳's most active ones).
  const busy = orgs.filter(() => rng.chance(0.1));
  const perOrg = new Map<OrgRow, number>();
  const provinces = new Map<string, number>();
  const counties = new Map<string, number>();
  const categories = new Map<string, number>();
  const sampleIds: number[] = [];
  const sampleEvery = Math.max(1, Math.floor(count / 2000));
  const end = now.getTime();
  const span = 3 * 365 * DAY;
  let published = 0;
  let batch: unknown[][] = [];
  for (let id = 1; id <= count; id++) {
    const org = rng.chance(0.33) && busy.length ? rng.pick(busy) : rng.pick(orgs);
    // Denser towards now (organizations post more each year); ids follow the start date.
    const t = end - span + span * Math.sqrt((id - 0.5) / count) + (rng.next() - 0.5) * 2 * 3_600_000;
    const kind = rng.pick(ACTIVITY_KINDS);
    const startsOn = chinaDate(new Date(t));
    const endsOn = chinaDate(new Date(t + rng.int(0, 2) * DAY));
    const createdAt = new Date(t - rng.int(3, 30) * DAY - rng.int(0, 86_399) * 1000).toISOString();
    const publishAt = t + rng.int(1, 10) * DAY + rng.int(0, 86_399) * 1000;
    let status: string = publishAt < end && rng.chance(0.915) ? 'published' : OTHER[rng.weighted(OTHER_WEIGHTS)]![0];
    if (status === 'published' && publishAt >= end) status = 'awaiting_review';
    const shown = status === 'published' || status === 'unpublished';
    const done = shown || status === 'finished' || status === 'awaiting_review' || status === 'returned';
    // Log-normal views (median ~60); shares and likes a share of them.
    const z = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const views = shown ? Math.min(200_000, Math.round(Math.exp(Math.log(60) + 1.2 * z))) : 0;
    const shares = shown ? Math.floor(views * rng.next() * 0.08) : 0;
    const likes = shown ? Math.floor(views * rng.next() * 0.2) : 0;
    const title = `${startsOn.slice(0, 4)}年${rng.pick(TOPICS)}${ACTIVITY_KIND_LABELS[kind]}活动`;
    const place = rng.pick(PLACES);
    const participants = rng.int(10, 300);
    const r = org.region_code;
    const publishedAt = shown ? new Date(publishAt).toISOString() : null;
    batch.push([
      id,
      org.id,
      org.name,
      org.uscc,
      r,
      r.slice(0, 2),
      r.slice(0, 4),
      r.slice(0, 6),
      org.authority_region_code,
      org.supervisor_unit_id,
      org.category_code,
      title,
      kind,
      startsOn,
      endsOn,
      place,
      participants,
      rng.int(0, 500) * 10_000,
      '[]',
      `${org.name}于${startsOn}在${place}开展${title}，欢迎社会各界关注参与。`,
      status,
      done ? '活动按计划完成，参与群众反响良好。' : null,
      done ? Math.round(participants * (0.6 + rng.next() * 0.5)) : null,
      done ? (publishedAt ?? createdAt) : null,
      shown ? publishedAt : null,
      shown ? '登记管理机关审核员' : null,
      publishedAt,
      status === 'unpublished' ? new Date(Math.min(end, publishAt + 5 * DAY)).toISOString() : null,
      status === 'unpublished' ? '图片涉及未成年人，已撤下' : null,
      views,
      shares,
      likes,
      '组织秘书',
      createdAt,
      publishedAt ?? createdAt,
    ]);
    if (status === 'published') {
      published++;
      perOrg.set(org, (perOrg.get(org) ?? 0) + 1);
      bump(provinces, r.slice(0, 2));
      bump(counties, r.slice(0, 6));
      bump(categories, org.category_code);
      if (id % sampleEvery === 0) sampleIds.push(id);
    }
    if (batch.length === BATCH) {
      await writer.insert(ACTIVITIES, batch);
      batch = [];
      if (id % 500_000 === 0) {
        const s = (performance.now() - started) / 1000;
        log(`[gen] activities: ${id.toLocaleString('en')} of ${count.toLocaleString('en')} (${s.toFixed(1)} s)`);
      }
    }
  }
  if (batch.length) await writer.insert(ACTIVITIES, batch);
  return {
    activities: count,
    published,
    orgs: orgs.length,
    province: busiest(provinces),
    county: busiest(counties),
    category: busiest(categories),
    sampleIds,
    busyUsccs: [...perOrg]
      .filter(([o]) => o.uscc)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([o]) => o.uscc!),
  };
}
