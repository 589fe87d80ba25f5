/**
 * npm run gen -- --orgs 1000000 [--seed N] [--db postgres://…] [--data-dir DIR]
 * Fills an empty database (SQLite by default) with a national register; start the server on it with
 * the same DATA_DIR (and DATABASE_URL) to use or benchmark it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate';

const root = path.resolve(import.meta.dirname, '../..');

function usage(message: string): never {
  console.error(`${message}\nusage: npm run gen -- --orgs 1000000 [--seed 1] [--db postgres://…] [--data-dir DIR]`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    db: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const orgs = Number(values.orgs);
if (!Number.isInteger(orgs) || orgs < 1000 || orgs > 20_000_000) usage('--orgs must be an integer 1,000–20,000,000');
if (values.db && !/^postgres(ql)?:\/\//.test(values.db)) usage('--db must be a postgres:// URL (omit it for SQLite)');
const dataDir = path.resolve(values['data-dir'] ?? path.join(root, 'data', `gen-${orgs}-${values.seed}`));

try {
  const s = await generate({ orgs, seed: values.seed, dbUrl: values.db, dataDir });
  const env = [`DATA_DIR=${s.dataDir}`, ...(values.db ? [`DATABASE_URL=${values.db}`] : [])].join(' ');
  console.log(`\nStart the server on it:  ${env} npm start`);
} catch (e) {
  console.error(`[gen] failed: ${(e as Error).message}`);
  process.exit(1);
}
