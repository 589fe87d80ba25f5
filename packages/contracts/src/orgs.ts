import { z } from 'zod';
import { ZIsoDate } from './dates';
import { isValidIdNumber } from './pii';
import { ZRegionCode } from './regions';

/** Registered legal persons (DOMAIN.md "The organization"); community organizations are only filed. */
export const REGISTERED_ORG_TYPES = ['social_group', 'service_institution', 'foundation'] as const;
export type RegisteredOrgType = (typeof REGISTERED_ORG_TYPES)[number];

/** registered (正常) → deregistered (注销) | revoked (撤销登记) | withdrawn (吊销登记证书). */
export const ORG_STATUSES = ['registered', 'deregistered', 'revoked', 'withdrawn'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

export const ORG_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const EVALUATION_GRADES = ['1A', '2A', '3A', '4A', '5A'] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];

/**
 * The national default domain categories; regions add their own and override which register directly.
 * Direct registration (直接登记, no supervising unit): 行业协会商会, 科技类, 公益慈善类 and 城乡社区服务类
 * (中办发〔2016〕46号); 异地商会 are chambers of commerce.
 */
export const DEFAULT_CATEGORIES = [
  { code: 'industry_association', name: '行业协会商会', directRegistration: true },
  { code: 'science_tech', name: '科技类', directRegistration: true },
  { code: 'culture', name: '文化类', directRegistration: false },
  { code: 'sports', name: '体育类', directRegistration: false },
  { code: 'education', name: '教育类', directRegistration: false },
  { code: 'health', name: '卫生类', directRegistration: false },
  { code: 'social_service', name: '社会服务类', directRegistration: true },
  { code: 'charity', name: '慈善类', directRegistration: true },
  { code: 'agriculture', name: '农业农村类', directRegistration: false },
  { code: 'remote_chamber', name: '异地商会', directRegistration: true },
  { code: 'other', name: '其他', directRegistration: false },
] as const;

export const ZCategoryCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '类别代码为小写字母、数字和下划线');

export const ZCategory = z.object({
  code: z.string(),
  name: z.string(),
  directRegistration: z.boolean(),
  active: z.boolean(),
  sort: z.number().int(),
  /** Region whose dictionary the entry comes from ('100000' for the national default). */
  definedIn: z.string(),
});
export type TCategory = z.infer<typeof ZCategory>;

export const ZCategoryInput = z.object({
  code: ZCategoryCode,
  name: z.string().trim().min(2, '类别名称至少2个字').max(30, '类别名称不能超过30个字'),
  directRegistration: z.boolean(),
  active: z.boolean().default(true),
  sort: z.number().int().min(0).max(9999).default(100),
});

const ZPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '电话应为11位手机号或带区号的座机号')
  .nullable();

const ZIdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, '身份证号码不正确（18位，最后一位为数字或X）');

/** Fields of the register an authority keeps for a registered organization. */
export const ZOrgFields = z.object({
  name: z.string().trim().min(4, '名称至少4个字').max(100, '名称不能超过100个字'),
  type: z.enum(REGISTERED_ORG_TYPES, { message: '请选择组织类型' }),
  categoryCode: ZCategoryCode,
  supervisorUnitId: z.number().int().positive().nullable(),
  /** Domicile, at county or township level. */
  regionCode: ZRegionCode,
  address: z.string().trim().min(4, '住所至少4个字').max(200),
  legalRepName: z.string().trim().min(2, '请填写法定代表人姓名').max(50),
  legalRepIdNumber: ZIdNumber.nullable().optional(),
  legalRepPhone: ZPhone.optional(),
  businessScope: z.string().trim().min(2, '请填写业务范围').max(2000),
  /** 活动资金 / 开办资金 / 原始基金, in fen. */
  registeredFundsFen: z.number().int('金额应为整数（分）').min(0).max(1e15),
  /** Date of the establishment registration. */
  foundedOn: ZIsoDate,
  certificateValidUntil: ZIsoDate.nullable().optional(),
  charityRecognized: z.boolean().default(false),
  charityRecognizedOn: ZIsoDate.nullable().optional(),
  publicFundraising: z.boolean().default(false),
  taxDeductionUntil: ZIsoDate.nullable().optional(),
  taxExemptUntil: ZIsoDate.nullable().optional(),
  evaluationGrade: z.enum(EVALUATION_GRADES).nullable().optional(),
  gradeValidUntil: ZIsoDate.nullable().optional(),
  hasPartyOrg: z.boolean().default(false),
  incubator: z.string().trim().max(100).nullable().optional(),
  brand: z.boolean().default(false),
  staffCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  memberCount: z.number().int().min(0).max(10_000_000).nullable().optional(),
  unitMemberCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  contactPhone: ZPhone.optional(),
  website: z.string().trim().url('网址格式不正确').max(200).nullable().optional(),
});
export type TOrgFields = z.infer<typeof ZOrgFields>;

