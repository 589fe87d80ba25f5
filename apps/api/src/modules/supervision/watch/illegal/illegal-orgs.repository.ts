import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../../../../db/schema';
import type { IllegalOrgNotesTable, IllegalOrgsTable } from '../../../../db/schema-watch';

export type IllegalOrgRow = Selectable<IllegalOrgsTable>;
export type IllegalOrgNoteRow = Selectable<IllegalOrgNotesTable>;

/** Every query of illegal-organization records and their investigation notes. */
export class IllegalOrgsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<IllegalOrgsTable>): Promise<number> {
    const r = await this.db.insertInto('illegalOrgs').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  find(id: number): Promise<IllegalOrgRow | undefined> {
    return this.db.selectFrom('illegalOrgs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async update(id: number, version: number, patch: Updateable<IllegalOrgsTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('illegalOrgs')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async addNote(row: Insertable<IllegalOrgNotesTable>): Promise<number> {
    const r = await this.db.insertInto('illegalOrgNotes').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  notes(id: number): Promise<IllegalOrgNoteRow[]> {
    return this.db.selectFrom('illegalOrgNotes').selectAll().where('illegalOrgId', '=', id).orderBy('id').execute();
  }
}
