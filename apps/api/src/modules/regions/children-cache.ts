import type { RegionRecord } from './regions.repository';

/** Lists kept at most this long: another process's population edit shows within a minute. */
const TTL_MS = 60_000;
/** About the number of regions with children (provinces, cities, counties); beyond it the cache starts over. */
const MAX_LISTS = 4_000;

/**
 * The region picker's children lists, served from memory: the tree changes only when a population is
 * edited (this process clears the cache then), and every form that picks a region asks for them.
 * Measured on PostgreSQL: p95 6.5 ms through the database against the foundation's 5 ms target.
 */
export class ChildrenCache {
  private lists = new Map<string, { at: number; list: RegionRecord[] }>();

  constructor(private readonly now: () => number = Date.now) {}

  get(code: string): RegionRecord[] | undefined {
    const hit = this.lists.get(code);
    if (!hit || this.now() - hit.at > TTL_MS) return undefined;
    return hit.list;
  }

  set(code: string, list: RegionRecord[]): void {
    if (this.lists.size >= MAX_LISTS) this.lists.clear();
    this.lists.set(code, { at: this.now(), list });
  }

  clear(): void {
    this.lists.clear();
  }
}
