import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Database, DatabaseOptions } from '../../db/database';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import { registerBuiltinJobs } from './builtin';
import { JobRegistry } from './job-registry';
import { JobsService } from './jobs.service';
import type { JobLog } from './job-types';
import { Scheduler } from './scheduler';

/** Where a worker thread connects: the same SQLite file, or the same PostgreSQL database. */
export function workerDatabaseOf(config: Config, database: Database): DatabaseOptions {
  if (database.engine === 'sqlite') return { dataDir: config.dataDir, sqliteFile: database.location };
  const url = config.databaseUrl;
  const u = url && /^postgres(ql)?:\/\//.test(url) ? new URL(url) : null;
  if (!u || `postgres://${u.hostname}:${u.port || 5432}${u.pathname}` !== database.location) {
    throw new Error('后台任务的工作线程无法连接数据库：DATABASE_URL 与当前 PostgreSQL 数据库不一致');
  }
  return { url: url!, dataDir: config.dataDir, poolSize: 2 };
}

/** The job machinery of one app: the registry with the platform's jobs, the scheduler, the service. */
export function createJobs(config: Config, database: Database, clock: Clock, audit: AuditService): JobsService {
  const registry = new JobRegistry();
  registerBuiltinJobs(registry, { sessionIdleMinutes: config.sessionIdleMinutes });
  const scheduler = new Scheduler(
    { db: database.db, clock, audit, registry, workerDatabase: () => workerDatabaseOf(config, database) },
    { catchUpDays: config.jobsCatchUpDays },
  );
  return new JobsService(database.db, clock, audit, registry, scheduler);
}

/** The scheduler's log lines through the server's logger (JSON lines with the job and run). */
export function jobLogOf(logger: FastifyBaseLogger): JobLog {
  const l = logger.child({ component: 'jobs' });
  return {
    info: (msg, data) => l.info(data ?? {}, msg),
    warn: (msg, data) => l.warn(data ?? {}, msg),
    error: (msg, data) => l.error(data ?? {}, msg),
  };
}
