import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';

/**
 * Illegal social organizations (非法社会组织, 《取缔非法民间组织暂行办法》): reports, investigation notes, the
 * finding, the ban (取缔决定书) and the public warning list (警示曝光), which never carries the reporter.
 */
export const ILLEGAL_ORG_STATUSES = ['reported', 'investigating', 'confirmed', 'dismissed', 'banned'] as const;
export type IllegalOrgStatus = (typeof ILLEGAL_ORG_STATUSES)[number];
export const ILLEGAL_ORG_STATUS_LABELS: Record<IllegalOrgStatus, string> = {
  reported: '已登记线索',
  investigating: '调查中',
  confirmed: '认定为非法社会组织',
  dismissed: '不属于非法社会组织',
  banned: '已取缔',
};

export const ILLEGAL_ORG_SOURCES = ['public', 'department', 'inspection'] as const;
export type IllegalOrgSource = (typeof ILLEGAL_ORG_SOURCES)[number];
export const ILLEGAL_ORG_SOURCE_LABELS: Record<IllegalOrgSource, string> = {
  public: '群众举报',
  department: '部门移送',
  inspection: '执法检查发现',
};

export const ILLEGAL_ORG_FILE_PURPOSE = 'illegal_org_evidence';

export const ZIllegalOrgNote = z.object({
  id: z.number().int(),
  notedOn: ZIsoDate,
  text: z.string(),
  files: z.array(z.number().int()),
  byName: z.string().nullable(),
});
export type TIllegalOrgNote = z.infer<typeof ZIllegalOrgNote>;

export const ZIllegalOrg = z.object({
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  authorityRegionCode: z.string(),
  status: z.enum(ILLEGAL_ORG_STATUSES),
  source: z.enum(ILLEGAL_ORG_SOURCES),
  reporterName: z.string().nullable(),
  reporterPhone: z.string().nullable(),
  reportedOn: ZIsoDate,
  activities: z.string(),
  places: z.string(),
  evidence: z.array(z.number().int()),
  finding: z.string().nullable(),
  foundOn: ZIsoDate.nullable(),
  bannedOn: ZIsoDate.nullable(),
  banDocumentId: z.number().int().nullable(),
  banDocumentNumber: z.string().nullable(),
  publicSummary: z.string().nullable(),
  published: z.boolean(),
  version: z.number().int(),
});
export type TIllegalOrg = z.infer<typeof ZIllegalOrg>;
export const ZIllegalOrgDetail = ZIllegalOrg.extend({ notes: z.array(ZIllegalOrgNote) });
export type TIllegalOrgDetail = z.infer<typeof ZIllegalOrgDetail>;

const ZRegion = z.string().regex(/^\d{2,12}$/, '地区代码有误');

export const ZIllegalOrgQuery = ZPageQuery.extend({
  status: z.enum(ILLEGAL_ORG_STATUSES).optional(),
  region: ZRegion.optional(),
  q: z.string().trim().max(50).optional(),
});
export type TIllegalOrgQuery = z.infer<typeof ZIllegalOrgQuery>;

export const ZIllegalOrgCreate = z.object({
  name: z.string().trim().min(2, '请填写所用名称').max(200, '名称不超过200字'),
  regionCode: z.string().regex(/^\d{6,12}$/, '请选择活动地区'),
  source: z.enum(ILLEGAL_ORG_SOURCES),
  reporterName: z.string().trim().max(50, '姓名不超过50字').nullable().optional(),
  reporterPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '联系电话格式有误')
    .nullable()
    .optional(),
  reportedOn: ZIsoDate,
  activities: z.string().trim().min(2, '请填写活动情况').max(2000, '活动情况不超过2000字'),
  places: z.string().trim().min(2, '请填写活动地点').max(500, '活动地点不超过500字'),
  evidence: z.array(z.number().int().positive()).max(20, '证据不超过20个').default([]),
});
export type TIllegalOrgCreate = z.input<typeof ZIllegalOrgCreate>;

export const ZIllegalOrgNoteCreate = z.object({
  text: z.string().trim().min(2, '请填写调查情况').max(2000, '调查情况不超过2000字'),
  notedOn: ZIsoDate,
  files: z.array(z.number().int().positive()).max(20, '附件不超过20个').default([]),
});
export type TIllegalOrgNoteCreate = z.input<typeof ZIllegalOrgNoteCreate>;

export const ZIllegalOrgFinding = z.object({
  illegal: z.boolean(),
  finding: z.string().trim().min(2, '请填写认定意见').max(2000, '认定意见不超过2000字'),
  foundOn: ZIsoDate,
  version: z.number().int().optional(),
});
export type TIllegalOrgFinding = z.infer<typeof ZIllegalOrgFinding>;

export const ZIllegalOrgBan = z.object({
  /** 取缔决定书 body: the facts, the legal basis and what follows (收缴印章、资料). */
  decision: z.string().trim().min(10, '请填写取缔决定内容').max(4000, '决定内容不超过4000字'),
  /** What the public warning list says (no personal data). */
  publicSummary: z.string().trim().min(2, '请填写曝光内容').max(500, '曝光内容不超过500字'),
  publish: z.boolean().default(true),
  version: z.number().int().optional(),
});
export type TIllegalOrgBan = z.input<typeof ZIllegalOrgBan>;

/** One entry of the public warning list: the name used, where, what, and the ban — never who reported it. */
export const ZPublicIllegalOrgWarning = z.object({
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  summary: z.string(),
  bannedOn: ZIsoDate,
  authorityName: z.string(),
  documentNumber: z.string().nullable(),
});
export type TPublicIllegalOrgWarning = z.infer<typeof ZPublicIllegalOrgWarning>;
export const ZPublicIllegalOrgQuery = ZPageQuery.extend({
  region: ZRegion.optional(),
});
export type TPublicIllegalOrgQuery = z.infer<typeof ZPublicIllegalOrgQuery>;
