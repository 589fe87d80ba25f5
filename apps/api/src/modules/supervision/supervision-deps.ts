import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditService } from '../../platform/audit/audit.service';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { DocumentsService } from '../../platform/documents/documents.service';
import type { EventsService } from '../../platform/events/events.service';
import type { FileService } from '../../platform/files/files.service';
import type { JobsService } from '../../platform/jobs/jobs.service';
import type { OrgsQuery } from '../orgs/orgs.query';
import type { OrgsService } from '../orgs/orgs.service';
import type { TodosService } from '../todos/todos.service';
import type { UnitsService } from '../units/units.service';
import type { RegionsService } from '../regions/regions.service';
import type { createCredit } from '../credit/create-credit';

/** What supervision uses of the platform and of other modules (their services, never their tables). */
export interface SupervisionDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  events: EventsService;
  jobs: JobsService;
  calendar: CalendarService;
  documents: DocumentsService;
  files: FileService;
  todos: TodosService;
  units: UnitsService;
  regions: RegionsService;
  orgsQuery: OrgsQuery;
  /** The register: `orgs.lifecycle.revoke()` / `withdraw()` are the only way a penalty changes it. */
  orgs: OrgsService;
  /** Credit levels for draw weights (`creditScores.levelsFor`) and the eligibility answer. */
  credit: ReturnType<typeof createCredit>;
  /** Encrypts personal data (a complainant's contact) the way the register does. */
  dataKey: Buffer;
}
