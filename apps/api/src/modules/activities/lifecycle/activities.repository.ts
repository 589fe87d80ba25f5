import type { ActivityStatus } from '@shezu/contracts';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../../../db/schema';
import type { ActivitiesTable, ActivityPhotosTable, ActivitySettingsTable } from '../../../db/schema-activities';
import { fromJson, toBool } from '../../../db/dialect';

type Raw = Selectable<ActivitiesTable>;
export type ActivityRow = Omit<
  Raw,
  'approvalRequired' | 'approvalLate' | 'approved' | 'partners' | 'attendees' | 'status'
> & {
  status: ActivityStatus;
  approvalRequired: boolean;
  approvalLate: boolean;
  approved: boolean;
  partners: { name: string; role: string }[];
  attendees: string[];
};
export type PhotoRow = Omit<Selectable<ActivityPhotosTable>, 'showsMinors'> & { showsMinors: boolean };
export type SettingsRow = Selectable<ActivitySettingsTable>;

const n = (v: unknown) => Number(v ?? 0);

function mapActivity(r: Raw): ActivityRow {
  return {
    ...r,
    status: r.status as ActivityStatus,
    approvalRequired: toBool(r.approvalRequired),
    approvalLate: toBool(r.approvalLate),
    approved: toBool(r.approved),
    partners: fromJson<ActivityRow['partners']>(r.partners) ?? [],
    attendees: fromJson<string[]>(r.attendees) ?? [],
    photoCount: n(r.photoCount),
    viewCount: n(r.viewCount),
    shareCount: n(r.shareCount),
    likeCount: n(r.likeCount),
    budgetFen: n(r.budgetFen),
  };
}

const mapPhoto = (r: Selectable<ActivityPhotosTable>): PhotoRow => ({ ...r, showsMinors: toBool(r.showsMinors) });

/** Every query of the lifecycle part on its own tables (activities, activity_photos, activity_settings). */
export class ActivitiesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<ActivitiesTable>): Promise<number> {
    const r = await this.db.insertInto('activities').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async byId(id: number): Promise<ActivityRow | undefined> {
    const r = await this.db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
    return r && mapActivity(r);
  }

  /** Optimistic update: false when the version moved on. */
  async update(id: number, version: number, patch: Updateable<ActivitiesTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('activities')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async photos(activityId: number): Promise<PhotoRow[]> {
    const rows = await this.db
      .selectFrom('activityPhotos')
      .selectAll()
      .where('activityId', '=', activityId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(mapPhoto);
  }

  async photo(activityId: number, photoId: number): Promise<PhotoRow | undefined> {
    const r = await this.db
      .selectFrom('activityPhotos')
      .selectAll()
      .where('activityId', '=', activityId)
      .where('id', '=', photoId)
      .executeTakeFirst();
    return r && mapPhoto(r);
  }

  /** The activity a stored photo file (full or thumbnail) belongs to. */
  async activityOfFile(fileId: number): Promise<ActivityRow | undefined> {
    const p = await this.db
      .selectFrom('activityPhotos')
      .select('activityId')
      .where((eb) => eb.or([eb('fileId', '=', fileId), eb('thumbFileId', '=', fileId)]))
      .executeTakeFirst();
    return p ? this.byId(p.activityId) : undefined;
  }

  async insertPhoto(row: Insertable<ActivityPhotosTable>): Promise<number> {
    const r = await this.db.insertInto('activityPhotos').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async updatePhoto(id: number, patch: Updateable<ActivityPhotosTable>): Promise<void> {
    await this.db.updateTable('activityPhotos').set(patch).where('id', '=', id).execute();
  }

  async deletePhoto(id: number): Promise<void> {
    await this.db.deleteFrom('activityPhotos').where('id', '=', id).execute();
  }

  async settings(regionCode: string): Promise<SettingsRow | undefined> {
    return this.db.selectFrom('activitySettings').selectAll().where('regionCode', '=', regionCode).executeTakeFirst();
  }

  async insertSettings(row: Insertable<ActivitySettingsTable>): Promise<void> {
    await this.db.insertInto('activitySettings').values(row).execute();
  }

  async updateSettings(regionCode: string, version: number, patch: Updateable<ActivitySettingsTable>) {
    const r = await this.db
      .updateTable('activitySettings')
      .set({ ...patch, version: version + 1 })
      .where('regionCode', '=', regionCode)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
