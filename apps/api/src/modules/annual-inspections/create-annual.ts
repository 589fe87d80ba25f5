import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { EventsService } from '../../platform/events/events.service';
import type { JobsService } from '../../platform/jobs/jobs.service';
import type { OrgsQuery } from '../orgs/orgs.query';
import type { TodosService } from '../todos/todos.service';
import type { UnitsService } from '../units/units.service';
import { AnnualTodos } from './annual-todos';
import { AnnualAttachments } from './annual-attachments';
import type { FileService } from '../../platform/files/files.service';
import type { DocumentsService } from '../../platform/documents/documents.service';
import { CyclesService } from './cycles.service';
import { deadlineSweepJob } from './deadline-sweep.job';
import { IndicatorSetsService } from './indicator-sets.service';
import { ReportsService } from './reports.service';
import { ReviewService } from './review.service';
import { PublicResultsService } from './public-results.service';

/** Wires the annual inspection: the form as data, cycles, reports, the joint review and the deadline job. */
export function createAnnualInspections(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  events: EventsService;
  jobs: JobsService;
  orgsQuery: OrgsQuery;
  units: UnitsService;
  todos: TodosService;
  files: FileService;
  documents: DocumentsService;
}) {
  const { db, clock, audit, events, jobs, orgsQuery, units } = deps;
  const todos = new AnnualTodos(deps.todos);
  const indicatorSets = new IndicatorSetsService(db, clock, audit);
  const annualReports = new ReportsService(
    db,
    clock,
    audit,
    orgsQuery,
    units,
    indicatorSets,
    new AnnualAttachments(db, deps.files),
  );
  jobs.registry.register(deadlineSweepJob({ audit, events }));
  return {
    indicatorSets,
    annualCycles: new CyclesService(db, clock, audit, orgsQuery, units, indicatorSets, todos),
    annualReports,
    annualPublic: new PublicResultsService(db, indicatorSets),
    annualReview: new ReviewService(db, clock, audit, events, annualReports, indicatorSets, todos, deps.documents),
  };
}
