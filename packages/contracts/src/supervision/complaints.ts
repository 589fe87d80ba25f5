import { z } from 'zod';
import { ZPageQuery } from '../paging';
import { ZRegionCode } from '../regions';

/** Complaints and reports (投诉举报) from the public, and their triage by the bureau. */

export const COMPLAINT_STATUSES = ['received', 'replied', 'case_opened'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_CATEGORIES = [
  'illegal_fees',
  'illegal_activity',
  'fraud',
  'unregistered',
  'governance',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Files the public attaches to a complaint: uploaded without login, read only by the bureau handling it. */
export const COMPLAINT_ATTACHMENT_PURPOSE = 'complaint_attachment';
export const COMPLAINT_MAX_ATTACHMENTS = 5;

const ZUscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为18位');
const ZId = z.number().int();
const ZDate = z.string();

export const ZComplaintCreate = z
  .object({
    /** A registered organization, found through the public register search. */
    orgUscc: ZUscc.optional(),
    /** The name as the complainant knows it: required for an unregistered (illegal) organization. */
    orgName: z.string().trim().max(200, '名称不超过200字').optional(),
    /** Where an unregistered organization operates: the bureau there receives the complaint. */
    regionCode: ZRegionCode.optional(),
    category: z.enum(COMPLAINT_CATEGORIES, { message: '请选择投诉类别' }),
    content: z.string().trim().min(10, '请至少用10个字说明情况').max(4000, '内容不超过4000字'),
    contactName: z.string().trim().max(50, '姓名不超过50字').optional(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请填写正确的电话号码')
      .optional(),
    attachments: z
      .array(z.object({ fileId: ZId, token: z.string().min(16).max(100) }))
      .max(COMPLAINT_MAX_ATTACHMENTS, `最多上传${COMPLAINT_MAX_ATTACHMENTS}个附件`)
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.orgUscc) return;
    if (!v.orgName) ctx.addIssue({ code: 'custom', path: ['orgName'], message: '请选择被投诉的组织或填写其名称' });
    if (!v.regionCode) ctx.addIssue({ code: 'custom', path: ['regionCode'], message: '请选择该组织活动的地区' });
  });
export type TComplaintCreate = z.input<typeof ZComplaintCreate>;

export const ZComplaintFiled = z.object({
  trackingNo: z.string(),
  /** Shown once: with the tracking number it opens the status lookup. */
  lookupCode: z.string(),
  receivedOn: ZDate,
  authorityName: z.string(),
});
export type TComplaintFiled = z.infer<typeof ZComplaintFiled>;

export const ZComplaintUploaded = z.object({
  fileId: ZId,
  /** Proves the upload is the complainant's own when the complaint is filed. */
  token: z.string(),
  name: z.string(),
  size: z.number().int(),
});
export type TComplaintUploaded = z.infer<typeof ZComplaintUploaded>;

/** What the complainant sees: status and replies, no staff names, no personal data. */
export const ZPublicComplaintStatus = z.object({
  trackingNo: z.string(),
  receivedOn: ZDate,
  orgName: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  authorityName: z.string(),
  reply: z.string().nullable(),
  repliedOn: ZDate.nullable(),
  caseStatus: z.string().nullable(),
  caseClosedOn: ZDate.nullable(),
  substantiated: z.boolean().nullable(),
});
export type TPublicComplaintStatus = z.infer<typeof ZPublicComplaintStatus>;

export const ZPublicComplaintLookup = z.object({ code: z.string().trim().min(1, '请填写查询码').max(20) });

export const ZComplaint = z.object({
  id: ZId,
  trackingNo: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  category: z.enum(COMPLAINT_CATEGORIES),
  orgId: ZId.nullable(),
  orgName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  authorityRegionCode: z.string(),
  authorityName: z.string(),
  summary: z.string(),
  receivedOn: ZDate,
  caseId: ZId.nullable(),
  caseStatus: z.string().nullable(),
});
export type TComplaint = z.infer<typeof ZComplaint>;

export const ZComplaintDetail = ZComplaint.extend({
  content: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  attachments: z.array(z.object({ id: ZId, name: z.string(), size: z.number().int(), mime: z.string() })),
  reply: z.string().nullable(),
  repliedOn: ZDate.nullable(),
  handledByName: z.string().nullable(),
  caseClosedOn: ZDate.nullable(),
  version: z.number().int(),
});
export type TComplaintDetail = z.infer<typeof ZComplaintDetail>;

export const ZComplaintQuery = ZPageQuery.extend({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  category: z.enum(COMPLAINT_CATEGORIES).optional(),
  registered: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
});
export type TComplaintQuery = z.infer<typeof ZComplaintQuery>;

export const ZComplaintReply = z.object({
  reply: z.string().trim().min(5, '答复内容至少5个字').max(4000, '答复内容不超过4000字'),
  version: z.number().int(),
});
export type TComplaintReply = z.infer<typeof ZComplaintReply>;

export const ZComplaintOpenCase = z.object({
  title: z.string().trim().min(2, '请填写案件名称').max(200),
  detail: z.string().trim().max(4000).optional(),
  version: z.number().int(),
});
export type TComplaintOpenCase = z.infer<typeof ZComplaintOpenCase>;
