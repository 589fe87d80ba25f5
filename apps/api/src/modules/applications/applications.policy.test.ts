import { describe, expect, it } from 'vitest';
import { APPLICATION_ACTIONS, permissionsOf, type ApplicationAction, type Role } from '@shezu/contracts';
import type { AuthUser } from '../../platform/auth/auth-user';
import { allowedActions, canRead, check, type ApplicationPlace } from './applications.policy';

function user(id: number, roles: Role[], regionCode: string | null, extra: Partial<AuthUser> = {}): AuthUser {
  return {
    id,
    username: `u${id}`,
    displayName: `U${id}`,
    roles,
    permissions: permissionsOf(roles),
    regionCode,
    unitId: null,
    orgId: null,
    mustChangePassword: false,
    ...extra,
  };
}

// A county-level application (柯城区, 330802) with a city-level supervising unit (id 5).
const users = {
  owner: user(1, ['applicant'], null),
  otherApplicant: user(2, ['applicant'], null),
  orgAccount: user(3, ['org_account'], '330802', { orgId: 40 }),
  otherOrg: user(4, ['org_account'], '330802', { orgId: 41 }),
  supervisor: user(5, ['supervisor_staff'], '3308', { unitId: 5 }),
  otherSupervisor: user(6, ['supervisor_staff'], '3308', { unitId: 6 }),
  countyClerk: user(7, ['authority_staff'], '330802'),
  cityClerk: user(8, ['authority_staff'], '3308'),
  siblingClerk: user(9, ['authority_staff'], '330803'),
  admin: user(10, ['system_admin'], '330802'),
};
type Who = keyof typeof users;

const STATES: Pick<ApplicationPlace, 'status' | 'step'>[] = [
  { status: 'draft', step: null },
  { status: 'submitted', step: 'supervisor' },
  { status: 'submitted', step: 'authority' },
  { status: 'returned', step: null },
  { status: 'approved', step: null },
  { status: 'rejected', step: null },
  { status: 'withdrawn', step: null },
];

const place = (s: Pick<ApplicationPlace, 'status' | 'step'>): ApplicationPlace => ({
  ...s,
  applicantId: 1,
  orgId: 40,
  regionCode: '330802001',
  authorityRegionCode: '330802',
  supervisorUnitId: 5,
});

/** The rule, written out independently of the implementation. */
function expected(who: Who, s: Pick<ApplicationPlace, 'status' | 'step'>, action: ApplicationAction): string {
  const owner = who === 'owner' || who === 'orgAccount';
  const staffReads = ['supervisor', 'countyClerk', 'cityClerk'].includes(who) && s.status !== 'draft';
  if (!owner && !staffReads) return 'NOT_FOUND';
  const open = s.status === 'draft' || s.status === 'returned';
  switch (action) {
    case 'edit':
    case 'submit':
      return !owner ? 'FORBIDDEN' : open ? 'ok' : 'INVALID_TRANSITION';
    case 'withdraw':
      return !owner ? 'FORBIDDEN' : open || s.status === 'submitted' ? 'ok' : 'INVALID_TRANSITION';
    case 'supervisor-approve':
    case 'supervisor-return':
      if (who !== 'supervisor') return 'FORBIDDEN';
      return s.status === 'submitted' && s.step === 'supervisor' ? 'ok' : 'INVALID_TRANSITION';
    default:
      if (who === 'cityClerk') return 'OUT_OF_DECISION_SCOPE';
      if (who !== 'countyClerk') return 'FORBIDDEN';
      return s.status === 'submitted' && s.step === 'authority' ? 'ok' : 'INVALID_TRANSITION';
  }
}

describe('who may do what to an application, in every state', () => {
  for (const s of STATES) {
    for (const who of Object.keys(users) as Who[]) {
      it(`${s.status}${s.step ? `/${s.step}` : ''} × ${who}`, () => {
        const a = place(s);
        const u = users[who];
        for (const action of APPLICATION_ACTIONS) {
          const r = check(a, u, action);
          expect(r.ok ? 'ok' : r.code, action).toBe(expected(who, s, action));
        }
        expect(canRead(a, u)).toBe(expected(who, s, 'withdraw') !== 'NOT_FOUND');
        expect(allowedActions(a, u)).toEqual(APPLICATION_ACTIONS.filter((x) => expected(who, s, x) === 'ok'));
      });
    }
  }

  it('an establishment belongs to its founder until approval, then also to the organization account', () => {
    const draft = { ...place({ status: 'draft', step: null }), orgId: null };
    expect(canRead(draft, users.orgAccount)).toBe(false);
    const approved = { ...draft, status: 'approved' as const, orgId: 40 };
    expect(canRead(approved, users.orgAccount)).toBe(true);
  });

  it('directly registered applications are invisible to supervising units', () => {
    const direct = { ...place({ status: 'submitted', step: 'authority' }), supervisorUnitId: null };
    expect(canRead(direct, users.supervisor)).toBe(false);
    expect(canRead(direct, users.countyClerk)).toBe(true);
  });
});
