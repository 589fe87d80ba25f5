import { loadConfig } from '../platform/config';
import { openDatabase } from '../db/database';
import { systemClock } from '../platform/clock';
import { AuditService } from '../platform/audit/audit.service';

/** npm run audit:verify — walks the SM3 hash chain of the audit trail and names the first broken link. */
const config = loadConfig();
const database = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const r = await new AuditService(database.db, systemClock).verify();
  if (r.ok) console.log(`Audit chain intact: ${r.checked} rows verified (${database.engine}).`);
  else {
    console.error(`Audit chain BROKEN at row ${r.brokenAt}: ${r.reason} (${r.checked} rows verified before it).`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
