import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './platform/config';
import type { Database } from './db/database';
import type { Clock } from './platform/clock';
import { AuditService } from './platform/audit/audit.service';
import { FileService } from './platform/files/files.service';
import { createFileStorage } from './platform/files/storage';
import { ExportService } from './platform/exports/export.service';
import { AuthService } from './modules/accounts/auth.service';
import { UsersService } from './modules/accounts/users.service';
import { AccountsRepository } from './modules/accounts/accounts.repository';
import { RegionsService } from './modules/regions/regions.service';
import { UnitsService } from './modules/units/units.service';
import { TodosService } from './modules/todos/todos.service';
import { EventsService } from './platform/events/events.service';
import { EventDispatcher } from './platform/events/event-dispatcher';
import { NotificationsService } from './modules/notifications/notifications.service';
import { notificationsConsumer } from './modules/notifications/notifications.consumer';
import { createJobs } from './platform/jobs/create-jobs';
import { CalendarService } from './platform/calendar/calendar.service';
import { createDocuments } from './platform/documents/create-documents';
import { createOrgs } from './modules/orgs/create-orgs';
import { createApplications } from './modules/applications/create-applications';
import { FilesDocumentStore } from './platform/documents/files-document-store';
import { LocalDocumentStore } from './platform/documents/document-store';
import { createPortal } from './modules/portal/create-portal';
import { createCommunityOrgs } from './modules/community-orgs/create-community-orgs';
import { createLedgers } from './modules/ledgers/create-ledgers';
import { createAnnualInspections } from './modules/annual-inspections/create-annual';
import { createCredit } from './modules/credit/create-credit';
import { createSupervision } from './modules/supervision/create-supervision';
import { createActivities } from './modules/activities/create-activities';

/** Every service, wired once per app; routes receive the ones they use. */
export function buildServices(config: Config, database: Database, clock: Clock, log?: FastifyBaseLogger) {
  const { db } = database;
  const audit = new AuditService(db, clock);
  const regions = new RegionsService(db, clock, audit);
  const units = new UnitsService(db, clock, audit, regions);
  const files = new FileService(
    db,
    clock,
    audit,
    createFileStorage(config),
    path.join(config.dataDir, 'tmp', 'uploads'),
  );
  const events = new EventsService(db, clock, audit);
  events.subscribe(notificationsConsumer(clock, audit));
  const services = {
    audit,
    files,
    exports: new ExportService(db, clock, audit, files),
    regions,
    units,
    auth: new AuthService(db, clock, audit, config.sessionIdleMinutes),
    users: new UsersService(db, clock, audit, config.dataKey, units, regions),
    todos: new TodosService(db, clock),
    events,
    eventDispatcher: new EventDispatcher(db, clock, events),
    notifications: new NotificationsService(db, clock, audit, regions),
    calendar: new CalendarService(db, clock, audit),
    ...createDocuments(
      config,
      db,
      clock,
      audit,
      (trx, code) => new RegionsService(trx, clock, audit).find(code),
      new FilesDocumentStore(files, new LocalDocumentStore(path.join(config.dataDir, 'documents'))),
    ),
    jobs: createJobs(config, database, clock, audit),
    ...createOrgs({ db, clock, audit, dataKey: config.dataKey, regions, units, events }),
    accounts: () => new AccountsRepository(db),
    ...createCommunityOrgs({ db, clock, audit, dataKey: config.dataKey, files }),
  };
  const withModules = {
    ...services,
    ...createApplications({ ...services, db, clock, audit, dataKey: config.dataKey, log }),
    ...createPortal({ ...services, config, database, clock }),
    ...createLedgers({ ...services, config, database, clock }),
    ...createAnnualInspections({ ...services, db, clock, audit }),
  };
  const credit = createCredit({ ...services, db, clock, audit });
  return {
    ...withModules,
    credit,
    supervision: createSupervision({ ...services, db, clock, audit, credit, dataKey: config.dataKey }),
    activities: createActivities({ ...services, config, db, clock, audit }),
  };
}

export type Services = ReturnType<typeof buildServices>;
