import type { AccountsRepository } from '../../apps/api/src/modules/accounts/accounts.repository';

type NewUser = Parameters<AccountsRepository['insert']>[0];

/** A bench login with the demo password: what is given, and every other column of a fresh account. */
export function benchAccount(
  user: Partial<NewUser> & { username: string; displayName: string; passwordHash: string },
  at: string,
): NewUser {
  return {
    regionCode: null,
    unitId: null,
    orgId: null,
    phone: null,
    idNumberEnc: null,
    idNumberHash: null,
    disabled: false,
    mustChangePassword: false,
    demoPassword: true,
    failedLogins: 0,
    lockedUntil: null,
    lastLoginAt: null,
    passwordChangedAt: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...user,
  };
}
