import { NATIONAL_REGION_CODE, defaultSubscriptionsOf, isWithinRegion, permissionsOf } from '@shezu/contracts';
import type { EventName } from '@shezu/contracts';
import { authorize } from '../../platform/auth/authorize';
import type { AuthUser } from '../../platform/auth/auth-user';
import type { Candidate } from './subscriptions.repository';

/** What of an event decides who may receive it. */
export interface EventReach {
  name: EventName;
  regionCode: string;
  authorityRegionCode: string | null;
  orgId: number | null;
  supervisorUnitId: number | null;
  /** Who caused it: they are not told what they did themselves. */
  actorId: number | null;
}

/** A region and every region above it (500235 → 50, 5002, 500235 and the national level). */
export function regionAndAncestors(code: string): string[] {
  if (code === NATIONAL_REGION_CODE) return [code];
  const out = [2, 4, 6, 9].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  if (!out.includes(code)) out.push(code);
  return [...out, NATIONAL_REGION_CODE];
}

function follows(c: Candidate, e: EventReach): boolean {
  const choice = c.choice;
  if (!choice) return defaultSubscriptionsOf(c.roles).has(e.name);
  if (!choice.enabled) return false;
  if (choice.regionCode && !isWithinRegion(e.regionCode, choice.regionCode)) return false;
  if (choice.orgId && choice.orgId !== e.orgId) return false;
  return true;
}

/**
 * The users an event becomes a notification for: they follow it (their choice, else their roles'
 * defaults) and the read scope of `notifications.receive` covers it — a region subtree for bureau
 * staff, the supervising unit for unit users, the organization for organization accounts.
 */
export function recipientsOf(e: EventReach, candidates: Candidate[]): number[] {
  return candidates
    .filter((c) => c.id !== e.actorId && follows(c, e))
    .filter((c) => {
      const user: AuthUser = {
        id: c.id,
        username: '',
        displayName: '',
        roles: c.roles,
        permissions: permissionsOf(c.roles),
        regionCode: c.regionCode,
        unitId: c.unitId,
        orgId: c.orgId,
        mustChangePassword: false,
      };
      return authorize(user, 'notifications.receive', {
        regionCode: e.regionCode,
        authorityRegionCode: e.authorityRegionCode,
        unitIds: [e.supervisorUnitId],
        orgId: e.orgId,
      }).allowed;
    })
    .map((c) => c.id);
}
