import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditService } from '../../platform/audit/audit.service';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { EventsService } from '../../platform/events/events.service';
import type { FileService } from '../../platform/files/files.service';
import type { JobsService } from '../../platform/jobs/jobs.service';
import type { OrgsQuery } from '../orgs/orgs.query';
import type { TodosService } from '../todos/todos.service';
import type { UnitsService } from '../units/units.service';
import type { RegionsService } from '../regions/regions.service';
import type { Config } from '../../platform/config';

/** What activities and major matters use of the platform and of other modules (services, never tables). */
export interface ActivitiesDeps {
  config: Config;
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  events: EventsService;
  jobs: JobsService;
  calendar: CalendarService;
  files: FileService;
  todos: TodosService;
  units: UnitsService;
  regions: RegionsService;
  orgsQuery: OrgsQuery;
}
