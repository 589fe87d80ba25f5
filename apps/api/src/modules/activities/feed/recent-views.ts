const WINDOW_MS = 30 * 60 * 1000;
const MAX_KEYS = 100_000;

/**
 * Who viewed what within the last half hour, in memory: a reload or a back-and-forth is not a new view.
 * Bounded; when full, the oldest entries go first (a Map keeps insertion order). Per process: a second server
 * may count one more view, which is harmless for a popularity figure.
 */
export class RecentViews {
  private readonly seenAt = new Map<string, number>();

  /** True when key was seen within the window; otherwise records it now. */
  seen(key: string, now: number): boolean {
    const at = this.seenAt.get(key);
    if (at !== undefined && now - at < WINDOW_MS) return true;
    this.seenAt.delete(key);
    this.seenAt.set(key, now);
    while (this.seenAt.size > MAX_KEYS) this.seenAt.delete(this.seenAt.keys().next().value!);
    return false;
  }
}
