import { z } from 'zod';
import { ROLES } from './roles';

/** Password policy of the foundation: at least 10 characters from at least 3 of 4 classes. */
export const PASSWORD_MIN_LENGTH = 10;

export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少${PASSWORD_MIN_LENGTH}位`);
  if (password.length > 128) problems.push('密码不能超过128位');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  return problems;
}

export const ZPassword = z.string().superRefine((value, ctx) => {
  for (const message of passwordProblems(value)) ctx.addIssue({ code: 'custom', message });
});

export const ZLoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});

export const ZChangePasswordBody = z
  .object({
    currentPassword: z.string().min(1, '请输入当前密码').max(128),
    newPassword: ZPassword,
  })
  .refine((b) => b.currentPassword !== b.newPassword, {
    message: '新密码不能与当前密码相同',
    path: ['newPassword'],
  });

export const ZMe = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  orgId: z.number().int().nullable(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  idleTimeoutMinutes: z.number().int(),
});
export type TMe = z.infer<typeof ZMe>;
