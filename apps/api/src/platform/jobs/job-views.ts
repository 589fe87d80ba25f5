import { z } from 'zod';
import type { TJob, TJobRun } from '@shezu/contracts';
import { isRunnable, type JobRegistry } from './job-registry';
import type { JobRunRecord } from './job-runs.repository';
import type { ScheduleRecord } from './job-schedules.repository';
import type { JobDefinition } from './job-types';
import { describeSchedule } from './schedule';

/** A run as the API shows it (lease expiry and region stay inside). */
export function runView(r: JobRunRecord, registry: JobRegistry): TJobRun {
  const { regionCode: _r, leaseUntil: _l, ...rest } = r;
  return { ...rest, jobTitle: registry.get(r.jobName)?.title ?? r.jobName };
}

export function jobView(
  def: JobDefinition,
  schedule: ScheduleRecord | undefined,
  lastRun: JobRunRecord | undefined,
  registry: JobRegistry,
): TJob {
  return {
    name: def.name,
    title: def.title,
    description: def.description ?? null,
    execution: def.worker ? 'worker' : 'inline',
    schedule: def.schedule ?? null,
    scheduleText: def.schedule ? describeSchedule(def.schedule) : null,
    enabled: def.schedule ? (schedule?.enabled ?? true) : null,
    nextRunAt: schedule?.enabled ? schedule.nextRunAt : null,
    lastSlot: schedule?.lastSlot ?? null,
    version: schedule?.version ?? null,
    runnable: isRunnable(def),
    payloadSchema: def.payload ? z.toJSONSchema(def.payload, { io: 'input' }) : null,
    lastRun: lastRun ? runView(lastRun, registry) : null,
  };
}
