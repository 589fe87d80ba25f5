import { z } from 'zod';

/** Background jobs: recurring (scheduled) and one-off runs, as the API shows them. */
export const JOB_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];

/** `scheduled`: created by the scheduler for one slot; `oneoff`: enqueued by a module or run now by an admin. */
export const JOB_RUN_KINDS = ['scheduled', 'oneoff'] as const;
export type JobRunKind = (typeof JOB_RUN_KINDS)[number];

/** A daily time in China time (UTC+8), or every n minutes. */
export const ZJobSchedule = z.union([
  z.object({ every: z.literal('day'), at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }),
  z.object({ everyMinutes: z.number().int().min(1).max(1440) }),
]);
export type TJobSchedule = z.infer<typeof ZJobSchedule>;

export const ZJobRun = z.object({
  id: z.number().int(),
  jobName: z.string(),
  jobTitle: z.string(),
  kind: z.enum(JOB_RUN_KINDS),
  /** The scheduled instant the run computes for (a catch-up run keeps its missed slot). */
  slot: z.string(),
  status: z.enum(JOB_RUN_STATUSES),
  payload: z.unknown(),
  progressDone: z.number().int(),
  progressTotal: z.number().int().nullable(),
  /** Counts or other result the job reported (e.g. `{ deleted: 12 }`). */
  result: z.unknown(),
  error: z.string().nullable(),
  requestedBy: z.number().int().nullable(),
  requestedByName: z.string().nullable(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  cancelRequested: z.boolean(),
  leaseOwner: z.string().nullable(),
  heartbeatAt: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type TJobRun = z.infer<typeof ZJobRun>;

export const ZJob = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  /** `worker`: runs in a worker thread with its own database connection. */
  execution: z.enum(['inline', 'worker']),
  schedule: ZJobSchedule.nullable(),
  /** The schedule in words, e.g. 每天 03:00（北京时间）. */
  scheduleText: z.string().nullable(),
  /** Null for jobs without a schedule. */
  enabled: z.boolean().nullable(),
  nextRunAt: z.string().nullable(),
  lastSlot: z.string().nullable(),
  /** Version of the schedule row, for PUT (null without a schedule). */
  version: z.number().int().nullable(),
  /** Whether an administrator may start it with run-now. */
  runnable: z.boolean(),
  /** JSON Schema of the payload run-now accepts, when it takes one. */
  payloadSchema: z.unknown(),
  lastRun: ZJobRun.nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobUpdate = z.object({
  enabled: z.boolean({ message: '请选择启用或停用' }),
  version: z.number().int().positive(),
});
export type TJobUpdate = z.infer<typeof ZJobUpdate>;

export const ZJobRunRequest = z.object({ payload: z.unknown().optional() });
