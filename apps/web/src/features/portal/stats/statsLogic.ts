import { NATIONAL_REGION_CODE, levelOfCode } from '@shezu/contracts';

/**
 * Province and national figures come from counters a background job refreshes every 10 minutes (a live
 * count there scans the whole register); city, county and township figures are counted at request time.
 * The same rule as the API's `usesCounters`: only precomputed figures need their time shown.
 */
export const isPrecomputed = (code: string) => code === NATIONAL_REGION_CODE || code.length === 2;

/** The drill-down goes country → province → city → county; township figures are reached by the picker. */
export const canDrillDown = (code: string) => levelOfCode(code) !== 'county' && levelOfCode(code) !== 'township';

/** Largest first; equal counts keep the dictionary's order. */
export function byCountDesc<T extends { count: number }>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.count - a.row.count || a.i - b.i)
    .map((x) => x.row);
}

/** 57.73 → "57.73%": the API already rounded half up to two decimals; only the digits are fixed here. */
export const percentText = (share: number, number: (v: number, digits: number) => string) => `${number(share, 2)}%`;
