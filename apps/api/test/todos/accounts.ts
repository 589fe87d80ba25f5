import type { Kysely } from 'kysely';
import type { Role } from '@shezu/contracts';
import type { DB } from '../../src/db/schema';
import { hashPassword } from '../../src/platform/auth/password';
import { AccountsRepository } from '../../src/modules/accounts/accounts.repository';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts';

/** An extra account that can log in with the demo password at once (no password change pending). */
export async function insertAccount(
  db: Kysely<DB>,
  username: string,
  roles: Role[],
  place: { regionCode?: string | null; unitId?: number | null; orgId?: number | null; disabled?: boolean },
): Promise<number> {
  const at = new Date().toISOString();
  return new AccountsRepository(db).insert(
    {
      username,
      displayName: username,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      regionCode: place.regionCode ?? null,
      unitId: place.unitId ?? null,
      orgId: place.orgId ?? null,
      phone: null,
      idNumberEnc: null,
      idNumberHash: null,
      disabled: place.disabled ?? false,
      mustChangePassword: false,
      demoPassword: true,
      failedLogins: 0,
      lockedUntil: null,
      lastLoginAt: null,
      passwordChangedAt: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    },
    roles,
  );
}
