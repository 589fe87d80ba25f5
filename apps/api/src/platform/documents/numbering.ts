import { NATIONAL_REGION_CODE } from '@shezu/contracts';

/** 发文字号 per GB/T 9704-2012 7.2.3: 机关代字, year in 〔〕, sequence without leading zeros, then 号. */
export function formatDocumentNumber(prefix: string, year: number, seq: number | null): string {
  return `${prefix}〔${year}〕${seq === null ? '×' : seq}号`;
}

/** Municipalities directly under the central government call their bureau 民政局, other provinces 民政厅. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** The bureau's own name for a region: 云阳县 → 云阳县民政局, 浙江省 → 浙江省民政厅. */
export function authorityNameOf(region: { code: string; name: string }): string {
  if (region.code === NATIONAL_REGION_CODE) return '中华人民共和国民政部';
  if (region.code.length === 2 && !MUNICIPALITIES.has(region.code)) return `${region.name}民政厅`;
  return `${region.name}民政局`;
}

/** The one-character 机关代字 stem a template starts from (云阳县 → 云); the ministry uses none (民发). */
export function regionAbbrOf(region: { code: string; name: string }): string {
  return region.code === NATIONAL_REGION_CODE ? '' : region.name.slice(0, 1);
}
