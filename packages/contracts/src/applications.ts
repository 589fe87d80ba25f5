import { z } from 'zod';
import { ZIsoDate } from './dates';
import { ZOrgFields } from './orgs';
import { ZRegionCode } from './regions';

/**
 * Registration and filing applications (DOMAIN.md "Registration and filing"): 筹备 (social groups), 成立,
 * 变更, 章程核准, 负责人备案 and 注销, each drafted by the applicant, reviewed by the supervising unit
 * (skipped for directly registered categories) and decided by the registering bureau (本级).
 */
export const APPLICATION_KINDS = [
  'preparation',
  'establishment',
  'change',
  'charter',
  'responsible_person',
  'deregistration',
] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
/** Kinds a founder files before the organization exists; the others are filed by the organization. */
export const FOUNDING_KINDS: readonly ApplicationKind[] = ['preparation', 'establishment'];

export const APPLICATION_KIND_LABELS: Record<ApplicationKind, string> = {
  preparation: '筹备申请',
  establishment: '成立登记',
  change: '变更登记',
  charter: '章程核准',
  responsible_person: '负责人备案',
  deregistration: '注销登记',
};

/** draft → submitted (at a step) → approved | rejected; returned for correction; withdrawn by the applicant. */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** Where a submitted application waits: the supervising unit's review, then the authority's decision. */
export const APPLICATION_STEPS = ['supervisor', 'authority'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

export const APPLICATION_ACTIONS = [
  'edit',
  'submit',
  'withdraw',
  'supervisor-approve',
  'supervisor-return',
  'approve',
  'reject',
  'return',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** What an attachment is for; some kinds require one (章程 for charter, 清算报告 for deregistration). */
export const ATTACHMENT_ROLES = [
  'charter',
  'liquidation_report',
  'member_list',
  'funds_proof',
  'venue_proof',
  'supervisor_consent',
  'meeting_minutes',
  'other',
] as const;
export type AttachmentRole = (typeof ATTACHMENT_ROLES)[number];
export const ATTACHMENT_ROLE_LABELS: Record<AttachmentRole, string> = {
  charter: '章程',
  liquidation_report: '清算报告',
  member_list: '会员名册',
  funds_proof: '验资报告或资金证明',
  venue_proof: '住所使用证明',
  supervisor_consent: '业务主管单位审查同意文件',
  meeting_minutes: '会议纪要或决议',
  other: '其他材料',
};
export const APPLICATION_ATTACHMENT_PURPOSE = 'application_attachment';

const f = ZOrgFields.shape;
const ZCount = z.number().int('应为整数').min(0, '不能为负数').max(10_000_000).nullable();

/** What a founder states about the organization to be (筹备 and 成立 share it). */
const founding = {
  name: f.name,
  type: f.type,
  categoryCode: f.categoryCode,
  supervisorUnitId: f.supervisorUnitId,
  /** The bureau applied to: '100000' 民政部, a province, city or county. */
  authorityRegionCode: ZRegionCode,
  regionCode: f.regionCode,
  address: f.address,
  legalRepName: f.legalRepName,
  legalRepIdNumber: f.legalRepIdNumber,
  legalRepPhone: f.legalRepPhone,
  businessScope: f.businessScope,
  registeredFundsFen: f.registeredFundsFen,
  memberCount: ZCount,
  unitMemberCount: ZCount,
  staffCount: ZCount.optional(),
  publicFundraising: z.boolean({ message: '请选择是否公募' }),
  contactPhone: f.contactPhone,
  website: f.website,
};

export const ZPreparationData = z.object({
  ...founding,
  type: z.literal('social_group', { message: '只有社会团体需要申请筹备' }),
});
export const ZEstablishmentData = z.object({
  ...founding,
  /** The approved preparation this establishment follows (social groups where preparation is required). */
  preparationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable().optional(),
});

/** 变更登记: the register fields that may change, and why. */
export const CHANGEABLE_FIELDS = [
  'name',
  'legalRepName',
  'legalRepIdNumber',
  'legalRepPhone',
  'address',
  'regionCode',
  'businessScope',
  'registeredFundsFen',
  'supervisorUnitId',
] as const;
export const ZChangeData = z.object({
  name: f.name.optional(),
  legalRepName: f.legalRepName.optional(),
  legalRepIdNumber: f.legalRepIdNumber,
  legalRepPhone: f.legalRepPhone,
  address: f.address.optional(),
  regionCode: f.regionCode.optional(),
  businessScope: f.businessScope.optional(),
  registeredFundsFen: f.registeredFundsFen.optional(),
  supervisorUnitId: f.supervisorUnitId.optional(),
  reason: z.string().trim().min(2, '请填写变更事由').max(500, '变更事由不能超过500个字'),
});

export const ZCharterData = z.object({
  summary: z.string().trim().min(2, '请填写章程修改要点').max(2000, '不能超过2000个字'),
  /** 会员（代表）大会通过章程的日期. */
  adoptedOn: ZIsoDate,
});

export const ZResponsiblePersonData = z.object({
  personName: z.string().trim().min(2, '请填写负责人姓名').max(50),
  position: z.string().trim().min(2, '请填写职务（如理事长、秘书长）').max(30),
  idNumber: f.legalRepIdNumber.unwrap().unwrap(),
  phone: f.legalRepPhone,
  termStart: ZIsoDate,
  termEnd: ZIsoDate.nullable().optional(),
});

export const ZDeregistrationData = z.object({
  reason: z.string().trim().min(2, '请填写注销原因').max(500, '注销原因不能超过500个字'),
  /** 清算结束之日（《社会团体登记管理条例》第二十一条）. */
  liquidationCompletedOn: ZIsoDate,
});

/** The full data of each kind, checked on submission. */
export const APPLICATION_DATA = {
  preparation: ZPreparationData,
  establishment: ZEstablishmentData,
  change: ZChangeData,
  charter: ZCharterData,
  responsible_person: ZResponsiblePersonData,
  deregistration: ZDeregistrationData,
} as const satisfies Record<ApplicationKind, z.ZodObject>;

/** Fields holding personal data: ID numbers are stored encrypted, and both kinds leave masked. */
export const APPLICATION_ID_FIELDS = ['legalRepIdNumber', 'idNumber'] as const;
export const APPLICATION_PHONE_FIELDS = ['legalRepPhone', 'phone'] as const;

export const ZApplicationAttachmentRef = z.object({
  fileId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  role: z.enum(ATTACHMENT_ROLES, { message: '请选择材料类别' }),
});

const ZAttachmentRefs = z.array(ZApplicationAttachmentRef).max(30, '附件最多30个').default([]);
const ZOrgId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ZVersion = z.number().int().positive().max(2_147_483_647);

/** Drafts may be incomplete: every field is optional until submission. */
const drafts = {
  preparation: ZPreparationData.partial(),
  establishment: ZEstablishmentData.partial(),
  change: ZChangeData.partial(),
  charter: ZCharterData.partial(),
  responsible_person: ZResponsiblePersonData.partial(),
  deregistration: ZDeregistrationData.partial(),
};

/** POST /api/applications: a draft; organization kinds name the organization (the caller's own). */
export const ZApplicationCreate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preparation'), data: drafts.preparation, attachments: ZAttachmentRefs }),
  z.object({ kind: z.literal('establishment'), data: drafts.establishment, attachments: ZAttachmentRefs }),
  z.object({ kind: z.literal('change'), orgId: ZOrgId, data: drafts.change, attachments: ZAttachmentRefs }),
  z.object({ kind: z.literal('charter'), orgId: ZOrgId, data: drafts.charter, attachments: ZAttachmentRefs }),
  z.object({
    kind: z.literal('responsible_person'),
    orgId: ZOrgId,
    data: drafts.responsible_person,
    attachments: ZAttachmentRefs,
  }),
  z.object({
    kind: z.literal('deregistration'),
    orgId: ZOrgId,
    data: drafts.deregistration,
    attachments: ZAttachmentRefs,
  }),
]);
export type TApplicationCreate = z.infer<typeof ZApplicationCreate>;

/** PUT /api/applications/:id: the whole draft again, with the kind it has (personal data left out is kept). */
export const ZApplicationUpdate = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('preparation'),
    version: ZVersion,
    data: drafts.preparation,
    attachments: ZAttachmentRefs,
  }),
  z.object({
    kind: z.literal('establishment'),
    version: ZVersion,
    data: drafts.establishment,
    attachments: ZAttachmentRefs,
  }),
  z.object({ kind: z.literal('change'), version: ZVersion, data: drafts.change, attachments: ZAttachmentRefs }),
  z.object({ kind: z.literal('charter'), version: ZVersion, data: drafts.charter, attachments: ZAttachmentRefs }),
  z.object({
    kind: z.literal('responsible_person'),
    version: ZVersion,
    data: drafts.responsible_person,
    attachments: ZAttachmentRefs,
  }),
  z.object({
    kind: z.literal('deregistration'),
    version: ZVersion,
    data: drafts.deregistration,
    attachments: ZAttachmentRefs,
  }),
]);
export type TApplicationUpdate = z.infer<typeof ZApplicationUpdate>;
