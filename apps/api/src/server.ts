import cluster from 'node:cluster';
import path from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './platform/config';
import { openDatabase, type Database } from './db/database';
import { DatabaseTooNewError } from './db/migrate';
import { StartupError, prepareDatabase } from './platform/startup';
import { systemClock } from './platform/clock';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { jobLogOf } from './platform/jobs/create-jobs';
import { SqlCapture } from './db/sql-capture';
import { runPrimary } from './platform/cluster';
import type { Config } from './platform/config';

/**
 * One process (WORKERS=1): migrate, listen, run the jobs. Several: the primary migrates and forks the
 * workers, which listen on the shared port. Each runs a scheduler and an event dispatcher: both claim their
 * work with leases, as several servers on one database do, so a job started by a request starts at once.
 */
async function main(): Promise<void> {
  const started = Date.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  if (cluster.isPrimary && config.workers > 1) {
    const where = await prepareOnly(config);
    runPrimary({
      workers: config.workers,
      onListening: () => console.log(banner(config, started, where)),
      log: (m) => console.error(m),
    });
    return;
  }
  const sqlCapture = config.benchSqlCapture ? new SqlCapture(path.join(config.dataDir, 'bench-sql.json')) : undefined;
  const database = openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    processes: config.workers,
    ...(sqlCapture ? { log: sqlCapture.log } : {}),
  });
  // A cluster's workers find the database prepared by the primary.
  if (!cluster.isWorker) await prepareOrExit(config, database);
  const { app, services } = await buildApp({ config, database, ...(sqlCapture ? { sqlCapture } : {}) });
  await app.listen({ port: config.port, host: config.host });
  services.jobs.scheduler.start({ log: jobLogOf(app.log) });
  services.eventDispatcher.start(app.log);
  if (!cluster.isWorker) console.log(banner(config, started, `${database.engine}: ${database.location}`));

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

/** The primary of a cluster migrates and seeds with a connection of its own, closed before forking. */
async function prepareOnly(config: Config): Promise<string> {
  const database = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  await prepareOrExit(config, database);
  await database.close();
  return `${database.engine}: ${database.location}`;
}

function banner(config: Config, started: number, where: string): string {
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const processes = config.workers > 1 ? `, ${config.workers} worker processes` : '';
  const lines = [
    '',
    `  社组 Shezu ${config.version} is running at ${url}  (${where}${processes}, ready in ${Date.now() - started} ms)`,
    `  API docs: ${url}/api/docs`,
  ];
  if (config.demo) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}; DEMO=false refuses to start while they keep it):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(16)} ${a.displayName}`);
  }
  return lines.join('\n') + '\n';
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
