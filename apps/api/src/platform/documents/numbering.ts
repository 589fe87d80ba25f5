import { NATIONAL_REGION_CODE, authorityNameOf } from '@shezu/contracts';

/** 发文字号 per GB/T 9704-2012 7.2.3: 机关代字, year in 〔〕, sequence without leading zeros, then 号. */
export function formatDocumentNumber(prefix: string, year: number, seq: number | null): string {
  return `${prefix}〔${year}〕${seq === null ? '×' : seq}号`;
}

/** The bureau's own name for a region lives in contracts (the web shows it too). */
export { authorityNameOf };

/** The one-character 机关代字 stem a template starts from (云阳县 → 云); the ministry uses none (民发). */
export function regionAbbrOf(region: { code: string; name: string }): string {
  return region.code === NATIONAL_REGION_CODE ? '' : region.name.slice(0, 1);
}
