import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock';
import { StartupError, prepareDatabase } from '../../src/platform/startup';
import { latestMigration } from '../../src/db/migrate';
import { freshDatabase, ENGINE, type TestDatabase } from '../support/database';
import { startTestApp, testConfig, TEST_DATA_KEY } from '../support/app';

let tdb: TestDatabase | undefined;
afterEach(async () => {
  await tdb?.drop();
  tdb = undefined;
});

describe(`start-up (${ENGINE})`, () => {
  it('seeds the demo once, and refuses DEMO=false while a demo password is in place', async () => {
    tdb = await freshDatabase();
    const clock = new ManualClock();
    expect((await prepareDatabase(testConfig(tdb.dataDir, { DEMO: 'true' }), tdb.database, clock)).seeded).toBe(true);
    expect((await prepareDatabase(testConfig(tdb.dataDir, { DEMO: 'true' }), tdb.database, clock)).seeded).toBe(false);
    await expect(prepareDatabase(testConfig(tdb.dataDir, { DEMO: 'false' }), tdb.database, clock)).rejects.toThrow(
      StartupError,
    );
    await tdb.database.db.updateTable('users').set({ demoPassword: false }).execute();
    await expect(
      prepareDatabase(testConfig(tdb.dataDir, { DEMO: 'false' }), tdb.database, clock),
    ).resolves.toMatchObject({ seeded: false });
  });

  it('does not seed anything with DEMO=false', async () => {
    tdb = await freshDatabase();
    await prepareDatabase(testConfig(tdb.dataDir, { DEMO: 'false' }), tdb.database, new ManualClock());
    const n = await tdb.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  it('refuses a data key other than the one the personal data was encrypted with', async () => {
    tdb = await freshDatabase();
    await prepareDatabase(
      testConfig(tdb.dataDir, { DATA_ENCRYPTION_KEY: TEST_DATA_KEY }),
      tdb.database,
      new ManualClock(),
    );
    const other = testConfig(tdb.dataDir, { DATA_ENCRYPTION_KEY: 'ffeeddccbbaa99887766554433221100' });
    await expect(prepareDatabase(other, tdb.database, new ManualClock())).rejects.toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('reports engine, version and migration at /api/health', async () => {
    const t = await startTestApp();
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.json()).toEqual({ status: 'ok', db: ENGINE, version: t.config.version, migration: latestMigration() });
    } finally {
      await t.close();
    }
  });
});
