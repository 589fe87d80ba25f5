import type { ActivitiesDeps } from '../activities-deps';
import { MajorMattersQuery } from './major-matters.query';
import { MajorMattersService, type MajorMatterDaysSource } from './major-matters.service';

/**
 * Wires the major-matters part of activities; its services are merged into `services.activities`. The
 * reporting days come from the lifecycle part's activity settings when given, else the default (15).
 */
export function createMajorMatters(deps: ActivitiesDeps, settings?: MajorMatterDaysSource) {
  const majorMatters = new MajorMattersService(deps, settings);
  return { majorMatters, majorMatterQueries: new MajorMattersQuery(deps.db, deps.clock, majorMatters) };
}
