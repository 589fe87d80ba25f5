/** Generator-only date helpers; the list rules' own date arithmetic is in contracts/credit/list-rules.ts. */
import { addChinaDays, chinaDaysBetween } from '@shezu/contracts';

/** A day between two dates, inclusive. */
export function dayBetween(rng: { int(a: number, b: number): number }, from: string, to: string): string {
  return addChinaDays(from, rng.int(0, Math.max(0, chinaDaysBetween(from, to))));
}

/** A China-time instant on a day (10:00 Beijing). */
export const atTen = (date: string) => `${date}T02:00:00.000Z`;
