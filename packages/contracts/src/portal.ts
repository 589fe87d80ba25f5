import { z } from 'zod';
import {
  EVALUATION_GRADES,
  ORG_EVENT_KINDS,
  ORG_LEVELS,
  ORG_STATUSES,
  REGISTERED_ORG_TYPES,
  ZCategoryCode,
} from './orgs';
import { ZRegionCode } from './regions';

/**
 * The public portal and open data (DOMAIN.md "Public portal and open data"). Public shapes are allow-lists:
 * no ID number, phone or internal id leaves through them. The legal representative's name is public — it
 * is printed on the registration certificate and shown by every official register.
 */
const ZCursor = z.string().max(400).optional().describe('上一页返回的 nextCursor，原样传回；不传为第一页');

export const ZPublicOrgQuery = z.object({
  q: z.string().trim().max(50).optional().describe('名称中任意连续2个字以上，或18位统一社会信用代码'),
  type: z.enum(REGISTERED_ORG_TYPES).optional(),
  status: z.enum(ORG_STATUSES).optional(),
  categoryCode: ZCategoryCode.optional(),
  region: ZRegionCode.optional().describe('住所所在行政区划代码（含全部下级）'),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TPublicOrgQuery = z.infer<typeof ZPublicOrgQuery>;

export const ZPublicOrg = z.object({
  uscc: z.string(),
  name: z.string(),
  type: z.enum(REGISTERED_ORG_TYPES),
  typeName: z.string(),
  level: z.enum(ORG_LEVELS),
  levelName: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  authorityName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string(),
  legalRepName: z.string(),
  supervisorUnitName: z.string().nullable().describe('业务主管单位；空为直接登记'),
  businessScope: z.string(),
  registeredFundsFen: z.number().int().describe('注册资金（活动资金/开办资金/原始基金），单位：分'),
  foundedOn: z.string(),
  certificateValidUntil: z.string().nullable(),
  status: z.enum(ORG_STATUSES),
  statusName: z.string(),
  statusDate: z.string().nullable(),
  statusReason: z.string().nullable(),
  evaluationGrade: z.enum(EVALUATION_GRADES).nullable(),
  gradeValidUntil: z.string().nullable(),
  charityRecognized: z.boolean(),
  charityRecognizedOn: z.string().nullable(),
  publicFundraising: z.boolean(),
  taxDeductionUntil: z.string().nullable(),
  taxExemptUntil: z.string().nullable(),
  hasPartyOrg: z.boolean(),
  website: z.string().nullable(),
});
export type TPublicOrg = z.infer<typeof ZPublicOrg>;

export const ZPublicOrgEvent = z.object({
  kind: z.enum(ORG_EVENT_KINDS),
  occurredOn: z.string(),
  summary: z.string(),
  basis: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type TPublicOrgEvent = z.infer<typeof ZPublicOrgEvent>;

/** What a later module adds to the org page (inspection results, list status, penalties, activities). */
export const ZPublicOrgSection = z.object({ key: z.string(), title: z.string(), data: z.unknown() });
export type TPublicOrgSection = z.infer<typeof ZPublicOrgSection>;

export const ZPublicOrgPage = ZPublicOrg.extend({
  timeline: z.array(ZPublicOrgEvent),
  sections: z.array(ZPublicOrgSection),
});
export type TPublicOrgPage = z.infer<typeof ZPublicOrgPage>;

export const COMMUNITY_AREA_KINDS = ['urban', 'rural'] as const;
export const COMMUNITY_ORG_STATUSES = ['filed', 'cancelled'] as const;

export const ZPublicCommunityOrg = z.object({
  id: z.number().int(),
  name: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  communityName: z.string(),
  areaKind: z.enum(COMMUNITY_AREA_KINDS),
  activityArea: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  filedOn: z.string(),
  status: z.enum(COMMUNITY_ORG_STATUSES),
  cancelledOn: z.string().nullable(),
});
export type TPublicCommunityOrg = z.infer<typeof ZPublicCommunityOrg>;

/** 成立 / 变更 / 注销 / 撤销登记 / 吊销登记证书 announcements. */
export const ANNOUNCEMENT_KINDS = ['registered', 'changed', 'deregistered', 'revoked', 'withdrawn'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

export const ZAnnouncementQuery = z.object({
  kind: z.enum(ANNOUNCEMENT_KINDS).optional(),
  region: ZRegionCode.optional().describe('组织住所所在行政区划代码（含全部下级）'),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TAnnouncementQuery = z.infer<typeof ZAnnouncementQuery>;

export const ZAnnouncement = z.object({
  id: z.number().int(),
  kind: z.enum(ANNOUNCEMENT_KINDS),
  title: z.string(),
  body: z.string(),
  orgName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  publishedOn: z.string(),
});
export type TAnnouncement = z.infer<typeof ZAnnouncement>;

const ZShare = z.object({
  count: z.number().int(),
  share: z.number().describe('占登记总数的百分比，四舍五入保留两位小数（57.73 表示 57.73%）'),
});

const ZCommunityArea = z.object({
  count: z.number().int(),
  communities: z.number().int().describe('有备案社区社会组织的社区（村）数'),
  perCommunity: z.number().nullable().describe('每个社区（村）平均数，四舍五入保留两位小数'),
});

export const ZOrgStats = z.object({
  region: z.object({ code: z.string(), name: z.string(), fullName: z.string() }),
  /** When the figures were counted: now for a live count, the refresh time for province and national level. */
  asOf: z.string(),
  registered: z.object({
    total: z.number().int(),
    byType: z.array(ZShare.extend({ type: z.enum(REGISTERED_ORG_TYPES), name: z.string() })),
    byCategory: z.array(ZShare.extend({ code: z.string(), name: z.string() })),
    grade3aPlus: ZShare.describe('评估等级3A及以上且在有效期内'),
    charities: ZShare.describe('认定为慈善组织'),
    population: z.number().int().nullable().describe('常住人口；本级无数据时为全部下级之和（任一下级缺数据则为空）'),
    per10k: z.number().nullable().describe('每万人拥有社会组织数，四舍五入保留两位小数'),
  }),
  communityOrgs: z.object({
    total: z.number().int(),
    urban: ZCommunityArea,
    rural: ZCommunityArea,
  }),
});
export type TOrgStats = z.infer<typeof ZOrgStats>;

export const OPEN_DATA_DATASETS = ['orgs', 'community_orgs', 'dictionary'] as const;
export const OPEN_DATA_FORMATS = ['csv', 'jsonl', 'json'] as const;

export const ZOpenDataFile = z.object({
  name: z.string().describe('下载地址为 /api/public/open-data/{name}'),
  dataset: z.enum(OPEN_DATA_DATASETS),
  format: z.enum(OPEN_DATA_FORMATS),
  part: z.number().int().describe('大数据集按约 64 MB 分卷，从 1 开始'),
  rows: z.number().int(),
  bytes: z.number().int(),
  sha256: z.string(),
  generatedAt: z.string(),
});
export type TOpenDataFile = z.infer<typeof ZOpenDataFile>;

export const ZOpenDataList = z.object({
  generatedAt: z.string().nullable().describe('当前文件的生成时间'),
  checkedAt: z.string().nullable().describe('最近一次每日任务核对的时间（数据未变化时不重新生成文件）'),
  files: z.array(ZOpenDataFile),
});
export type TOpenDataList = z.infer<typeof ZOpenDataList>;
