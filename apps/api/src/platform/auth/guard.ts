import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { prefixRange, type Permission } from '@shezu/contracts';
import { AppError } from '../errors';
import type { AuthUser } from './auth-user';
import { authorize, readScopeOf, type ReadScope, type ScopedResource } from './authorize';

/** Throws the matching 403/404 when `authorize` says no. */
export function assertAuthorized(user: AuthUser, permission: Permission, resource?: ScopedResource): void {
  const d = authorize(user, permission, resource);
  if (!d.allowed) throw new AppError(d.code);
}

/** Columns (camelCase, table-qualified) that carry a record's scope, as far as it has them. */
export interface ScopeColumns {
  region?: string;
  unit?: string;
  org?: string;
  user?: string;
}

/** The read scope as a WHERE condition; a region subtree becomes an index-friendly range. */
export function scopeCondition(scope: ReadScope, cols: ScopeColumns): RawBuilder<SqlBool> {
  const none = sql<SqlBool>`1 = 0`;
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`1 = 1`;
    case 'region': {
      if (!cols.region) return none;
      const { from, to } = prefixRange(scope.prefix);
      const col = sql.ref(cols.region);
      return sql<SqlBool>`(${col} >= ${from} and ${col} < ${to})`;
    }
    case 'unit':
      return cols.unit ? sql<SqlBool>`${sql.ref(cols.unit)} = ${scope.unitId}` : none;
    case 'org':
      return cols.org ? sql<SqlBool>`${sql.ref(cols.org)} = ${scope.orgId}` : none;
    case 'self':
      return cols.user ? sql<SqlBool>`${sql.ref(cols.user)} = ${scope.userId}` : none;
    case 'none':
      return none;
  }
}

export function readScopeCondition(user: AuthUser, permission: Permission, cols: ScopeColumns) {
  return scopeCondition(readScopeOf(user, permission), cols);
}
