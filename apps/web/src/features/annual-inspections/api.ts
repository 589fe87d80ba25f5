import type { TCycle, TCycleDashboard, TCycleOpen, TIndicatorSet, TIndicatorSetDefinition } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';

export const cycleKeys = {
  list: ['annual-cycles'] as const,
  dashboard: (id: number) => ['annual-cycles', 'dashboard', id] as const,
  indicators: (year: number) => ['annual-indicator-sets', year] as const,
};

export const fetchCycles = () => unwrap(api.GET('/api/annual-inspection-cycles')) as Promise<{ items: TCycle[] }>;

export const openCycle = (body: TCycleOpen) =>
  unwrap(api.POST('/api/annual-inspection-cycles', { body })) as Promise<TCycle>;

export const fetchDashboard = (id: number) =>
  unwrap(
    api.GET('/api/annual-inspection-cycles/{id}/dashboard', { params: { path: { id } } }),
  ) as Promise<TCycleDashboard>;

export const fetchIndicatorSet = (year: number) =>
  unwrap(api.GET('/api/annual-indicator-sets/{year}', { params: { path: { year } } })) as Promise<TIndicatorSet>;

/** A new version of the year's set; `baseVersion` makes a concurrent edit a 409 instead of a lost update. */
export const saveIndicatorSet = (
  year: number,
  body: { definition: TIndicatorSetDefinition; note?: string; baseVersion: number },
) =>
  unwrap(api.PUT('/api/annual-indicator-sets/{year}', { params: { path: { year } }, body })) as Promise<TIndicatorSet>;
