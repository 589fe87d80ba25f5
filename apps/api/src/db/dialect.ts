import {
  PostgresAdapter,
  sql,
  type ColumnDataType,
  type CreateTableBuilder,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from 'kysely';

/** Everything that differs between SQLite and PostgreSQL lives here, so modules never branch on it. */
export type Engine = 'sqlite' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * `column IN (ids)`. On PostgreSQL one array parameter: every list length is then the same statement text,
 * which the connection keeps prepared (pg-named.ts) instead of parsing and planning each page's fetch.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function inIds(db: Kysely<any>, column: string, ids: number[]): RawBuilder<SqlBool> {
  return engineOf(db) === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${ids})`
    : sql<SqlBool>`${sql.ref(column)} in (${sql.join(ids)})`;
}

/** Column types per engine: timestamps and dates are text in SQLite, native in PostgreSQL. */
export function columnTypes(engine: Engine) {
  const pg = engine === 'postgres';
  return {
    id: (pg ? 'bigint' : 'integer') as ColumnDataType,
    ref: (pg ? 'bigint' : 'integer') as ColumnDataType,
    timestamp: (pg ? 'timestamptz' : 'text') as ColumnDataType,
    date: (pg ? 'date' : 'text') as ColumnDataType,
    bool: (pg ? 'boolean' : 'integer') as ColumnDataType,
    json: (pg ? 'jsonb' : 'text') as ColumnDataType,
    money: 'bigint' as ColumnDataType,
  };
}

/** Adds an auto-generated integer primary key `id`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withId<T extends string>(engine: Engine, tb: CreateTableBuilder<T, any>) {
  return engine === 'postgres'
    ? tb.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : tb.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export const TRUE = sql<boolean>`true`;
export const FALSE = sql<boolean>`false`;

/** SQLite hands back 0/1 for booleans; PostgreSQL real booleans. */
export function toBool(v: boolean | number | null | undefined): boolean {
  return v === true || v === 1;
}

/** jsonb arrives parsed from pg, as text from SQLite. */
export function fromJson<T = unknown>(v: unknown): T | null {
  if (v === null || v === undefined) return null;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

export function toJson(v: unknown): string | null {
  return v === undefined || v === null ? null : JSON.stringify(v);
}

/** Case-insensitive LIKE: SQLite's LIKE already is for ASCII; PostgreSQL needs ILIKE. */
export function likeOperator(engine: Engine): 'like' | 'ilike' {
  return engine === 'postgres' ? 'ilike' : 'like';
}

/** Escapes % and _ for a LIKE pattern used with ESCAPE '\'. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
