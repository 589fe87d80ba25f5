import { z } from 'zod';
import { ZRegionCode } from './regions';

/** Kinds of official documents the platform ships templates for; later modules add theirs as data. */
export const DOCUMENT_KINDS = [
  'registration_certificate',
  'notice',
  'letter',
  'annual_conclusion',
  'spot_check_notice',
  'spot_check_result',
  'talk_notice',
  'reminder_letter',
  'rectification_order',
  'penalty_prior_notice',
  'hearing_notice',
  'penalty_decision',
  'ban_decision',
] as const;
export const DOCUMENT_KIND_LABELS: Record<string, string> = {
  registration_certificate: '登记证书',
  notice: '通知书',
  letter: '函',
  annual_conclusion: '年检结论通知书',
  spot_check_notice: '抽查通知书',
  spot_check_result: '抽查结果告知书',
  talk_notice: '约谈通知书',
  reminder_letter: '工作提醒函',
  rectification_order: '责令改正通知书',
  penalty_prior_notice: '行政处罚事先告知书',
  hearing_notice: '听证通知书',
  penalty_decision: '行政处罚决定书',
  ban_decision: '取缔决定书',
};
/** Kinds authority staff may issue by hand; certificates come only from the registration decision. */
export const MANUAL_DOCUMENT_KINDS = ['notice', 'letter'] as const;

export const ZDocumentKind = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,49}$/, { message: '文书类别应为小写英文字母、数字或下划线' });

export const TEMPLATE_FIELD_TYPES = ['text', 'multiline', 'date', 'money'] as const;
export type TemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number];

/** Values the platform fills in itself; templates may use them, fields may not take their names. */
export const SYSTEM_PLACEHOLDERS = ['authorityName', 'regionAbbr', 'number', 'year', 'issueDate'] as const;

export const ZTemplateField = z.object({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, { message: '字段名应以字母开头，只含字母和数字' }),
  label: z.string().trim().min(1, '请填写字段名称').max(40, '字段名称不能超过40个字'),
  type: z.enum(TEMPLATE_FIELD_TYPES, { message: '字段类型应为 text、multiline、date 或 money' }),
  required: z.boolean().default(false),
  /** Used when the issuer leaves the field empty. */
  default: z.string().max(200).nullable().optional(),
  /** Shown in previews. */
  sample: z.string().max(2000).nullable().optional(),
});
export type TTemplateField = z.infer<typeof ZTemplateField>;

const line = (max: number) => z.string().max(max, `不能超过${max}个字`);

/**
 * An official document's layout as data (GB/T 9704-2012 for `official`, a certificate sheet for
 * `certificate`). Every string may hold `{field}` placeholders; a paragraph, row or line that refers
 * to an optional field left empty is left out.
 */
export const ZTemplateLayout = z.object({
  style: z.enum(['official', 'certificate'], { message: '版式应为 official 或 certificate' }),
  /** 发文机关标志, e.g. `{authorityName}` or `云阳县民政局`. */
  issuer: line(60).min(1, '请填写发文机关'),
  /** 发文字号的机关代字, e.g. `{regionAbbr}民登` or `云民登`: the number becomes `云民登〔2026〕12号`. */
  numberPrefix: line(20).min(1, '请填写发文字号代字'),
  title: line(200).min(1, '请填写标题'),
  /** 主送机关 line, e.g. `{addressee}：`. */
  addressee: line(200).nullable().default(null),
  body: z.array(line(5000)).max(50, '正文段落不能超过50段').default([]),
  /** Certificate rows (label, value); only the `certificate` style prints them. */
  rows: z
    .array(z.object({ label: line(20).min(1, '请填写项目名称'), value: line(2000) }))
    .max(20, '证书项目不能超过20项')
    .default([]),
  /** 发文机关署名 and 成文日期. */
  signature: z.object({ issuer: line(60), date: line(60) }),
  /** 印章区: where the seal goes; the platform draws its outline and the text, not a seal image. */
  seal: z
    .object({ text: line(60) })
    .nullable()
    .default(null),
  /** 版记 / 附注 line at the foot, e.g. `（此件公开发布）`. */
  footer: line(200).nullable().default(null),
});
export type TTemplateLayout = z.infer<typeof ZTemplateLayout>;

export const ZTemplateInput = z.object({
  name: z.string().trim().min(2, '模板名称至少2个字').max(60, '模板名称不能超过60个字'),
  fields: z.array(ZTemplateField).max(40, '字段不能超过40个'),
  layout: ZTemplateLayout,
  /** Whose template the edit becomes when it starts from the national default; the caller's own bureau if absent. */
  authorityRegionCode: ZRegionCode.optional(),
});
export type TTemplateInput = z.infer<typeof ZTemplateInput>;

export const ZDocumentTemplate = z.object({
  id: z.number().int(),
  /** null: the national default every authority starts from. */
  authorityRegionCode: z.string().nullable(),
  kind: z.string(),
  version: z.number().int(),
  name: z.string(),
  fields: z.array(ZTemplateField),
  layout: ZTemplateLayout,
  basedOnId: z.number().int().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type TDocumentTemplate = z.infer<typeof ZDocumentTemplate>;

export const ZFieldValues = z.record(
  z.string(),
  z.union([z.string().max(5000, '内容不能超过5000个字'), z.number(), z.null()]),
);
export type TFieldValues = z.infer<typeof ZFieldValues>;

export const ZLinkedRecord = z.object({
  type: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { message: '关联记录类型格式不正确' }),
  id: z.string().trim().min(1).max(64),
});

export const ZIssueDocumentInput = z.object({
  kind: z.enum(MANUAL_DOCUMENT_KINDS, { message: '只能手工制发通知书或函' }),
  /** The issuing bureau; the caller's own if absent. */
  authorityRegionCode: ZRegionCode.optional(),
  fields: ZFieldValues,
  linkedTo: ZLinkedRecord.nullable().optional(),
});
export type TIssueDocumentInput = z.infer<typeof ZIssueDocumentInput>;

export const ZDocument = z.object({
  id: z.number().int(),
  kind: z.string(),
  templateId: z.number().int(),
  templateVersion: z.number().int(),
  authorityRegionCode: z.string(),
  issuer: z.string(),
  number: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  linkedType: z.string().nullable(),
  linkedId: z.string().nullable(),
  orgId: z.number().int().nullable(),
  /** SM3 of the PDF as stored. */
  checksum: z.string(),
  verifyCode: z.string(),
  verifyUrl: z.string(),
  issuedByName: z.string(),
  issuedAt: z.string(),
  issueDate: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type TDocument = z.infer<typeof ZDocument>;

/** What anyone holding the QR code may learn: no fields, nothing personal. */
export const ZPublicDocument = z.object({
  number: z.string(),
  kind: z.string(),
  title: z.string(),
  issuer: z.string(),
  issuedAt: z.string(),
  issueDate: z.string(),
  checksum: z.string(),
  revoked: z.boolean(),
  revokedAt: z.string().nullable(),
});
export type TPublicDocument = z.infer<typeof ZPublicDocument>;

export const ZRevokeDocumentInput = z.object({
  reason: z.string().trim().min(2, '请填写撤销原因').max(500, '撤销原因不能超过500个字'),
});
