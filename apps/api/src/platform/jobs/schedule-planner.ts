import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { DEFAULT_MAX_ATTEMPTS, catchUpOf, type JobRegistry } from './job-registry';
import { JobSchedulesRepository, type ScheduleRecord } from './job-schedules.repository';
import { JobRunsRepository } from './job-runs.repository';
import type { JobLog } from './job-types';
import { chinaTime, dueSlots, slotAfter } from './schedule';

const DAY = 86_400_000;
/** However long the outage, never more runs than this for one job in one pass. */
const MAX_SLOTS_PER_PASS = 100;

/** Makes sure every scheduled job of the registry has its row; follows schedule changes in the code. */
export async function syncSchedules(db: Kysely<DB>, registry: JobRegistry, now: Date): Promise<ScheduleRecord[]> {
  const repo = new JobSchedulesRepository(db);
  const at = now.toISOString();
  let rows = new Map((await repo.all()).map((r) => [r.name, r]));
  let changed = false;
  for (const def of registry.scheduled()) {
    const row = rows.get(def.name);
    if (!row) {
      await repo.insertIfMissing(def.name, def.schedule, slotAfter(def.schedule, now).toISOString(), at);
      changed = true;
    } else if (JSON.stringify(row.schedule) !== JSON.stringify(def.schedule)) {
      await repo.redefine(def.name, def.schedule, row.enabled ? slotAfter(def.schedule, now).toISOString() : null, at);
      changed = true;
    }
  }
  if (changed) rows = new Map((await repo.all()).map((r) => [r.name, r]));
  return registry.scheduled().flatMap((d) => rows.get(d.name) ?? []);
}

/**
 * Creates the run of every slot that came due since the last one, oldest first, bounded by the
 * catch-up window. Two instances doing this at once create each run once: the unique (job, slot)
 * index turns the second insert into a no-op.
 */
export async function planDueRuns(
  db: Kysely<DB>,
  registry: JobRegistry,
  now: Date,
  opts: { catchUpDays: number; log: JobLog },
): Promise<number> {
  const schedules = await syncSchedules(db, registry, now);
  const runs = new JobRunsRepository(db);
  const repo = new JobSchedulesRepository(db);
  let created = 0;
  for (const row of schedules) {
    const def = registry.get(row.name)!;
    if (!row.enabled || !def.schedule) continue;
    const anchor = new Date(row.lastSlot ?? row.createdAt);
    const due = dueSlots(def.schedule, anchor, now, {
      notBefore: new Date(now.getTime() - opts.catchUpDays * DAY),
      catchUp: catchUpOf(def),
      max: MAX_SLOTS_PER_PASS,
    });
    if (due.skipped > 0) {
      opts.log.warn(`${def.name}: ${due.skipped} missed slot(s) not caught up`, {
        job: def.name,
        skipped: due.skipped,
      });
    }
    for (const slot of due.slots) {
      const inserted = await runs.insertScheduled({
        jobName: def.name,
        kind: 'scheduled',
        slot: slot.toISOString(),
        payload: null,
        maxAttempts: def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        requestedBy: null,
        requestedByName: null,
        regionCode: null,
        createdAt: now.toISOString(),
      });
      if (inserted) {
        created++;
        opts.log.info(`${def.name}: run for ${chinaTime(slot)} created`, { job: def.name, slot: slot.toISOString() });
      }
    }
    const newest = due.slots.at(-1)?.toISOString() ?? null;
    const nextRunAt = slotAfter(def.schedule, now).toISOString();
    if (newest || nextRunAt !== row.nextRunAt) await repo.advance(def.name, newest, nextRunAt);
  }
  return created;
}
