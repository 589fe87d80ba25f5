import { Migrator, sql, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations';
import type { DB } from './schema';

export class DatabaseTooNewError extends Error {}

export function latestMigration(): string {
  return Object.keys(migrations).sort().at(-1)!;
}

function migrator(db: Kysely<DB>) {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Names of migrations already applied, oldest first (empty for a new database). */
export async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const list = await migrator(db).getMigrations();
  const known = new Set(list.map((m) => m.name));
  const applied = list.filter((m) => m.executedAt).map((m) => m.name);
  // Migrations the code does not know about are invisible to getMigrations: read the table.
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    for (const r of rows.rows) if (!known.has(r.name)) applied.push(r.name);
  } catch {
    /* no migration table yet */
  }
  return applied;
}

/** Brings the schema up to date; refuses a database written by newer code. */
export async function migrateToLatest(db: Kysely<DB>): Promise<{ applied: string[]; current: string }> {
  const known = new Set(Object.keys(migrations));
  const unknown = (await appliedMigrations(db)).filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new DatabaseTooNewError(
      `数据库比程序新：数据库已执行迁移 ${unknown.join(', ')}，本程序不认识。请升级程序后再启动。` +
        ` (The database was migrated by a newer version: ${unknown.join(', ')}. Upgrade the code.)`,
    );
  }
  const { error, results } = (await migrator(db).migrateToLatest()) as MigrationResultSet;
  if (error) throw error;
  return { applied: (results ?? []).map((r) => r.migrationName), current: latestMigration() };
}
