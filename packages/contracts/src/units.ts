import { z } from 'zod';
import { ZRegionCode } from './regions';

/** Kinds of unit records (DOMAIN.md "Actors"): each lives in a region. */
export const UNIT_KINDS = ['authority', 'supervisor', 'party_body', 'partner', 'evaluator'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ZUnitInput = z.object({
  name: z.string().trim().min(2, '单位名称至少2个字').max(100, '单位名称不能超过100个字'),
  kind: z.enum(UNIT_KINDS, { message: '请选择单位类别' }),
  regionCode: ZRegionCode,
  contactPhone: z
    .string()
    .trim()
    .regex(/^[\d-]{7,20}$/, '联系电话格式不正确')
    .nullable()
    .optional(),
  active: z.boolean().default(true),
});
export type TUnitInput = z.infer<typeof ZUnitInput>;

export const ZUnitUpdate = ZUnitInput.omit({ regionCode: true, kind: true }).extend({
  version: z.number().int().positive(),
});

export const ZUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  contactPhone: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TUnit = z.infer<typeof ZUnit>;
