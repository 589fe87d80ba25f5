import { z } from 'zod';
import { ZIsoDate } from '../dates';
import { ZPageQuery } from '../paging';
import { ZRegionCode } from '../regions';
import { DEFAULT_DORMANT_PARAMS, DORMANT_ORG_TYPES, DORMANT_SIGNALS } from './dormant-rules';

/** The HTTP shapes of dormant-organization clean-up campaigns (僵尸型社会组织清理整治). */
export const DORMANT_DISPOSALS = ['deregister', 'revoke', 'rectify', 'reactivate'] as const;
export type DormantDisposal = (typeof DORMANT_DISPOSALS)[number];
export const DORMANT_DISPOSAL_LABELS: Record<DormantDisposal, string> = {
  deregister: '注销',
  revoke: '撤销',
  rectify: '整改',
  reactivate: '激活',
};
export const DORMANT_CAMPAIGN_STATUSES = ['open', 'closed'] as const;

const ZId = z.number().int();
const int = (min: number, max: number, label: string) =>
  z.coerce.number().int(`${label}应为整数`).min(min, `${label}不能小于${min}`).max(max, `${label}不能大于${max}`);

export const ZDormantParams = z.object({
  missedYears: int(1, 10, '连续未年检年数').default(DEFAULT_DORMANT_PARAMS.missedYears),
  inactiveMonths: int(1, 120, '未开展活动月数').default(DEFAULT_DORMANT_PARAMS.inactiveMonths),
  councilTermYears: int(1, 10, '理事会届期').default(DEFAULT_DORMANT_PARAMS.councilTermYears),
  councilGraceMonths: int(0, 24, '换届宽限月数').default(DEFAULT_DORMANT_PARAMS.councilGraceMonths),
  signals: z
    .array(z.enum(DORMANT_SIGNALS))
    .min(1, '请至少选择一项认定情形')
    .default([...DEFAULT_DORMANT_PARAMS.signals]),
  minSignals: int(1, 4, '至少符合的情形数').default(DEFAULT_DORMANT_PARAMS.minSignals),
});
export type TDormantParams = z.infer<typeof ZDormantParams>;

export const ZDormantScope = z.object({
  /** Domicile subtree (within the bureau's own region); defaults to the bureau's region. */
  regionCode: ZRegionCode.optional(),
  types: z
    .array(z.enum(DORMANT_ORG_TYPES))
    .min(1, '请至少选择一种组织类型')
    .default([...DORMANT_ORG_TYPES]),
});

/** Query string of the preview: comma-separated lists, numbers as text. */
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).optional());
export const ZDormantPreviewQuery = z.object({
  region: ZRegionCode.optional(),
  types: csv(z.enum(DORMANT_ORG_TYPES)),
  signals: csv(z.enum(DORMANT_SIGNALS)),
  missedYears: ZDormantParams.shape.missedYears.optional(),
  inactiveMonths: ZDormantParams.shape.inactiveMonths.optional(),
  councilTermYears: ZDormantParams.shape.councilTermYears.optional(),
  councilGraceMonths: ZDormantParams.shape.councilGraceMonths.optional(),
  minSignals: ZDormantParams.shape.minSignals.optional(),
});

export const ZDormantSignal = z.discriminatedUnion('code', [
  z.object({ code: z.literal('annual_missed'), years: z.array(z.number().int()) }),
  z.object({ code: z.literal('unreachable'), listedOn: z.string().nullable(), unsignedLetters: z.array(z.string()) }),
  z.object({
    code: z.literal('no_activity'),
    lastActivityOn: z.string().nullable(),
    since: z.string(),
    dormantFrom: z.string(),
    months: z.number().int(),
  }),
  z.object({
    code: z.literal('council_overdue'),
    lastRenewedOn: z.string().nullable(),
    foundedOn: z.string(),
    termYears: z.number().int(),
    dueOn: z.string(),
    overdueFrom: z.string(),
  }),
]);
export type TDormantSignal = z.infer<typeof ZDormantSignal>;

export const ZDormantPreviewItem = z.object({
  orgId: ZId,
  orgName: z.string(),
  uscc: z.string().nullable(),
  orgType: z.string(),
  regionCode: z.string(),
  signals: z.array(ZDormantSignal),
});

export const ZDormantPreview = z.object({
  /** Registered organizations looked at. */
  evaluated: z.number().int(),
  total: z.number().int(),
  /** The first candidates (all of them up to the limit). */
  items: z.array(ZDormantPreviewItem),
  /** Signals that could not be judged: no module has published their facts yet (暂无数据). */
  noData: z.array(z.enum(DORMANT_SIGNALS)),
  params: ZDormantParams,
  regionCode: z.string(),
  types: z.array(z.string()),
});
export type TDormantPreview = z.infer<typeof ZDormantPreview>;

