import { describe, expect, it } from 'vitest';
import { ROLES, permissionsOf, type Permission, type Role } from '@shezu/contracts';
import { authorize, readScopeOf } from './authorize';
import type { AuthUser } from './auth-user';

function user(roles: Role[], regionCode: string | null, extra: Partial<AuthUser> = {}): AuthUser {
  return {
    id: 7,
    username: 'u',
    displayName: 'U',
    roles,
    permissions: permissionsOf(roles),
    regionCode,
    unitId: null,
    orgId: null,
    mustChangePassword: false,
    ...extra,
  };
}

/** Where each role's user sits for the table below: a county, with a unit or an organization. */
function placed(role: Role): AuthUser {
  return user([role], role === 'applicant' ? null : '330802', { unitId: 11, orgId: 21 });
}

describe('authorize(): read scope is the region subtree, never a sibling', () => {
  for (const role of ROLES) {
    it(`${role}: nothing of a sibling county is readable`, () => {
      const u = placed(role);
      for (const permission of u.permissions) {
        const d = authorize(u, permission, { regionCode: '330803', unitIds: [12], orgId: 22, userId: 8 });
        expect(d.allowed, `${role} ${permission}`).toBe(false);
      }
    });
  }

  it('a city reads its counties and townships; a county only its own subtree', () => {
    const city = user(['authority_staff'], '3308');
    expect(authorize(city, 'users.read', { regionCode: '330802006' })).toEqual({ allowed: true });
    expect(authorize(city, 'users.read', { regionCode: '3307' })).toEqual({ allowed: false, code: 'NOT_FOUND' });
    const county = user(['authority_staff'], '330802');
    expect(authorize(county, 'users.read', { regionCode: '3308' })).toEqual({ allowed: false, code: 'NOT_FOUND' });
    expect(authorize(county, 'users.read', { regionCode: '33080' })).toEqual({ allowed: false, code: 'NOT_FOUND' });
  });

  it('the national level (100000) reads everything', () => {
    const nation = user(['system_admin'], '100000');
    expect(readScopeOf(nation, 'units.read')).toEqual({ kind: 'all' });
    expect(authorize(nation, 'units.read', { regionCode: '500235' }).allowed).toBe(true);
  });

  it('unit users see what is assigned to their unit, organization accounts their organization', () => {
    const sup = user(['supervisor_staff'], '500235', { unitId: 3 });
    expect(readScopeOf(sup, 'units.read')).toEqual({ kind: 'unit', unitId: 3 });
    expect(authorize(sup, 'units.read', { regionCode: '500235', unitIds: [4] }).allowed).toBe(false);
    expect(authorize(sup, 'units.read', { regionCode: '500235', unitIds: [4, 3] }).allowed).toBe(true);
  });

  it('a role without the permission gets FORBIDDEN before any scope question', () => {
    expect(authorize(placed('applicant'), 'units.read', { regionCode: '330802' })).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
    });
    expect(authorize(placed('authority_staff'), 'users.manage')).toEqual({ allowed: false, code: 'FORBIDDEN' });
  });
});

describe('authorize(): decision scope is the own level (本级)', () => {
  const decide: Permission = 'units.manage';
  it('a city admin reads a county record but may not decide on it', () => {
    const city = user(['system_admin'], '3308');
    expect(authorize(city, 'units.read', { regionCode: '330802' }).allowed).toBe(true);
    expect(authorize(city, decide, { regionCode: '330802' })).toEqual({
      allowed: false,
      code: 'OUT_OF_DECISION_SCOPE',
    });
    expect(authorize(city, decide, { regionCode: '3308' })).toEqual({ allowed: true });
  });

  it('the deciding authority, not the location, settles it', () => {
    const county = user(['system_admin'], '330802');
    expect(authorize(county, decide, { regionCode: '330802006', authorityRegionCode: '330802' }).allowed).toBe(true);
    expect(authorize(county, decide, { regionCode: '330802006', authorityRegionCode: '3308' })).toEqual({
      allowed: false,
      code: 'OUT_OF_DECISION_SCOPE',
    });
  });

  for (const role of ROLES) {
    it(`${role}: no decision on a lower level's records`, () => {
      const u = user([role], '3308', { unitId: 11, orgId: 21 });
      const d = authorize(u, decide, { regionCode: '330802', unitIds: [99], orgId: 99 });
      expect(d.allowed).toBe(false);
    });
  }
});
