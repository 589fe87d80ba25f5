import { z } from 'zod';

export const REGION_LEVELS = ['national', 'province', 'city', 'county', 'township'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** 民政部 registers at national level; GB 32100 writes it as 100000, which is no division of GB/T 2260. */
export const NATIONAL_REGION_CODE = '100000';

/**
 * Region codes are kept short (2 province, 4 city, 6 county, 9 township digits) so that a subtree is a
 * prefix. `toGbCode` gives the 6-digit GB/T 2260 form that credit codes carry.
 */
export const ZRegionCode = z
  .string()
  .regex(/^(100000|\d{2}|\d{4}|\d{6}|\d{9})$/, { message: '行政区划代码应为2、4、6或9位数字' });

export function levelOfCode(code: string): RegionLevel {
  if (code === NATIONAL_REGION_CODE) return 'national';
  switch (code.length) {
    case 2:
      return 'province';
    case 4:
      return 'city';
    case 6:
      return 'county';
    default:
      return 'township';
  }
}

/** 6-digit form of a province, city or county code (33 → 330000, 3308 → 330800). */
export function toGbCode(code: string): string {
  if (code.length > 6) throw new Error(`township code ${code} has no 6-digit form`);
  return code.padEnd(6, '0');
}

/** Short code from the 6-digit form inside a credit code (330800 → 3308, 500235 → 500235). */
export function fromGbCode(gb: string): string {
  if (gb === NATIONAL_REGION_CODE) return gb;
  if (gb.endsWith('0000')) return gb.slice(0, 2);
  if (gb.endsWith('00')) return gb.slice(0, 4);
  return gb;
}

/** Whether `code` lies in the subtree of `scope` (a region is inside its own subtree). */
export function isWithinRegion(code: string, scope: string): boolean {
  if (scope === NATIONAL_REGION_CODE) return true;
  if (code === NATIONAL_REGION_CODE) return false;
  return code.startsWith(scope);
}

/**
 * The half-open string range [from, to) holding every code that starts with `prefix`; digit strings
 * compare the same way under every collation, so an ordinary index serves it on both engines.
 */
export function prefixRange(prefix: string): { from: string; to: string } {
  let p = prefix;
  while (p.endsWith('9')) p = p.slice(0, -1);
  if (p === '') return { from: prefix, to: ':' };
  const last = p.charCodeAt(p.length - 1);
  return { from: prefix, to: p.slice(0, -1) + String.fromCharCode(last + 1) };
}

export const ZRegion = z.object({
  code: z.string(),
  gbCode: z.string().nullable(),
  name: z.string(),
  fullName: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
  placeholder: z.boolean(),
  population: z.number().int().nullable(),
  hasChildren: z.boolean(),
});
export type TRegion = z.infer<typeof ZRegion>;

/** The region whose bureau decides on records of `code`: townships have no bureau, their county decides. */
export function bureauRegionOf(code: string): string {
  return code.length > 6 && code !== NATIONAL_REGION_CODE ? code.slice(0, 6) : code;
}

/** Beijing, Tianjin, Shanghai, Chongqing: their civil-affairs department is a 民政局, not a 民政厅. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** The registration authority of a region: 云阳县民政局, 浙江省民政厅, 中华人民共和国民政部. */
export function authorityNameOf(region: { code: string; name: string }): string {
  if (region.code === NATIONAL_REGION_CODE) return '中华人民共和国民政部';
  if (region.code.length === 2 && !MUNICIPALITIES.has(region.code)) return `${region.name}民政厅`;
  return `${region.name}民政局`;
}
