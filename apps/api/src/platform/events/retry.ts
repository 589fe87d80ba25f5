/** How the dispatcher spaces and limits attempts; every value can be overridden per dispatcher. */
export interface RetryPolicy {
  /** Attempts before a delivery is parked as failed (an administrator can retry it). */
  maxAttempts: number;
  /** Delay after the first failed attempt; each further failure doubles it … */
  baseDelayMs: number;
  /** … up to this cap. */
  capDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 30_000, capDelayMs: 3_600_000 };

/** Delay before the next attempt after `attempts` failed ones (1-based): exponential with a cap. */
export function retryDelayMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  const exponent = Math.max(0, attempts - 1);
  // 2^31 already passes any sensible cap; stop before the number loses meaning.
  const delay = policy.baseDelayMs * 2 ** Math.min(exponent, 31);
  return Math.min(delay, policy.capDelayMs);
}

/** Whether a delivery that has failed `attempts` times is parked instead of retried. */
export function shouldPark(attempts: number, policy: RetryPolicy = DEFAULT_RETRY): boolean {
  return attempts >= policy.maxAttempts;
}
