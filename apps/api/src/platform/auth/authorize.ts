import {
  NATIONAL_REGION_CODE,
  ORG_ROLES,
  PERMISSIONS,
  PORTAL_ROLES,
  ROLE_PERMISSIONS,
  UNIT_ROLES,
  isWithinRegion,
  type Permission,
  type Role,
} from '@shezu/contracts';
import type { AuthUser } from './auth-user';

/** Where a record sits, as far as scope is concerned. */
export interface ScopedResource {
  /** Region the record lives in (its subtree decides read scope). */
  regionCode?: string | null;
  /** Region of the bureau that registered it and decides on it (本级); defaults to regionCode. */
  authorityRegionCode?: string | null;
  /** Units the record is assigned to (supervising unit, party body, partner departments…). */
  unitIds?: readonly (number | null)[];
  /** Organization the record belongs to. */
  orgId?: number | null;
  /** Account the record belongs to. */
  userId?: number | null;
}

export type ReadScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'unit'; unitId: number }
  | { kind: 'org'; orgId: number }
  | { kind: 'self'; userId: number }
  | { kind: 'none' };

export type Decision =
  { allowed: true } | { allowed: false; code: 'FORBIDDEN' | 'NOT_FOUND' | 'OUT_OF_DECISION_SCOPE' };

const ALLOW: Decision = { allowed: true };

function isRegionRole(r: Role): boolean {
  return !UNIT_ROLES.includes(r) && !ORG_ROLES.includes(r) && !PORTAL_ROLES.includes(r);
}

/**
 * What part of the data a user reaches with a permission: the region subtree for bureau staff, the
 * assigned records for unit users, the own organization for organization accounts.
 */
export function readScopeOf(user: AuthUser, permission: Permission): ReadScope {
  const granting = user.roles.filter((r) => ROLE_PERMISSIONS[r].includes(permission));
  if (granting.length === 0) return { kind: 'none' };
  if (PERMISSIONS[permission] === 'self') return { kind: 'self', userId: user.id };
  if (granting.some(isRegionRole) && user.regionCode) {
    return user.regionCode === NATIONAL_REGION_CODE ? { kind: 'all' } : { kind: 'region', prefix: user.regionCode };
  }
  if (granting.some((r) => UNIT_ROLES.includes(r)) && user.unitId) return { kind: 'unit', unitId: user.unitId };
  if (granting.some((r) => ORG_ROLES.includes(r)) && user.orgId) return { kind: 'org', orgId: user.orgId };
  return { kind: 'none' };
}

function inScope(scope: ReadScope, res: ScopedResource): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return !!res.regionCode && isWithinRegion(res.regionCode, scope.prefix);
    case 'unit':
      return !!res.unitIds?.includes(scope.unitId);
    case 'org':
      return res.orgId === scope.orgId;
    case 'self':
      return res.userId === scope.userId;
    case 'none':
      return false;
  }
}

/**
 * The one authorization function: may `user` do `permission` on `resource`?
 * Out of read scope answers NOT_FOUND (the record's existence is not revealed); readable but out of
 * decision scope answers OUT_OF_DECISION_SCOPE (a city clerk reads a county's records, decides none).
 */
export function authorize(user: AuthUser, permission: Permission, resource?: ScopedResource): Decision {
  if (!user.permissions.has(permission)) return { allowed: false, code: 'FORBIDDEN' };
  if (!resource) return ALLOW;
  const scope = readScopeOf(user, permission);
  if (!inScope(scope, resource)) return { allowed: false, code: 'NOT_FOUND' };
  if (PERMISSIONS[permission] === 'decide' && (scope.kind === 'region' || scope.kind === 'all')) {
    const authority = resource.authorityRegionCode ?? resource.regionCode;
    if (authority !== user.regionCode) return { allowed: false, code: 'OUT_OF_DECISION_SCOPE' };
  }
  return ALLOW;
}
