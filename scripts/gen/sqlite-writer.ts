import BetterSqlite3 from 'better-sqlite3';
import type { BulkWriter, TableSpec } from './bulk-writer';

/**
 * Bulk load into SQLite: one connection with the journal in memory and a large cache, one prepared
 * single-row statement per table run in one transaction per batch (measured faster than multi-row
 * statements, whose argument arrays cost more to build than the calls they save), secondary indexes
 * dropped and rebuilt afterwards (building an index from sorted data beats growing it row by row).
 */
export class SqliteWriter implements BulkWriter {
  readonly engine = 'sqlite' as const;
  private readonly db: BetterSqlite3.Database;
  private readonly statements = new Map<string, BetterSqlite3.Statement<unknown[]>>();
  private dropped: { name: string; sql: string }[] = [];
  /** Rows and milliseconds spent per table, reported after the load. */
  private readonly spent = new Map<string, { rows: number; ms: number }>();

  constructor(file: string) {
    this.db = new BetterSqlite3(file);
    try {
      // better-sqlite3 runs in defensive mode, which refuses journal_mode = OFF. Leaving WAL needs the
      // only connection: with another one open (a test's), the load keeps WAL, only slower.
      this.db.pragma('journal_mode = MEMORY');
    } catch {
      /* another connection is open */
    }
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -1048576');
    this.db.pragma('temp_store = MEMORY');
    this.db.pragma('foreign_keys = OFF');
  }

  bool(v: boolean): number {
    return v ? 1 : 0;
  }

  async beforeLoad(tables: string[]): Promise<void> {
    const marks = tables.map(() => '?').join(', ');
    this.dropped = this.db
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${marks})`,
      )
      .all(...tables) as { name: string; sql: string }[];
    for (const i of this.dropped) this.db.exec(`drop index "${i.name}"`);
  }

  private statement(spec: TableSpec): BetterSqlite3.Statement<unknown[]> {
    let s = this.statements.get(spec.table);
    if (!s) {
      const cols = spec.columns.map(([c]) => c).join(', ');
      s = this.db.prepare(`insert into ${spec.table} (${cols}) values (${spec.columns.map(() => '?').join(', ')})`);
      this.statements.set(spec.table, s);
    }
    return s;
  }

  async insert(spec: TableSpec, rows: unknown[][]): Promise<void> {
    const t = performance.now();
    const statement = this.statement(spec);
    this.db.transaction(() => {
      for (const row of rows) statement.run(row);
    })();
    const s = this.spent.get(spec.table) ?? { rows: 0, ms: 0 };
    s.rows += rows.length;
    s.ms += performance.now() - t;
    this.spent.set(spec.table, s);
  }

  async afterLoad(log: (s: string) => void): Promise<void> {
    for (const [table, s] of this.spent) {
      log(`${table}: ${s.rows.toLocaleString('en')} rows inserted in ${(s.ms / 1000).toFixed(1)} s`);
    }
    for (const i of this.dropped) {
      const t = performance.now();
      this.db.exec(i.sql);
      log(`index ${i.name} rebuilt in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    this.dropped = [];
    const t = performance.now();
    // Sampled statistics, so that the server's PRAGMA optimize at start finds nothing left to do.
    this.db.pragma('analysis_limit = 2000');
    this.db.exec('analyze');
    log(`statistics gathered in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }

  async exec(sql: string, params: unknown[] = []): Promise<void> {
    this.db.prepare(sql).run(...params);
  }

  async query(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    return this.db.prepare(sql).all(...params) as Record<string, unknown>[];
  }

  async close(): Promise<void> {
    this.db.pragma('journal_mode = WAL');
    this.db.close();
  }
}
