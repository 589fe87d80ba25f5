import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, FilesTable } from '../../db/schema';

/** A file record as it leaves this layer (numbers as numbers, ISO timestamps). */
export type StoredFile = Selectable<FilesTable>;

export class FilesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<FilesTable>): Promise<number> {
    const { id } = await this.db.insertInto('files').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  async findById(id: number): Promise<StoredFile | undefined> {
    const r = await this.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
    return r && { ...r, size: Number(r.size) };
  }

  /** Sets the owner unless another owner holds the file already; false when it does. */
  async attach(
    id: number,
    owner: { type: string; id: string },
    regionCode: string | null,
    at: string,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('files')
      .set({ ownerType: owner.type, ownerId: owner.id, regionCode, attachedAt: at })
      .where('id', '=', id)
      .where((eb) =>
        eb.or([eb('ownerType', 'is', null), eb.and([eb('ownerType', '=', owner.type), eb('ownerId', '=', owner.id)])]),
      )
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async listByOwner(owner: { type: string; id: string }): Promise<StoredFile[]> {
    const rows = await this.db
      .selectFrom('files')
      .selectAll()
      .where('ownerType', '=', owner.type)
      .where('ownerId', '=', owner.id)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...r, size: Number(r.size) }));
  }

  /** Deletes the owner's files among ids; answers the deleted rows (their storage keys go after commit). */
  async deleteOwned(ids: number[], owner: { type: string; id: string }): Promise<StoredFile[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .deleteFrom('files')
      .where('id', 'in', ids)
      .where('ownerType', '=', owner.type)
      .where('ownerId', '=', owner.id)
      .returningAll()
      .execute();
    return rows.map((r) => ({ ...r, size: Number(r.size) }));
  }
}
