import type { Config } from './config';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import type { Clock } from './clock';
import { hmacSm3 } from './crypto';
import { getSetting, putSetting } from './settings';
import { AuditService } from './audit/audit.service';
import { AccountsRepository } from '../modules/accounts/accounts.repository';
import { isEmpty, seedDemo } from '../demo/seed';
import { seedDemoCredit } from '../demo/seed-credit';
import { seedDemoWarnings } from '../demo/seed-watch-warnings';
import { seedDemoComplaints } from '../demo/seed-complaints';
import { seedDemoCases } from '../demo/seed-cases';
import { seedDemoActivities } from '../demo/seed-activities';
import { buildServices } from '../services';

export class StartupError extends Error {}

/**
 * Everything between opening the database and listening: migrate, make sure the data key is the one
 * the personal data was encrypted with, seed the demo on an empty database, refuse demo passwords
 * in a real deployment.
 */
export async function prepareDatabase(
  config: Config,
  database: Database,
  clock: Clock,
): Promise<{ seeded: boolean; migration: string }> {
  const { db } = database;
  const { current } = await migrateToLatest(db);

  const check = hmacSm3(config.dataKey, 'shezu-data-key-check');
  const stored = await getSetting(db, 'data_key_check');
  if (!stored) await putSetting(db, 'data_key_check', check, clock.now().toISOString());
  else if (stored !== check) {
    throw new StartupError(
      'DATA_ENCRYPTION_KEY does not match the key this database was encrypted with (数据加密密钥与数据库不符)。' +
        ' Restore the original key (DATA_DIR/secrets.json or the environment variable).',
    );
  }

  let seeded = false;
  if (config.demo && (await isEmpty(db))) {
    await seedDemo(db, clock, new AuditService(db, clock), { dataKey: config.dataKey, register: config.demoOrgs });
    // Modules' demo data is entered through their services, as clerks and organizations would (penalties and
    // reports travel as events).
    if (config.demoOrgs) {
      const services = buildServices(config, database, clock);
      await seedDemoCredit(services, db, clock);
      await seedDemoWarnings(services, db, clock);
      await seedDemoComplaints(services, db, clock);
      await seedDemoCases(services, db, clock);
      await seedDemoActivities(services, db, clock);
    }
    seeded = true;
  }
  if (!config.demo) {
    const n = await new AccountsRepository(db).countDemoPasswords();
    if (n > 0) {
      throw new StartupError(
        `DEMO is off but ${n} active account(s) still use the demo password (演示密码仍有效，禁止以正式模式启动)。` +
          ' Change or disable them first: start once with DEMO=true and change the passwords, or disable the demo accounts.',
      );
    }
  }
  return { seeded, migration: current };
}
