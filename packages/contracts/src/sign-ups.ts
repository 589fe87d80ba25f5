import { z } from 'zod';
import { ZPassword } from './auth';
import { ZFileRecord } from './files';
import { REGISTERED_ORG_TYPES, ZCategoryCode } from './orgs';
import { ZRegionCode } from './regions';
import { ZUsername } from './users';

/** Portal sign-ups of founders (applicants), verified by an SMS code; bulk accounts for organizations. */
export const SMS_PURPOSES = ['sign_up'] as const;
export const ZMobilePhone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '手机号码应为11位数字');

export const ZSmsCodeRequest = z.object({
  phone: ZMobilePhone,
  purpose: z.enum(SMS_PURPOSES).default('sign_up'),
});
export const ZSmsCodeSent = z.object({
  /** The code stops working after this many seconds. */
  expiresInSeconds: z.number().int(),
  /** A new code may be asked for after this many seconds. */
  resendAfterSeconds: z.number().int(),
});

export const ZSignUpBody = z.object({
  phone: ZMobilePhone,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '验证码为6位数字'),
  username: ZUsername,
  displayName: z.string().trim().min(1, '请输入姓名').max(50, '姓名不能超过50个字'),
  password: ZPassword,
  /** Where the founder means to register (decides whose administrators approve the sign-up). */
  regionCode: ZRegionCode,
});

export const SIGN_UP_STATUSES = ['active', 'pending', 'approved', 'rejected'] as const;
export type SignUpStatus = (typeof SIGN_UP_STATUSES)[number];

export const ZSignUpResult = z.object({
  username: z.string(),
  /** `active`: may log in now; `pending`: waits for an administrator's approval. */
  status: z.enum(['active', 'pending']),
  message: z.string(),
});

export const ZSignUp = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  phoneMasked: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  status: z.enum(SIGN_UP_STATUSES),
  reason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignUpListQuery = z.object({
  status: z.enum(SIGN_UP_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const ZSignUpDecision = z.object({
  version: z.number().int().positive().max(2_147_483_647),
  reason: z.string().trim().max(500, '理由不能超过500个字').optional(),
});

/** At most this many accounts are issued in one request. */
export const ORG_ACCOUNT_BATCH_MAX = 500;

/** POST /api/orgs/accounts: a list of organizations, or a filter over the register (own bureau's only). */
export const ZOrgAccountsIssue = z
  .object({
    orgIds: z
      .array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER))
      .min(1, '请选择社会组织')
      .max(ORG_ACCOUNT_BATCH_MAX, `一次最多开通${ORG_ACCOUNT_BATCH_MAX}个账号`)
      .optional(),
    filter: z
      .object({
        type: z.enum(REGISTERED_ORG_TYPES).optional(),
        categoryCode: ZCategoryCode.optional(),
        within: ZRegionCode.optional(),
        supervisorUnitId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
      })
      .optional(),
  })
  .refine((b) => (b.orgIds === undefined) !== (b.filter === undefined), {
    message: '请选择社会组织，或给出筛选条件（二者选一）',
    path: ['orgIds'],
  });

export const ZOrgAccountsIssued = z.object({
  /** Initial passwords, shown this once; each account must change it at first login. */
  issued: z.array(
    z.object({
      orgId: z.number().int(),
      orgName: z.string(),
      uscc: z.string(),
      username: z.string(),
      initialPassword: z.string(),
    }),
  ),
  skipped: z.array(z.object({ orgId: z.number().int(), orgName: z.string(), uscc: z.string(), reason: z.string() })),
  /** The same list as an Excel file (an export of the issuing account, watermarked); null when none was issued. */
  file: ZFileRecord.nullable(),
});
export type TOrgAccountsIssued = z.infer<typeof ZOrgAccountsIssued>;
