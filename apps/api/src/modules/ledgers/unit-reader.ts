import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import type { AuthUser } from '../../platform/auth/auth-user';

/**
 * A reader of the unit directory for a background check, which has no signed-in user: it may only read
 * units (names are resolved to ids, and the register's own rule then decides whether the unit fits the
 * bureau). Never given to anything that writes or reads other records.
 */
export function systemUnitReader(): AuthUser {
  return {
    id: 0,
    username: 'system',
    displayName: '台账校验',
    roles: ['authority_staff'],
    permissions: new Set(['units.read']),
    regionCode: NATIONAL_REGION_CODE,
    unitId: null,
    orgId: null,
    mustChangePassword: false,
  };
}
