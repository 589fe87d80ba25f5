import type { Kysely } from 'kysely';
import { levelOfCode } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import type { Actor, AuthUser } from '../auth/auth-user';
import { AppError, fieldError } from '../errors';
import { CalendarRepository, type CalendarDayRow, type CalendarYearRow } from './calendar.repository';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  type HolidayCalendar,
  type WorkingDayResult,
} from './working-days';

/** A reloaded calendar is good for this long; edits clear it at once on the instance that made them. */
const CACHE_MS = 60_000;

export interface CalendarStatus {
  years: CalendarYearRow[];
  /** This year and, from 1 November, next year, when their notice has not been entered. */
  missingYears: number[];
}

export class CalendarService {
  private cached: { at: number; cal: HolidayCalendar } | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async calendar(): Promise<HolidayCalendar> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.cal;
    const repo = new CalendarRepository(this.db);
    const [years, days] = await Promise.all([repo.years(), repo.days()]);
    const cal: HolidayCalendar = {
      years: new Set(years.map((y) => y.year)),
      holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date)),
      workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.date)),
    };
    this.cached = { at: now, cal };
    return cal;
  }

  /** The deadline `n` working days after `date`; `missingYears` non-empty means a weekday-only estimate. */
  async addWorkingDays(date: string, n: number): Promise<WorkingDayResult<string>> {
    return addWorkingDays(await this.calendar(), date, n);
  }

  async workingDaysBetween(a: string, b: string): Promise<WorkingDayResult<number>> {
    return workingDaysBetween(await this.calendar(), a, b);
  }

  async isWorkingDay(date: string): Promise<boolean> {
    return isWorkingDay(await this.calendar(), date);
  }

  async status(): Promise<CalendarStatus> {
    const years = await new CalendarRepository(this.db).years();
    const today = chinaDate(this.clock.now());
    const thisYear = Number(today.slice(0, 4));
    const needed = today.slice(5) >= '11-01' ? [thisYear, thisYear + 1] : [thisYear];
    const known = new Set(years.map((y) => y.year));
    return { years, missingYears: needed.filter((y) => !known.has(y)) };
  }

  async days(year: number): Promise<CalendarDayRow[]> {
    return new CalendarRepository(this.db).days(year);
  }

  /** Holidays are national: only administrators at province level or above maintain them. */
  private assertMayEdit(user: AuthUser) {
    if (!user.permissions.has('calendar.manage')) throw new AppError('FORBIDDEN');
    const level = user.regionCode ? levelOfCode(user.regionCode) : null;
    if (level !== 'national' && level !== 'province')
      throw new AppError('FORBIDDEN', '节假日安排由省级及以上管理员维护');
  }

  async replaceYear(
    user: AuthUser,
    actor: Actor,
    year: number,
    input: {
      source: string;
      version: number | null;
      holidays: { date: string; name: string }[];
      workdays: { date: string; name: string }[];
    },
  ): Promise<CalendarYearRow> {
    this.assertMayEdit(user);
    const days: CalendarDayRow[] = [
      ...input.holidays.map((d) => ({ ...d, kind: 'holiday' as const })),
      ...input.workdays.map((d) => ({ ...d, kind: 'workday' as const })),
    ];
    validateDays(year, input.holidays, input.workdays);
    const repo = new CalendarRepository(this.db);
    const before = await repo.findYear(year);
    if (before && input.version === null) throw new AppError('STALE_VERSION', `${year}年节假日已存在，请刷新后编辑`);
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const ok = await new CalendarRepository(trx).replaceYear(year, input.version, input.source, days, at, actor.name);
      if (!ok) throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: before ? 'update' : 'create',
        entity: 'calendar_year',
        entityId: year,
        // Holidays are national data; the row belongs to the editing administrator's region.
        regionCode: actor.regionCode,
        summary: `${year}年节假日安排：休${input.holidays.length}天，调休上班${input.workdays.length}天`,
        before: before ? { source: before.source } : null,
        after: {
          source: input.source,
          holidays: input.holidays.map((d) => d.date),
          workdays: input.workdays.map((d) => d.date),
        },
      });
    });
    this.cached = undefined;
    return (await repo.years()).find((y) => y.year === year)!;
  }
}

function validateDays(year: number, holidays: { date: string }[], workdays: { date: string }[]) {
  const seen = new Set<string>();
  const check = (list: { date: string }[], field: 'holidays' | 'workdays') =>
    list.forEach((d, i) => {
      if (!d.date.startsWith(`${year}-`)) throw fieldError(`${field}.${i}.date`, `日期须在${year}年内`);
      if (seen.has(d.date)) throw fieldError(`${field}.${i}.date`, `${d.date} 重复或既是假日又是调休上班日`);
      seen.add(d.date);
    });
  check(holidays, 'holidays');
  check(workdays, 'workdays');
  workdays.forEach((d, i) => {
    const weekday = new Date(`${d.date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) throw fieldError(`workdays.${i}.date`, `${d.date} 不是周末，无需调休上班`);
  });
}
