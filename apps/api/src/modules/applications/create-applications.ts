import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { DocumentsService } from '../../platform/documents/documents.service';
import type { ExportService } from '../../platform/exports/export.service';
import type { FileService } from '../../platform/files/files.service';
import { OrgAccountsService } from '../accounts/org-accounts.service';
import { SignUpsService } from '../accounts/sign-ups/sign-ups.service';
import { SmsCodes } from '../accounts/sign-ups/sms-codes';
import { LogSmsGateway } from '../accounts/sign-ups/sms-gateway';
import type { CategoriesService } from '../orgs/categories.service';
import type { OrgsQuery } from '../orgs/orgs.query';
import type { OrgsService } from '../orgs/orgs.service';
import type { RegionsService } from '../regions/regions.service';
import type { TodosService } from '../todos/todos.service';
import type { UnitsService } from '../units/units.service';
import { ApplicationsService } from './applications.service';
import { ApprovalEffects } from './approval-effects';
import { ApplicationAttachments } from './attachments';
import { ReviewSteps } from './review-steps';
import { RegistrationSettingsService } from './settings.service';
import { SubmissionChecks } from './submission-checks';
import { WorkflowService } from './workflow.service';

/** Wires registration and filing applications, and the accounts of founders and organizations. */
export function createApplications(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  dataKey: Buffer;
  log: FastifyBaseLogger | undefined;
  files: FileService;
  exports: ExportService;
  calendar: CalendarService;
  todos: TodosService;
  regions: RegionsService;
  units: UnitsService;
  categories: CategoriesService;
  orgs: OrgsService;
  orgsQuery: OrgsQuery;
  documents: DocumentsService;
}) {
  const { db, clock, audit, dataKey, regions, units, categories, orgs, orgsQuery, todos } = deps;
  const registrationSettings = new RegistrationSettingsService(db, clock, audit, regions);
  const orgAccounts = new OrgAccountsService(db, clock, audit, orgsQuery, deps.exports);
  const sms = new SmsCodes(db, clock, audit, dataKey, new LogSmsGateway(deps.log ?? { info: () => undefined }));
  const signUps = new SignUpsService(db, clock, audit, sms, registrationSettings, regions, todos);
  const attachments = new ApplicationAttachments(db, deps.files);
  const applications = new ApplicationsService(db, clock, audit, dataKey, orgsQuery, attachments);
  const workflow = new WorkflowService(
    db,
    clock,
    audit,
    applications,
    orgsQuery,
    new SubmissionChecks(db, clock, dataKey, regions, units, categories, registrationSettings),
    new ReviewSteps(clock, deps.calendar, todos, registrationSettings),
    new ApprovalEffects(clock, dataKey, orgs, orgsQuery, deps.documents, orgAccounts),
  );
  return { registrationSettings, orgAccounts, signUps, applications, applicationWorkflow: workflow };
}
