import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Clock } from '../platform/clock';
import type { AuditService } from '../platform/audit/audit.service';
import { seedDemoAnnual } from './seed-annual';
import { SYSTEM_ACTOR } from '../platform/auth/auth-user';
import { hashPassword } from '../platform/auth/password';
import { AccountsRepository } from '../modules/accounts/accounts.repository';
import { UnitsRepository } from '../modules/units/units.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from './demo-accounts';
import { seedDemoRegister } from './seed-register';
import { seedDemoCommunityOrgs } from './community-orgs';

/** Whether the database holds no accounts yet (a fresh data directory). */
export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  return (await new AccountsRepository(db).countAll()) === 0;
}

/**
 * Units and one account per role in 重庆市云阳县 and 浙江省衢州市 with its counties; with `register`, the
 * demo register of both places (demo/demo-register.ts) and then the filed community organizations. Later
 * modules seed their own demo records through the same entry point. One audit row per batch.
 */
export async function seedDemo(
  db: Kysely<DB>,
  clock: Clock,
  audit: AuditService,
  opts: { dataKey: Buffer; register: boolean } | null = null,
): Promise<void> {
  const at = clock.now().toISOString();
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const unitIds = new Map<string, number>();
  await db.transaction().execute(async (trx) => {
    const units = new UnitsRepository(trx);
    for (const u of DEMO_UNITS) {
      const id = await units.insert({
        name: u.name,
        kind: u.kind,
        regionCode: u.regionCode,
        contactPhone: null,
        active: true,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      unitIds.set(u.key, id);
    }
    const accounts = new AccountsRepository(trx);
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      await accounts.insert(
        {
          username: a.username,
          displayName: a.displayName,
          passwordHash: hashes[i]!,
          regionCode: a.regionCode,
          unitId: a.unitKey ? unitIds.get(a.unitKey)! : null,
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
        },
        a.roles,
      );
    }
    await audit.record(trx, SYSTEM_ACTOR, [
      { action: 'seed', entity: 'unit', summary: `demo units: ${DEMO_UNITS.length}` },
      { action: 'seed', entity: 'user', summary: `demo accounts: ${DEMO_ACCOUNTS.length}` },
    ]);
  });
  if (opts?.register) {
    const ctx = { db, clock, audit, dataKey: opts.dataKey, unitIds };
    await seedDemoRegister(ctx);
    await seedDemoCommunityOrgs(ctx);
    await seedDemoAnnual(ctx);
  }
}
