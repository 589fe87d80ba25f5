import { nameGrams } from '../../apps/api/src/modules/orgs/search/name-grams';
import { ORG_NAME_GRAMS, ORG_NAME_GRAM_STATS, type BulkWriter } from './bulk-writer';
import { cmp } from './national-plan';

/** Enough bits for 64M organizations below the gram's rank in one exact double. */
const ORG_BITS = 2 ** 26;

/**
 * Collects the name index (`org_name_grams`, `org_name_gram_stats`) in memory as (gram, org) pairs of
 * integers and writes it sorted by (gram, region, org) — the primary key's order — so that the
 * clustered SQLite table and the PostgreSQL index are built from sorted input. Organization ids
 * follow their region codes, so sorting by (gram, org id) is sorting by (gram, region, org id).
 */
export class NameIndexBuilder {
  private readonly vocabulary = new Map<string, number>();
  private readonly words: string[] = [];
  private gramIds = new Int32Array(1 << 20);
  private orgIds = new Int32Array(1 << 20);
  private size = 0;
  private counts = new Int32Array(1 << 14);

  add(orgId: number, searchName: string): void {
    for (const gram of nameGrams(searchName)) {
      let id = this.vocabulary.get(gram);
      if (id === undefined) {
        id = this.words.length;
        this.vocabulary.set(gram, id);
        this.words.push(gram);
        if (id >= this.counts.length) this.counts = grow(this.counts);
      }
      this.counts[id]!++;
      if (this.size === this.gramIds.length) {
        this.gramIds = grow(this.gramIds);
        this.orgIds = grow(this.orgIds);
      }
      this.gramIds[this.size] = id;
      this.orgIds[this.size++] = orgId;
    }
  }

  get postings(): number {
    return this.size;
  }

  async write(
    writer: BulkWriter,
    regionOf: (orgId: number) => string,
    progress: (done: number, total: number) => void,
  ): Promise<void> {
    const order = this.words.map((_, i) => i).sort((a, b) => cmp(this.words[a]!, this.words[b]!));
    const rank = new Int32Array(this.words.length);
    order.forEach((id, r) => (rank[id] = r));
    const keys = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) keys[i] = rank[this.gramIds[i]!]! * ORG_BITS + this.orgIds[i]!;
    keys.sort();
    const batch = writer.engine === 'sqlite' ? 20_000 : 50_000;
    let pending: Promise<void> = Promise.resolve();
    for (let i = 0; i < keys.length; i += batch) {
      const rows: unknown[][] = [];
      for (let k = i; k < Math.min(keys.length, i + batch); k++) {
        const key = keys[k]!;
        const orgId = key % ORG_BITS;
        rows.push([this.words[order[(key - orgId) / ORG_BITS]!]!, regionOf(orgId), orgId]);
      }
      await pending;
      pending = writer.insert(ORG_NAME_GRAMS, rows);
      progress(Math.min(keys.length, i + batch), keys.length);
    }
    await pending;
    const stats = order.map((id) => [this.words[id]!, this.counts[id]!]);
    for (let i = 0; i < stats.length; i += 20_000) await writer.insert(ORG_NAME_GRAM_STATS, stats.slice(i, i + 20_000));
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
