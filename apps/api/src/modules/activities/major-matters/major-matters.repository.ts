import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../../../db/schema';
import type { MajorMattersTable } from '../../../db/schema-activities';
import { toBool } from '../../../db/dialect';

export type MajorMatterRow = Omit<Selectable<MajorMattersTable>, 'late'> & { late: boolean };

const mapRow = (r: Selectable<MajorMattersTable>): MajorMatterRow => ({ ...r, late: toBool(r.late) });

/** Every query of the major-matters part (its own table only). */
export class MajorMattersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<MajorMattersTable>): Promise<number> {
    const r = await this.db.insertInto('majorMatters').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async byId(id: number): Promise<MajorMatterRow | undefined> {
    const r = await this.db.selectFrom('majorMatters').selectAll().where('id', '=', id).executeTakeFirst();
    return r && mapRow(r);
  }

  /** Writes under the row's version; false when someone else changed it first. */
  async update(id: number, version: number, patch: Updateable<MajorMattersTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('majorMatters')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
