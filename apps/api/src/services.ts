import type { Config } from './platform/config';
import type { Database } from './db/database';
import type { Clock } from './platform/clock';
import { AuditService } from './platform/audit/audit.service';
import { AuthService } from './modules/accounts/auth.service';
import { UsersService } from './modules/accounts/users.service';
import { AccountsRepository } from './modules/accounts/accounts.repository';
import { RegionsService } from './modules/regions/regions.service';
import { UnitsService } from './modules/units/units.service';
import { TodosService } from './modules/todos/todos.service';
import { CalendarService } from './platform/calendar/calendar.service';

/** Every service, wired once per app; routes receive the ones they use. */
export function buildServices(config: Config, database: Database, clock: Clock) {
  const { db } = database;
  const audit = new AuditService(db, clock);
  const regions = new RegionsService(db, clock, audit);
  const units = new UnitsService(db, clock, audit, regions);
  return {
    audit,
    regions,
    units,
    auth: new AuthService(db, clock, audit, config.sessionIdleMinutes),
    users: new UsersService(db, clock, audit, config.dataKey, units, regions),
    todos: new TodosService(db, clock),
    calendar: new CalendarService(db, clock, audit),
    accounts: () => new AccountsRepository(db),
  };
}

export type Services = ReturnType<typeof buildServices>;
