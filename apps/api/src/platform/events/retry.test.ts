import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, retryDelayMs, shouldPark } from './retry';

describe('event retry policy', () => {
  it('doubles the delay after each failure', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 1000, capDelayMs: 60_000 };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits longer than the cap, however many failures', () => {
    const policy = { maxAttempts: 100, baseDelayMs: 1000, capDelayMs: 5000 };
    expect(retryDelayMs(4, policy)).toBe(5000);
    expect(retryDelayMs(80, policy)).toBe(5000);
    expect(retryDelayMs(10_000, DEFAULT_RETRY)).toBe(DEFAULT_RETRY.capDelayMs);
  });

  it('the default grows from 30 seconds to one hour and parks after the tenth failure', () => {
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(7)).toBe(1_920_000);
    expect(shouldPark(9)).toBe(false);
    expect(shouldPark(10)).toBe(true);
  });
});
