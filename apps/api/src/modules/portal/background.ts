import type { Kysely } from 'kysely';
import type { DatabaseOptions } from '../../db/database';
import type { DB } from '../../db/schema';
import type { JobContext, JobResult } from '../../platform/jobs/job-types';
import { runInWorker } from '../../platform/jobs/worker-host';
import { OrgCountsQuery } from '../orgs/public/org-counts.query';
import { CommunityOrgsSource } from './community-orgs.source';

/**
 * Up to this many register rows the public jobs run on the main thread: a few pages of a few milliseconds
 * each, cheaper than starting a worker thread. Beyond it (a city-sized register and up) they run in a
 * worker thread with its own connection, so the API keeps answering while they read for seconds or minutes.
 */
export const IN_PROCESS_MAX_ROWS = 20_000;

export async function needsWorker(db: Kysely<DB>): Promise<boolean> {
  const orgs = await new OrgCountsQuery(db).sizeCapped(IN_PROCESS_MAX_ROWS);
  const community = await new CommunityOrgsSource(db).sizeCapped(IN_PROCESS_MAX_ROWS);
  return orgs + community > IN_PROCESS_MAX_ROWS;
}

/**
 * Runs a worker module for the job the context belongs to: same run, actor, clock, progress and cancel.
 * `input` becomes the worker's payload in memory only (the stored run keeps its own payload).
 */
export async function runJobInWorker(
  ctx: JobContext<unknown>,
  entry: URL,
  input: unknown,
  database: DatabaseOptions,
): Promise<JobResult> {
  const result = await runInWorker({
    entry,
    run: {
      id: ctx.runId,
      jobName: ctx.jobName,
      slot: ctx.slot.toISOString(),
      payload: input,
      requestedBy: ctx.actor.userId,
      requestedByName: ctx.actor.userId === null ? null : ctx.actor.name,
      regionCode: ctx.actor.regionCode,
    },
    database,
    clock: ctx.clock,
    signal: ctx.signal,
    stopGraceMs: 30_000,
    onProgress: (p) => ctx.progress(p.done, p.total),
    log: ctx.log,
  });
  return result ?? undefined;
}
