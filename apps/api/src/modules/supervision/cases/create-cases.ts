import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from './case-intake';
import { caseAlarmsJob } from './case-alarms.job';
import { CasesQuery } from './cases.query';
import { CasesService } from './cases.service';
import { MeasuresService } from './measures.service';
import { TasksService } from './tasks.service';

/** Wires complaints and coordinated cases; their services are merged into `services.supervision`. */
export function createCases(deps: SupervisionDeps) {
  const caseTasks = new TasksService(deps);
  const supervisionCases = new CasesService(deps, caseTasks);
  const caseMeasures = new MeasuresService(deps, supervisionCases);
  supervisionCases.measures = caseMeasures;
  caseTasks.cases = supervisionCases;
  deps.jobs.registry.register(caseAlarmsJob(deps, supervisionCases));
  const cases: CaseOpener = supervisionCases;
  return {
    cases,
    supervisionCases,
    caseMeasures,
    caseTasks,
    caseQueries: new CasesQuery(deps.db, deps.clock, supervisionCases),
  };
}
