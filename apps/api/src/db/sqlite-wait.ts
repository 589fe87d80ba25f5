import { SqliteDialect, type DatabaseConnection, type Driver, type QueryResult, type CompiledQuery } from 'kysely';

/** How long a statement waits in total for another process's write lock before the request gets a 503. */
export const SQLITE_LOCK_WAIT_MS = 20_000;

export function isSqliteBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

/**
 * better-sqlite3's busy timeout waits synchronously, which would freeze the whole server while a worker
 * holds the write lock (a large ledger import's one transaction). The connection's own timeout is kept
 * short and the wait continues here asynchronously, so the event loop stays free. A statement that got
 * SQLITE_BUSY did not run, so running it again is safe, inside a transaction too.
 */
class WaitingConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly waitMs: number,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + this.waitMs;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      try {
        return await this.inner.executeQuery<R>(query);
      } catch (e) {
        if (!isSqliteBusy(e) || Date.now() + pause > deadline) throw e;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class WaitingDriver implements Driver {
  private readonly wrapped = new WeakMap<DatabaseConnection, WaitingConnection>();
  constructor(
    private readonly inner: Driver,
    private readonly waitMs: number,
  ) {}

  init = () => this.inner.init();
  destroy = () => this.inner.destroy();
  releaseConnection = (c: DatabaseConnection) => this.inner.releaseConnection(c);
  beginTransaction: Driver['beginTransaction'] = (c, s) => this.inner.beginTransaction(c, s);
  commitTransaction = (c: DatabaseConnection) => this.inner.commitTransaction(c);
  rollbackTransaction = (c: DatabaseConnection) => this.inner.rollbackTransaction(c);
  savepoint: Driver['savepoint'] = (c, name, compile) => this.inner.savepoint!(c, name, compile);
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (c, name, compile) =>
    this.inner.rollbackToSavepoint!(c, name, compile);
  releaseSavepoint: Driver['releaseSavepoint'] = (c, name, compile) => this.inner.releaseSavepoint!(c, name, compile);

  async acquireConnection(): Promise<DatabaseConnection> {
    const c = await this.inner.acquireConnection();
    let w = this.wrapped.get(c);
    if (!w) this.wrapped.set(c, (w = new WaitingConnection(c, this.waitMs)));
    return w;
  }
}

/** SqliteDialect whose statements wait for another process's write lock without blocking the event loop. */
export class WaitingSqliteDialect extends SqliteDialect {
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    private readonly waitMs = SQLITE_LOCK_WAIT_MS,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new WaitingDriver(super.createDriver(), this.waitMs);
  }
}
