import { writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { LogEvent } from 'kysely';

/** The header that marks a request whose SQL the benchmark wants. */
export const CAPTURE_HEADER = 'x-bench-capture-sql';

export interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

/**
 * Benchmark profile only (BENCH_SQL_CAPTURE): records the statements a marked request runs and writes
 * them to a file before the answer leaves, so `npm run bench` can replay the very same SQL through the
 * driver and report what the server adds. The bench sends marked requests one at a time, with nothing
 * else running, so a single recording slot is enough.
 */
export class SqlCapture {
  private recording = false;
  private queries: CapturedQuery[] = [];

  constructor(private readonly file: string) {}

  readonly log = (event: LogEvent): void => {
    if (this.recording && event.level === 'query') {
      this.queries.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
    }
  };

  register(app: FastifyInstance): void {
    app.addHook('onRequest', async (req) => {
      if (req.headers[CAPTURE_HEADER]) {
        this.queries = [];
        this.recording = true;
      }
    });
    app.addHook('onSend', async (req) => {
      if (!req.headers[CAPTURE_HEADER] || !this.recording) return;
      this.recording = false;
      writeFileSync(
        this.file,
        JSON.stringify(this.queries, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
      );
    });
  }
}
