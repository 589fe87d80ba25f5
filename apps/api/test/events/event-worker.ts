/**
 * A dispatcher in its own process, as a second server instance would run it (for the crash and
 * concurrency tests). Environment: WORKER_DB (postgres URL or SQLite file), WORKER_NOW (clock),
 * WORKER_CONSUMER, WORKER_NAME, WORKER_MODE = `drain` (wait for "go" on stdin, drain, print the result)
 * or `die` (hang inside the first handler, after its write and before the acknowledgement, until killed).
 */
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { openDatabase } from '../../src/db/database';
import { ManualClock } from '../../src/platform/clock';
import { AuditService } from '../../src/platform/audit/audit.service';
import { EventsService } from '../../src/platform/events/events.service';
import { EventDispatcher } from '../../src/platform/events/event-dispatcher';
import { effectConsumer } from './helpers';

const target = process.env.WORKER_DB!;
const database = target.startsWith('postgres')
  ? openDatabase({ url: target, dataDir: os.tmpdir(), poolSize: 2 })
  : openDatabase({ dataDir: path.dirname(target), sqliteFile: target });
const clock = new ManualClock(process.env.WORKER_NOW!);
const events = new EventsService(database.db, clock, new AuditService(database.db, clock));
const mode = process.env.WORKER_MODE;
const worker = process.env.WORKER_NAME ?? 'worker';

events.subscribe(
  effectConsumer(process.env.WORKER_CONSUMER!, {
    worker,
    after: async (eventId) => {
      if (mode === 'die') {
        process.stdout.write(`handled ${eventId}\n`);
        await new Promise(() => {});
      }
      // Widens the window in which the other dispatcher could pick the same delivery, and keeps the
      // work long enough (40 × 25 ms) that both processes take part even on a loaded machine.
      await new Promise((r) => setTimeout(r, 25));
    },
  }),
);
const dispatcher = new EventDispatcher(database.db, clock, events, { batchSize: 3 });

if (mode === 'die') {
  await dispatcher.drain();
} else {
  process.stdout.write('ready\n');
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) if (line === 'go') break;
  const result = await dispatcher.drain();
  process.stdout.write(`result ${JSON.stringify(result)}\n`);
  await database.close();
  process.exit(0);
}
