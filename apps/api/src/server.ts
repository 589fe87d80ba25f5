import path from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './platform/config';
import { openDatabase } from './db/database';
import { DatabaseTooNewError } from './db/migrate';
import { StartupError, prepareDatabase } from './platform/startup';
import { systemClock } from './platform/clock';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { jobLogOf } from './platform/jobs/create-jobs';
import { SqlCapture } from './db/sql-capture';

/** Listens and shuts down gracefully; everything else is in buildApp. */
async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const sqlCapture = config.benchSqlCapture ? new SqlCapture(path.join(config.dataDir, 'bench-sql.json')) : undefined;
  const database = openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    ...(sqlCapture ? { log: sqlCapture.log } : {}),
  });
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
  const { app, services } = await buildApp({ config, database, ...(sqlCapture ? { sqlCapture } : {}) });
  await app.listen({ port: config.port, host: config.host });
  services.jobs.scheduler.start({ log: jobLogOf(app.log) });
  services.eventDispatcher.start(app.log);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const lines = [
    '',
    `  社组 Shezu ${config.version} is running at ${url}  (${database.engine}: ${database.location}, ready in ${Date.now() - started} ms)`,
    `  API docs: ${url}/api/docs`,
  ];
  if (config.demo) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}; DEMO=false refuses to start while they keep it):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(16)} ${a.displayName}`);
  }
  console.log(lines.join('\n') + '\n');

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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
