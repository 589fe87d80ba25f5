/** Integer division rounded half up, exact for integers below 2^52 (no floating-point quotient). */
function divHalfUp(numerator: number, denominator: number): number {
  const a = 2 * numerator + denominator;
  const b = 2 * denominator;
  return (a - (a % b)) / b;
}

/** A share in percent, rounded half up to two decimals (13437 of 23277 → 57.73). */
export function sharePercent(part: number, whole: number): number {
  return whole > 0 ? divHalfUp(part * 10_000, whole) / 100 : 0;
}

/** Organizations per 10,000 residents, rounded half up to two decimals (3424 in 2,290,301 → 14.95). */
export function per10k(count: number, population: number | null): number | null {
  return population ? divHalfUp(count * 1_000_000, population) / 100 : null;
}

/** A plain ratio rounded half up to two decimals (null when there is nothing to divide by). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? divHalfUp(part * 100, whole) / 100 : null;
}
