import path from 'node:path';
import { buildApp } from './app';
import type { Config } from './platform/config';
import { openDatabase, type Database } from './db/database';
import { DatabaseTooNewError } from './db/migrate';
import { StartupError, prepareDatabase } from './platform/startup';
import { systemClock } from './platform/clock';
import { banner } from './banner';
import { jobLogOf } from './platform/jobs/create-jobs';
import { SqlCapture } from './db/sql-capture';

/**
 * One server process: open the database, prepare it (unless a cluster's preparer did), listen, run the
 * scheduler and the event dispatcher (both claim their work with leases, so every worker of a cluster runs
 * them and a job a request starts begins at once), shut down gracefully.
 */
export async function serve(config: Config, started: number, opts: { prepared: boolean }): Promise<void> {
  const sqlCapture = config.benchSqlCapture ? new SqlCapture(path.join(config.dataDir, 'bench-sql.json')) : undefined;
  const database = openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    processes: config.workers,
    ...(sqlCapture ? { log: sqlCapture.log } : {}),
  });
  if (!opts.prepared) await prepareOrExit(config, database);
  const { app, services } = await buildApp({ config, database, ...(sqlCapture ? { sqlCapture } : {}) });
  await app.listen({ port: config.port, host: config.host });
  services.jobs.scheduler.start({ log: jobLogOf(app.log) });
  services.eventDispatcher.start(app.log);
  if (!opts.prepared) console.log(banner(config, started, whereOf(database)));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Running jobs hand their runs back to the queue before the connections close.
    await services.jobs.scheduler.stop();
    // A handler in progress finishes (or rolls back) before the connections close.
    await services.eventDispatcher.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** A cluster's first child: migrate and seed, tell the primary where the data is, exit. */
export async function prepareOnly(config: Config): Promise<string> {
  const database = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  await prepareOrExit(config, database);
  await database.close();
  return whereOf(database);
}

async function prepareOrExit(config: Config, database: Database): Promise<void> {
  try {
    await prepareDatabase(config, database, systemClock);
  } catch (e) {
    await database.close();
    if (e instanceof DatabaseTooNewError || e instanceof StartupError) {
      console.error(e.message);
      process.exit(3);
    }
    throw e;
  }
}

const whereOf = (database: Database) => `${database.engine}: ${database.location}`;