/** Entering an organization already registered (补录) — the USCC is the authority's to check. */
export const ZOrgCreate = ZOrgFields.extend({
  uscc: z.string().trim().toUpperCase(),
  /** The registering bureau's region; defaults to the clerk's own. */
  authorityRegionCode: ZRegionCode.optional(),
  basis: z.string().trim().max(200).optional(),
});

export const ZOrgUpdate = ZOrgFields.partial().extend({
  version: z.number().int().positive(),
  basis: z.string().trim().min(2, '请填写变更依据').max(200),
});

export const ZOrg = z.object({
  id: z.number().int(),
  uscc: z.string(),
  name: z.string(),
  type: z.enum(REGISTERED_ORG_TYPES),
  level: z.enum(ORG_LEVELS),
  authorityRegionCode: z.string(),
  authorityName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  supervisorUnitId: z.number().int().nullable(),
  supervisorUnitName: z.string().nullable(),
  status: z.enum(ORG_STATUSES),
  statusDate: z.string().nullable(),
  statusReason: z.string().nullable(),
  address: z.string(),
  legalRepName: z.string(),
  legalRepIdMasked: z.string().nullable(),
  legalRepPhoneMasked: z.string().nullable(),
  businessScope: z.string(),
  registeredFundsFen: z.number().int(),
  foundedOn: z.string(),
  certificateValidUntil: z.string().nullable(),
  charityRecognized: z.boolean(),
  charityRecognizedOn: z.string().nullable(),
  publicFundraising: z.boolean(),
  taxDeductionUntil: z.string().nullable(),
  taxExemptUntil: z.string().nullable(),
  evaluationGrade: z.enum(EVALUATION_GRADES).nullable(),
  gradeValidUntil: z.string().nullable(),
  hasPartyOrg: z.boolean(),
  incubator: z.string().nullable(),
  brand: z.boolean(),
  staffCount: z.number().int().nullable(),
  memberCount: z.number().int().nullable(),
  unitMemberCount: z.number().int().nullable(),
  contactPhone: z.string().nullable(),
  website: z.string().nullable(),
  dormantCandidate: z.boolean(),
  usccWarning: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TOrg = z.infer<typeof ZOrg>;

/**
 * A row of the staff list and of a name search: what the table shows. Personal data (decrypted per row),
 * the business scope and contact details stay on the organization's page, so a page of 50 stays small.
 */
export const ZOrgSummary = ZOrg.omit({
  legalRepIdMasked: true,
  legalRepPhoneMasked: true,
  businessScope: true,
  statusReason: true,
  contactPhone: true,
  website: true,
});
export type TOrgSummary = z.infer<typeof ZOrgSummary>;

export const ORG_EVENT_KINDS = [
  'recorded',
  'registered',
  'changed',
  'corrected',
  'deregistered',
  'revoked',
  'withdrawn',
  'certificate_issued',
  'imported',
  'charter_approved',
  'responsible_person_filed',
] as const;
export type OrgEventKind = (typeof ORG_EVENT_KINDS)[number];

export const ZOrgEvent = z.object({
  id: z.number().int(),
  kind: z.enum(ORG_EVENT_KINDS),
  occurredOn: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  basis: z.string().nullable(),
  summary: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  public: z.boolean(),
});
export type TOrgEvent = z.infer<typeof ZOrgEvent>;

/** Staff list columns that can be sorted; every sort ends with the id so keyset paging is exact. */
export const ORG_SORTS = ['id', 'name', 'foundedOn', 'registeredFundsFen'] as const;

export const ZOrgListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  type: z.enum(REGISTERED_ORG_TYPES).optional(),
  status: z.enum(ORG_STATUSES).optional(),
  level: z.enum(ORG_LEVELS).optional(),
  categoryCode: ZCategoryCode.optional(),
  within: ZRegionCode.optional(),
  supervisorUnitId: z.coerce.number().int().positive().optional(),
  sort: z.enum(ORG_SORTS).default('id'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});
export type TOrgListQuery = z.infer<typeof ZOrgListQuery>;

/** A count that stops at a cap: "10,000+" instead of counting a national-scale match. */
export const ZCappedCount = z.object({ count: z.number().int(), capped: z.boolean() });
export const COUNT_CAP = 10_000;
