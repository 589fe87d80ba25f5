import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { isWithinRegion, prefixRange, type Permission } from '@shezu/contracts';
import type { AuthUser } from '../../platform/auth/auth-user';
import { readScopeOf } from '../../platform/auth/authorize';

/** The whole code space: every region code is a digit string, below ':'. */
const EVERYWHERE = { from: '', to: ':' };

/**
 * A user's read scope over the register, combined with an optional region filter, as a region range
 * (what the name index is ordered by) plus any condition that is not a region (unit, organization).
 * `empty` means the filter lies outside the scope.
 */
export function orgScope(
  user: AuthUser,
  permission: Permission,
  within?: string,
): { range: { from: string; to: string }; extra: RawBuilder<SqlBool> | null; empty: boolean } {
  const scope = readScopeOf(user, permission);
  const filterRange = within ? prefixRange(within) : EVERYWHERE;
  switch (scope.kind) {
    case 'all':
      return { range: filterRange, extra: null, empty: false };
    case 'region': {
      if (!within || isWithinRegion(within, scope.prefix))
        return { range: within ? filterRange : prefixRange(scope.prefix), extra: null, empty: false };
      if (isWithinRegion(scope.prefix, within)) return { range: prefixRange(scope.prefix), extra: null, empty: false };
      return { range: filterRange, extra: null, empty: true };
    }
    case 'unit':
      return { range: filterRange, extra: sql<SqlBool>`o.supervisor_unit_id = ${scope.unitId}`, empty: false };
    case 'org':
      return { range: filterRange, extra: sql<SqlBool>`o.id = ${scope.orgId}`, empty: false };
    default:
      return { range: filterRange, extra: null, empty: true };
  }
}