export const ZDormantCampaignCreate = z
  .object({
    title: z.string().trim().min(2, '请填写名称').max(100, '名称不超过100字'),
    scope: ZDormantScope.default({ types: [...DORMANT_ORG_TYPES] }),
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    params: ZDormantParams.default({ ...DEFAULT_DORMANT_PARAMS, signals: [...DEFAULT_DORMANT_PARAMS.signals] }),
  })
  .refine((c) => c.endsOn >= c.startsOn, { path: ['endsOn'], message: '结束日期不能早于开始日期' });
export type TDormantCampaignCreate = z.input<typeof ZDormantCampaignCreate>;

export const ZDormantCounts = z.object({
  listed: z.number().int(),
  disposed: z.number().int(),
  byDisposal: z.object({
    deregister: z.number().int(),
    revoke: z.number().int(),
    rectify: z.number().int(),
    reactivate: z.number().int(),
  }),
  /** disposed / listed in percent, half up to two decimals ("82.08"); null when nothing is listed. */
  completionRate: z.string().nullable(),
});

export const ZDormantCampaign = z.object({
  id: ZId,
  authorityRegionCode: z.string(),
  authorityName: z.string(),
  title: z.string(),
  scope: z.object({ regionCode: z.string(), regionName: z.string(), types: z.array(z.string()) }),
  params: ZDormantParams,
  noData: z.array(z.enum(DORMANT_SIGNALS)),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(DORMANT_CAMPAIGN_STATUSES),
  counts: ZDormantCounts,
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});
export type TDormantCampaign = z.infer<typeof ZDormantCampaign>;

/** A revocation the campaign decided, with the day it took effect (the announcement comes from the register). */
export const ZDormantRevocation = z.object({
  candidateId: ZId,
  orgId: ZId,
  orgName: z.string(),
  uscc: z.string().nullable(),
  disposedOn: z.string(),
  decisionRef: z.string().nullable(),
});

export const ZDormantCampaignDetail = ZDormantCampaign.extend({
  revocations: z.array(ZDormantRevocation),
  /** The user may dispose and close (own-level bureau). */
  canManage: z.boolean(),
});
export type TDormantCampaignDetail = z.infer<typeof ZDormantCampaignDetail>;

export const ZDormantCandidate = z.object({
  id: ZId,
  campaignId: ZId,
  orgId: ZId,
  orgName: z.string(),
  uscc: z.string().nullable(),
  orgType: z.string(),
  regionCode: z.string(),
  signals: z.array(ZDormantSignal),
  disposal: z.enum(DORMANT_DISPOSALS).nullable(),
  disposalNote: z.string().nullable(),
  evidence: z.array(ZId),
  decisionRef: z.string().nullable(),
  basis: z.string().nullable(),
  disposedOn: z.string().nullable(),
  disposedByName: z.string().nullable(),
  version: z.number().int(),
});
export type TDormantCandidate = z.infer<typeof ZDormantCandidate>;

export const ZDormantCandidateQuery = ZPageQuery.extend({
  /** A disposal, or `pending` for the candidates not disposed yet. */
  disposal: z.enum([...DORMANT_DISPOSALS, 'pending']).optional(),
  signal: z.enum(DORMANT_SIGNALS).optional(),
});

export const ZDormantDispose = z
  .object({
    disposal: z.enum(DORMANT_DISPOSALS, '请选择处置方式'),
    note: z.string().trim().min(1, '请填写处置说明').max(1000, '处置说明不超过1000字'),
    evidence: z.array(z.number().int().positive()).max(20, '证明材料不超过20个').default([]),
    decisionRef: z.string().trim().max(100, '决定书文号不超过100字').optional(),
    basis: z.string().trim().max(300, '依据不超过300字').optional(),
    version: z.number().int().positive(),
  })
  .superRefine((d, ctx) => {
    if ((d.disposal === 'revoke' || d.disposal === 'deregister') && !d.decisionRef)
      ctx.addIssue({ code: 'custom', path: ['decisionRef'], message: '撤销、注销须填写决定书文号' });
    if ((d.disposal === 'revoke' || d.disposal === 'deregister') && !d.basis)
      ctx.addIssue({ code: 'custom', path: ['basis'], message: '撤销、注销须填写法律依据' });
    if ((d.disposal === 'rectify' || d.disposal === 'reactivate') && d.evidence.length === 0)
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: '整改、激活须上传证明材料' });
  });
export type TDormantDispose = z.input<typeof ZDormantDispose>;

export const ZDormantClose = z.object({ version: z.number().int().positive() });

/** Files proving a disposal (整改报告, 激活材料, 决定书扫描件). */
export const DORMANT_EVIDENCE_PURPOSE = 'dormant_evidence';
