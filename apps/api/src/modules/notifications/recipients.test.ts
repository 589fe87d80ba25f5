import { describe, expect, it } from 'vitest';
import type { Role } from '@shezu/contracts';
import { recipientsOf, regionAndAncestors, type EventReach } from './recipients';
import type { Candidate } from './subscriptions.repository';

const event: EventReach = {
  name: 'annual_report_overdue',
  regionCode: '330802',
  authorityRegionCode: '330802',
  orgId: 21,
  supervisorUnitId: 5,
  actorId: null,
};

function candidate(id: number, roles: Role[], place: Partial<Candidate> = {}): Candidate {
  return { id, roles, regionCode: null, unitId: null, orgId: null, choice: null, ...place };
}

describe('who an event reaches', () => {
  it('lists a region with every level above it, ending at the national level', () => {
    expect(regionAndAncestors('330802006')).toEqual(['33', '3308', '330802', '330802006', '100000']);
    expect(regionAndAncestors('500235')).toEqual(['50', '5002', '500235', '100000']);
    expect(regionAndAncestors('33')).toEqual(['33', '100000']);
    expect(regionAndAncestors('100000')).toEqual(['100000']);
  });

  it('reaches the county and city bureaus by default, not a neighbouring county', () => {
    const ids = recipientsOf(event, [
      candidate(1, ['authority_staff'], { regionCode: '330802' }),
      candidate(2, ['authority_staff'], { regionCode: '3308' }),
      candidate(3, ['authority_staff'], { regionCode: '330803' }),
      candidate(4, ['authority_staff'], { regionCode: '330802006' }),
    ]);
    expect(ids).toEqual([1, 2]);
  });

  it('reaches the supervising unit and the organization itself through their own scopes', () => {
    const ids = recipientsOf(event, [
      candidate(1, ['supervisor_staff'], { regionCode: '330802', unitId: 5 }),
      candidate(2, ['supervisor_staff'], { regionCode: '330802', unitId: 6 }),
      candidate(3, ['org_account'], { regionCode: '330802', orgId: 21 }),
      candidate(4, ['org_account'], { regionCode: '330802', orgId: 22 }),
    ]);
    expect(ids).toEqual([1, 3]);
  });

  it("follows the user's own choice over the role's default, with its filters", () => {
    const choice = (enabled: boolean, regionCode: string | null = null, orgId: number | null = null) => ({
      eventName: event.name,
      enabled,
      regionCode,
      orgId,
    });
    const ids = recipientsOf(event, [
      candidate(1, ['authority_staff'], { regionCode: '3308', choice: choice(false) }),
      candidate(2, ['system_admin'], { regionCode: '3308', choice: choice(true) }),
      candidate(3, ['authority_staff'], { regionCode: '3308', choice: choice(true, '330803') }),
      candidate(4, ['authority_staff'], { regionCode: '3308', choice: choice(true, '330802', 99) }),
      candidate(5, ['authority_staff'], { regionCode: '3308', choice: choice(true, '330802', 21) }),
      candidate(6, ['system_admin'], { regionCode: '3308' }),
    ]);
    expect(ids).toEqual([2, 5]);
  });

  it('does not tell the actor about their own action, and never reaches a user without scope', () => {
    const ids = recipientsOf({ ...event, actorId: 1 }, [
      candidate(1, ['authority_staff'], { regionCode: '330802' }),
      candidate(2, ['applicant'], { choice: { eventName: event.name, enabled: true, regionCode: null, orgId: null } }),
    ]);
    expect(ids).toEqual([]);
  });
});
