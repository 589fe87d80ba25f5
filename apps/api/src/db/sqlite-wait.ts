import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type SqliteDatabase,
} from 'kysely';

/** How long a statement waits in total for another process's write lock before the request gets a 503. */
export const SQLITE_LOCK_WAIT_MS = 20_000;

export function isSqliteBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

class Mutex {
  private held: Promise<void> | null = null;
  private release: (() => void) | null = null;
  async lock(): Promise<void> {
    while (this.held) await this.held;
    this.held = new Promise((r) => (this.release = r));
  }
  unlock(): void {
    const r = this.release;
    this.held = this.release = null;
    r?.();
  }
}

/**
 * better-sqlite3's busy timeout waits synchronously, which would freeze the whole server while a worker
 * holds the write lock (a large ledger import's one transaction). The connection's own timeout is kept
 * short and the wait continues here asynchronously. A statement that got SQLITE_BUSY did not run, so
 * running it again is safe, inside a transaction too.
 */
async function run<R>(db: SqliteDatabase, q: CompiledQuery, waitMs: number): Promise<QueryResult<R>> {
  const deadline = Date.now() + waitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      const stmt = db.prepare(q.sql);
      if (stmt.reader) return { rows: stmt.all(q.parameters) as R[] };
      const { changes, lastInsertRowid } = stmt.run(q.parameters);
      return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    } catch (e) {
      if (!isSqliteBusy(e) || Date.now() + pause > deadline) throw e;
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

/** What Kysely holds between acquire and release: a transaction pins the writer, single statements do not. */
class Handle implements DatabaseConnection {
  pinned = false;
  constructor(private readonly driver: TwoConnectionDriver) {}
  executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute<R>(this, q);
  }
  async *streamQuery<R>(q: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield* this.driver.stream<R>(this, q);
  }
}

/**
 * Two connections to one SQLite file: transactions and writes go to the writer, one at a time; plain
 * SELECTs outside a transaction go to a read-only connection, which in WAL mode never waits for a writer.
 * So a request that only reads keeps answering while a write waits for another process's lock.
 */
class TwoConnectionDriver implements Driver {
  private readonly writeLock = new Mutex();
  private readonly readLock = new Mutex();
  private readonly streamLock = new Mutex();
  constructor(
    private readonly writer: SqliteDatabase,
    private readonly reader: SqliteDatabase,
    /** Streams (exports) hold their connection for as long as the reader downloads: not the reader's. */
    private readonly streamer: SqliteDatabase,
    private readonly waitMs: number,
  ) {}

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new Handle(this);
  }
  async releaseConnection(c: DatabaseConnection): Promise<void> {
    this.unpin(c as Handle);
  }

  async beginTransaction(c: DatabaseConnection): Promise<void> {
    const h = c as Handle;
    await this.writeLock.lock();
    h.pinned = true;
    try {
      await run(this.writer, CompiledQuery.raw('begin immediate'), this.waitMs);
    } catch (e) {
      this.unpin(h);
      throw e;
    }
  }
  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await run(this.writer, CompiledQuery.raw('commit'), this.waitMs);
    this.unpin(c as Handle);
  }
  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    try {
      await run(this.writer, CompiledQuery.raw('rollback'), this.waitMs);
    } finally {
      this.unpin(c as Handle);
    }
  }
  savepoint: Driver['savepoint'] = async (c, name) =>
    void (await c.executeQuery(CompiledQuery.raw(`savepoint ${name}`)));
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = async (c, name) =>
    void (await c.executeQuery(CompiledQuery.raw(`rollback to ${name}`)));
  releaseSavepoint: Driver['releaseSavepoint'] = async (c, name) =>
    void (await c.executeQuery(CompiledQuery.raw(`release ${name}`)));

  async destroy(): Promise<void> {
    this.writer.close();
    this.reader.close();
    this.streamer.close();
  }

  async execute<R>(h: Handle, q: CompiledQuery): Promise<QueryResult<R>> {
    if (h.pinned) return run<R>(this.writer, q, this.waitMs);
    const [db, lock] = SelectQueryNode.is(q.query) ? [this.reader, this.readLock] : [this.writer, this.writeLock];
    await lock.lock();
    try {
      return await run<R>(db, q, this.waitMs);
    } finally {
      lock.unlock();
    }
  }

  async *stream<R>(h: Handle, q: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(q.query)) throw new Error('Sqlite driver only supports streaming of select queries');
    const [db, lock] = h.pinned ? [this.writer, null] : [this.streamer, this.streamLock];
    await lock?.lock();
    try {
      for (const row of db.prepare(q.sql).iterate(q.parameters)) yield { rows: [row as R] };
    } finally {
      lock?.unlock();
    }
  }

  private unpin(h: Handle): void {
    if (!h.pinned) return;
    h.pinned = false;
    this.writeLock.unlock();
  }
}

export interface SqliteConnections {
  writer: SqliteDatabase;
  reader: SqliteDatabase;
  streamer: SqliteDatabase;
}

/** Kysely's SQLite dialect over TwoConnectionDriver: three handles on one file (see the driver). */
export class WaitingSqliteDialect implements Dialect {
  constructor(
    private readonly c: SqliteConnections,
    private readonly waitMs = SQLITE_LOCK_WAIT_MS,
  ) {}
  createDriver = () => new TwoConnectionDriver(this.c.writer, this.c.reader, this.c.streamer, this.waitMs);
  createQueryCompiler = () => new SqliteQueryCompiler();
  createAdapter = () => new SqliteAdapter();
  createIntrospector = (db: Kysely<unknown>) => new SqliteIntrospector(db);
}
