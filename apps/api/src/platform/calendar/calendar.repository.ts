import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface CalendarYearRow {
  year: number;
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
  holidays: number;
  workdays: number;
}

export interface CalendarDayRow {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export class CalendarRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async years(): Promise<CalendarYearRow[]> {
    const rows = await this.db
      .selectFrom('calendarYears as y')
      .leftJoin('calendarDays as d', 'd.year', 'y.year')
      .select(['y.year', 'y.source', 'y.version', 'y.updatedAt', 'y.updatedBy'])
      .select((eb) => [
        eb.fn.count<number>(eb.case().when('d.kind', '=', 'holiday').then(1).end()).as('holidays'),
        eb.fn.count<number>(eb.case().when('d.kind', '=', 'workday').then(1).end()).as('workdays'),
      ])
      .groupBy(['y.year', 'y.source', 'y.version', 'y.updatedAt', 'y.updatedBy'])
      .orderBy('y.year')
      .execute();
    return rows.map((r) => ({ ...r, holidays: Number(r.holidays), workdays: Number(r.workdays) }));
  }

  async days(year?: number): Promise<(CalendarDayRow & { year: number })[]> {
    let q = this.db.selectFrom('calendarDays').select(['date', 'year', 'kind', 'name']).orderBy('date');
    if (year !== undefined) q = q.where('year', '=', year);
    return q.execute();
  }

  async findYear(year: number) {
    return this.db.selectFrom('calendarYears').selectAll().where('year', '=', year).executeTakeFirst();
  }

  /** Replaces a year's days; false when the version moved on since the caller read it. */
  async replaceYear(
    year: number,
    version: number | null,
    source: string,
    days: CalendarDayRow[],
    at: string,
    by: string,
  ): Promise<boolean> {
    if (version === null) {
      await this.db
        .insertInto('calendarYears')
        .values({ year, source, version: 1, updatedAt: at, updatedBy: by })
        .execute();
    } else {
      const r = await this.db
        .updateTable('calendarYears')
        .set({ source, version: version + 1, updatedAt: at, updatedBy: by })
        .where('year', '=', year)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      await this.db.deleteFrom('calendarDays').where('year', '=', year).execute();
    }
    if (days.length)
      await this.db
        .insertInto('calendarDays')
        .values(days.map((d) => ({ ...d, year })))
        .execute();
    return true;
  }
}
