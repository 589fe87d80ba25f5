import type { TUnit, TUnitInput, UnitKind } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';

export interface UnitFilter {
  q?: string;
  kind?: UnitKind;
  within?: string;
  active?: 'true' | 'false';
}

export interface UnitUpdate {
  name: string;
  contactPhone: string | null;
  active: boolean;
  version: number;
}

const PAGE_SIZE = 50;

export const unitKeys = {
  all: ['units'] as const,
  list: (filter: UnitFilter, limit = PAGE_SIZE) => ['units', 'list', filter, limit] as const,
};

export const fetchUnits = (filter: UnitFilter, cursor?: string, limit = PAGE_SIZE) =>
  unwrap(api.GET('/api/units', { params: { query: { ...filter, q: filter.q || undefined, cursor, limit } } }));

export const fetchUnit = (id: number): Promise<TUnit> =>
  unwrap(api.GET('/api/units/{id}', { params: { path: { id } } }));

export const createUnit = (body: TUnitInput): Promise<TUnit> => unwrap(api.POST('/api/units', { body }));

export const updateUnit = (id: number, body: UnitUpdate): Promise<TUnit> =>
  unwrap(api.PUT('/api/units/{id}', { params: { path: { id } }, body }));
