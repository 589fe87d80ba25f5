import pg from 'pg';
import type { BulkWriter, TableSpec } from './bulk-writer';

interface Dropped {
  table: string;
  name: string;
  /** CREATE INDEX … or the constraint definition for ALTER TABLE … ADD CONSTRAINT. */
  def: string;
  kind: 'index' | 'key' | 'foreign';
}

/**
 * Bulk load into PostgreSQL without COPY: each batch is one INSERT … SELECT FROM unnest(array per
 * column), sent while the generator builds the next batch. Secondary indexes, keys nothing refers to
 * and foreign keys of the loaded tables are dropped first and put back (and validated) at the end.
 */
export class PgWriter implements BulkWriter {
  readonly engine = 'postgres' as const;
  private readonly client: pg.Client;
  private dropped: Dropped[] = [];
  /** Every table the load filled: their id sequences are moved past the generated ids. */
  private loaded: string[] = [];

  private constructor(client: pg.Client) {
    this.client = client;
  }

  static async open(url: string): Promise<PgWriter> {
    const client = new pg.Client({ connectionString: url, application_name: 'shezu-gen' });
    await client.connect();
    await client.query(`set synchronous_commit = off`);
    await client.query(`set maintenance_work_mem = '1GB'`);
    return new PgWriter(client);
  }

  bool(v: boolean): boolean {
    return v;
  }

  async beforeLoad(tables: string[]): Promise<void> {
    this.loaded = tables;
    const { rows } = await this.client.query<Dropped>(
      `select t.relname as table, c.conname as name, pg_get_constraintdef(c.oid) as def,
              case c.contype when 'f' then 'foreign' else 'key' end as kind
         from pg_constraint c join pg_class t on t.oid = c.conrelid
        where t.relname = any($1) and (c.contype = 'f' or (c.contype in ('p', 'u') and not exists (
              select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid
                and not (f.conrelid::regclass::text = any($1)))))
       union all
       select t.relname, i.relname, pg_get_indexdef(x.indexrelid), 'index'
         from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
        where t.relname = any($1) and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`,
      [tables],
    );
    const order = { foreign: 0, key: 1, index: 2 } as const;
    this.dropped = rows.sort((a, b) => order[a.kind] - order[b.kind]);
    for (const d of this.dropped) {
      if (d.kind === 'index') await this.client.query(`drop index "${d.name}"`);
      else await this.client.query(`alter table ${d.table} drop constraint "${d.name}"`);
    }
  }

  async insert(spec: TableSpec, rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const arrays = spec.columns.map((_, c) => rows.map((r) => r[c]));
    const cols = spec.columns.map(([name]) => name).join(', ');
    const unnest = spec.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await this.client.query(`insert into ${spec.table} (${cols}) select * from unnest(${unnest})`, arrays);
  }

  async afterLoad(log: (s: string) => void): Promise<void> {
    // Keys first (foreign keys need the referenced key), then indexes, then foreign keys.
    const order = { key: 0, index: 1, foreign: 2 } as const;
    for (const d of [...this.dropped].sort((a, b) => order[a.kind] - order[b.kind])) {
      const t = performance.now();
      if (d.kind === 'index') await this.client.query(d.def);
      else await this.client.query(`alter table ${d.table} add constraint "${d.name}" ${d.def}`);
      log(`${d.kind} ${d.name} rebuilt in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const tables = [...new Set(this.dropped.map((d) => d.table))];
    this.dropped = [];
    for (const table of ['units', ...this.loaded]) {
      const { rows } = await this.client.query<{ seq: string | null }>(
        `select pg_get_serial_sequence(table_name, 'id') as seq from information_schema.columns
          where table_schema = current_schema() and table_name = $1 and column_name = 'id'`,
        [table],
      );
      if (!rows[0]?.seq) continue;
      await this.client.query(
        `select setval(pg_get_serial_sequence('${table}', 'id'), greatest(1, (select coalesce(max(id), 0) from ${table})))`,
      );
    }
    const t = performance.now();
    // VACUUM as well: it sets the visibility map (index-only scans of the name index need it) and the hint
    // bits, which otherwise the first readers write, and autovacuum would do it during the first measurements.
    for (const table of tables) await this.client.query(`vacuum (analyze) ${table}`);
    log(`vacuumed, statistics gathered in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }

  async exec(sql: string, params: unknown[] = []): Promise<void> {
    await this.query(sql, params);
  }

  async query(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    let n = 0;
    const r = await this.client.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return r.rows as Record<string, unknown>[];
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
