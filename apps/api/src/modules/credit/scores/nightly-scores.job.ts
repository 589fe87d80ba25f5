import { z } from 'zod';
import type { JobDefinition } from '../../../platform/jobs/job-types';
import { NIGHTLY_SCORES_JOB } from './nightly-scores';

/**
 * 02:30 China time, after the lists' daily rules (02:00) have moved and removed listings: every registered
 * organization's score, in a worker thread with its own connection (a million organizations take minutes
 * of reading; the API keeps answering). Also started after a new scheme version is saved.
 */
/** A saved scheme queues a run with `cause: 'scheme'`, so the history says why the scores moved. */
export const ZNightlyScoresPayload = z
  .object({ cause: z.enum(['nightly', 'scheme']).optional().describe('重算原因') })
  .nullable()
  .optional();

export const nightlyScoresJob: JobDefinition<z.infer<typeof ZNightlyScoresPayload>> = {
  name: NIGHTLY_SCORES_JOB,
  title: '信用评分每日重算',
  description: '按当前评分方案重算全部已登记社会组织的信用分和等级，只写入有变化的记录',
  schedule: { every: 'day', at: '02:30' },
  runnable: true,
  payload: ZNightlyScoresPayload,
  worker: new URL('./nightly-scores.worker.ts', import.meta.url),
};
