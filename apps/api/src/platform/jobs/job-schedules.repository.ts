import type { Kysely, Selectable } from 'kysely';
import type { TJobSchedule } from '@shezu/contracts';
import type { DB, JobSchedulesTable } from '../../db/schema';
import { fromJson, toBool, toJson } from '../../db/dialect';

export interface ScheduleRecord {
  name: string;
  schedule: TJobSchedule;
  enabled: boolean;
  nextRunAt: string | null;
  lastSlot: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

function toRecord(r: Selectable<JobSchedulesTable>): ScheduleRecord {
  return { ...r, schedule: fromJson<TJobSchedule>(r.schedule)!, enabled: toBool(r.enabled) };
}

/**
 * Every query on job_schedules. The scheduler's bookkeeping (last slot, next run) does not bump
 * `version`: only an administrator's change does, so the admin page is not made stale by every tick.
 */
export class JobSchedulesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async all(): Promise<ScheduleRecord[]> {
    return (await this.db.selectFrom('jobSchedules').selectAll().execute()).map(toRecord);
  }

  async find(name: string): Promise<ScheduleRecord | undefined> {
    const r = await this.db.selectFrom('jobSchedules').selectAll().where('name', '=', name).executeTakeFirst();
    return r && toRecord(r);
  }

  /** Several instances may start at once: the first insert wins, the others keep its row. */
  async insertIfMissing(name: string, schedule: TJobSchedule, nextRunAt: string, at: string): Promise<void> {
    await this.db
      .insertInto('jobSchedules')
      .values({
        name,
        schedule: toJson(schedule)!,
        enabled: true,
        nextRunAt,
        lastSlot: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }

  /** The code changed the schedule: keep the row, follow the code. */
  async redefine(name: string, schedule: TJobSchedule, nextRunAt: string | null, at: string): Promise<void> {
    await this.db
      .updateTable('jobSchedules')
      .set({ schedule: toJson(schedule)!, nextRunAt, updatedAt: at })
      .where('name', '=', name)
      .execute();
  }

  /** Moves last_slot forward only (two instances may report the same or an older slot). */
  async advance(name: string, lastSlot: string | null, nextRunAt: string): Promise<void> {
    if (lastSlot) {
      await this.db
        .updateTable('jobSchedules')
        .set({ lastSlot })
        .where('name', '=', name)
        .where((eb) => eb.or([eb('lastSlot', 'is', null), eb('lastSlot', '<', lastSlot)]))
        .execute();
    }
    await this.db
      .updateTable('jobSchedules')
      .set({ nextRunAt })
      .where('name', '=', name)
      .where('enabled', '=', true)
      .where((eb) => eb.or([eb('nextRunAt', 'is', null), eb('nextRunAt', '!=', nextRunAt)]))
      .execute();
  }

  async setEnabled(
    name: string,
    version: number,
    patch: { enabled: boolean; lastSlot: string | null; nextRunAt: string | null; updatedAt: string },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('jobSchedules')
      .set({ ...patch, version: version + 1 })
      .where('name', '=', name)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
