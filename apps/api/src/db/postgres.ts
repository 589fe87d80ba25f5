import pg from 'pg';
import { nameStatements } from './pg-named';

/**
 * pg's default parsers hand back counts as strings and dates as local-midnight Date objects:
 * keep one representation instead (numbers, 'YYYY-MM-DD', ISO timestamps).
 */
const parsers: Record<number, (v: string) => unknown> = {
  20: (v) => Number(v), // int8: counts and ids stay far below 2^53
  1700: (v) => Number(v), // numeric: sums of bigint money columns
  1082: (v) => v, // date
  1114: (v) => new Date(v.replace(' ', 'T') + 'Z').toISOString(), // timestamp (stored as UTC)
  1184: (v) => new Date(v).toISOString(), // timestamptz
};

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return parsers[oid] ?? pg.types.getTypeParser(oid, format);
  },
};

export function createPgPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    types: types as any,
    application_name: 'shezu',
    // Short indexed queries: launching parallel workers costs more (≈80 ms measured on 2 cores for a
    // 50-row name search) than the whole query takes without them (< 1 ms).
    options: '-c max_parallel_workers_per_gather=0',
    // A new connection is a new PostgreSQL backend whose first statements load the catalog and plan again:
    // twenty opened at once stalled every like for ~0.4 s (bench, 10,000,000 activities). pg's default closes a
    // connection after 10 s idle, so each burst after a quiet spell paid that again; keep them five minutes.
    idleTimeoutMillis: 300_000,
    // Idle connections do not keep a finished script (a CLI command, a test file) alive for those minutes.
    allowExitOnIdle: true,
  });
  pool.on('connect', nameStatements);
  // An idle connection the server closed (restart, failover, DROP DATABASE … FORCE) emits 'error' on the
  // pool; unhandled, that would end the process. pg drops the client; the next query reconnects.
  pool.on('error', (err) => {
    if ((err as { code?: string }).code !== '57P01') console.warn(`PostgreSQL idle connection error: ${err.message}`);
  });
  return pool;
}
