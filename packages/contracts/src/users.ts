import { z } from 'zod';
import { ROLES } from './roles';
import { ZRegionCode } from './regions';
import { ZPassword } from './auth';
import { isValidIdNumber } from './pii';

export const ZUsername = z
  .string()
  .trim()
  .min(3, '用户名至少3位')
  .max(64, '用户名不能超过64位')
  .regex(/^[A-Za-z0-9_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -');

const ZPhone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '手机号码应为11位数字')
  .nullable()
  .optional();

const ZIdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, '身份证号码不正确（18位，最后一位为数字或X）')
  .nullable()
  .optional();

const userFields = {
  displayName: z.string().trim().min(1, '请输入姓名').max(50, '姓名不能超过50个字'),
  roles: z.array(z.enum(ROLES)).min(1, '至少选择一个角色'),
  regionCode: ZRegionCode.nullable(),
  unitId: z.number().int().positive().nullable(),
  orgId: z.number().int().positive().nullable(),
  phone: ZPhone,
  idNumber: ZIdNumber,
};

export const ZUserCreate = z.object({
  username: ZUsername,
  ...userFields,
  initialPassword: ZPassword,
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  ...userFields,
  version: z.number().int().positive(),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  orgId: z.number().int().nullable(),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;
