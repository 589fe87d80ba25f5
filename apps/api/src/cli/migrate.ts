import { loadConfig } from '../platform/config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/** npm run db:migrate — applies pending migrations and says which. */
const config = loadConfig();
const database = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const { applied, current } = await migrateToLatest(database.db);
  console.log(
    applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.',
    `Current: ${current} (${database.engine})`,
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await database.close();
}
