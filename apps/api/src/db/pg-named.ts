import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Distinct statements a connection keeps prepared; later new shapes run unnamed. */
const MAX_NAMED = 200;
/** Long IN lists make a new text per length: those run unnamed. */
const MAX_PARAMS = 16;
const UNNAMED = /^\s*(begin|commit|rollback|savepoint|release|set|create|alter|drop|vacuum|analyze|lock)\b/i;
/** "cached plan must not change result type": a table changed under a prepared statement (migrations). */
const PLAN_CHANGED = '0A000';

/**
 * Runs the statements Kysely sends as named (prepared) statements, once per connection: PostgreSQL then
 * parses each shape once and, for the point lookups that make up most requests, reuses a generic plan
 * instead of planning a four-table join on every request.
 */
export function nameStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<unknown>;
  const names = new Set<string>();
  // Names whose prepared plan no longer fits the table: this connection runs those texts unnamed.
  const broken = new Set<string>();
  const named = (text: string, values: unknown[]): string | null => {
    if (values.length > MAX_PARAMS || UNNAMED.test(text)) return null;
    const name = 's' + createHash('sha1').update(text).digest('base64url').slice(0, 20);
    if (broken.has(name)) return null;
    if (!names.has(name)) {
      if (names.size >= MAX_NAMED) return null;
      names.add(name);
    }
    return name;
  };
  client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    if (typeof config !== 'string' || !Array.isArray(values) || callback !== undefined) {
      return (query as (...a: unknown[]) => unknown)(config, values, callback);
    }
    const name = named(config, values);
    if (!name) return query(config, values);
    return query({ name, text: config, values }).catch((e: { code?: string }) => {
      if (e?.code !== PLAN_CHANGED) throw e;
      broken.add(name);
      return query(config, values);
    });
  }) as typeof client.query;
}
