import { z } from 'zod';
import { ZIsoDate } from './dates';
import { isValidIdNumber } from './pii';
import { COMMUNITY_AREA_KINDS, COMMUNITY_ORG_STATUSES } from './portal';
import { ZRegionCode } from './regions';

/**
 * Kinds of community organization (民发〔2017〕191号 关于大力培育发展社区社会组织的意见: 生活服务类,
 * 公益慈善类 and 居民互助类 first; 文体娱乐类 and 农村生产技术服务类 are the other usual filings).
 */
export const COMMUNITY_ORG_CATEGORIES = [
  { code: 'life_service', name: '生活服务类' },
  { code: 'charity', name: '公益慈善类' },
  { code: 'mutual_aid', name: '居民互助类' },
  { code: 'culture_sports', name: '文体娱乐类' },
  { code: 'rural_tech', name: '农村生产技术服务类' },
  { code: 'other', name: '其他' },
] as const;
export type CommunityOrgCategory = (typeof COMMUNITY_ORG_CATEGORIES)[number]['code'];
const CATEGORY_CODES = COMMUNITY_ORG_CATEGORIES.map((c) => c.code) as [CommunityOrgCategory, ...CommunityOrgCategory[]];

/** Statistics count community organizations per urban community (社区) and per rural one (村). */
export type CommunityAreaKind = (typeof COMMUNITY_AREA_KINDS)[number];
export const COMMUNITY_AREA_LABELS: Record<CommunityAreaKind, string> = { urban: '城市社区', rural: '农村社区' };
export type CommunityOrgStatus = (typeof COMMUNITY_ORG_STATUSES)[number];

const ZPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '电话应为11位手机号或带区号的座机号');

/** What a township files for a community organization: no credit code, no legal person. */
export const ZCommunityOrgFields = z.object({
  name: z.string().trim().min(2, '名称至少2个字').max(60, '名称不能超过60个字'),
  communityName: z.string().trim().min(2, '请填写所在社区（村）').max(60, '社区（村）名称不能超过60个字'),
  areaKind: z.enum(COMMUNITY_AREA_KINDS, { message: '请选择城市社区或农村社区' }),
  categoryCode: z.enum(CATEGORY_CODES, { message: '请选择社区社会组织类别' }),
  responsibleName: z.string().trim().min(2, '请填写负责人姓名').max(50),
  responsibleIdNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, '身份证号码不正确（18位，最后一位为数字或X）')
    .nullable()
    .optional(),
  responsiblePhone: ZPhone.nullable().optional(),
  venue: z.string().trim().min(2, '请填写活动场所').max(200, '活动场所不能超过200个字'),
  activityArea: z.string().trim().min(2, '请填写活动范围').max(200, '活动范围不能超过200个字'),
  /** No national minimum; local filing rules ask for 3 to 10 members, so 3 is the floor here. */
  memberCount: z
    .number({ message: '请填写成员人数' })
    .int('成员人数应为整数')
    .min(3, '成员人数至少3人')
    .max(100_000, '成员人数不能超过100000'),
  /** Activity funds in fen. */
  fundsFen: z.number({ message: '请填写活动资金' }).int('金额应为整数（分）').min(0, '活动资金不能为负数').max(1e13),
  filedOn: ZIsoDate,
  /** 章程 and member roster (花名册): files uploaded with purpose community_org_charter / community_org_roster. */
  charterFileId: z.number().int().positive().nullable().optional(),
  rosterFileId: z.number().int().positive().nullable().optional(),
});
export type TCommunityOrgFields = z.infer<typeof ZCommunityOrgFields>;

export const ZCommunityOrgCreate = ZCommunityOrgFields;
export const ZCommunityOrgUpdate = ZCommunityOrgFields.partial().extend({ version: z.number().int().positive() });
export const ZCommunityOrgCancel = z.object({
  reason: z.string().trim().min(4, '请填写注销备案的原因（至少4个字）').max(300, '原因不能超过300个字'),
  cancelledOn: ZIsoDate.optional(),
  version: z.number().int().positive(),
});

export const ZCommunityOrg = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The filing township (9 digits). */
  regionCode: z.string(),
  regionName: z.string(),
  communityName: z.string(),
  areaKind: z.enum(COMMUNITY_AREA_KINDS),
  categoryCode: z.string(),
  categoryName: z.string(),
  responsibleName: z.string(),
  responsibleIdMasked: z.string().nullable(),
  responsiblePhoneMasked: z.string().nullable(),
  venue: z.string(),
  activityArea: z.string(),
  memberCount: z.number().int(),
  fundsFen: z.number().int(),
  charterFileId: z.number().int().nullable(),
  rosterFileId: z.number().int().nullable(),
  status: z.enum(COMMUNITY_ORG_STATUSES),
  filedOn: z.string(),
  cancelledOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCommunityOrg = z.infer<typeof ZCommunityOrg>;

export const ZCommunityOrgListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  within: ZRegionCode.optional(),
  status: z.enum(COMMUNITY_ORG_STATUSES).optional(),
  areaKind: z.enum(COMMUNITY_AREA_KINDS).optional(),
  categoryCode: z.enum(CATEGORY_CODES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type TCommunityOrgListQuery = z.infer<typeof ZCommunityOrgListQuery>;
