import { z } from 'zod';
import type { DatabaseOptions } from '../../db/database';
import { chinaDate } from '../../platform/clock';
import type { JobDefinition } from '../../platform/jobs/job-types';
import { needsWorker, runJobInWorker } from '../portal/background';
import { refreshStatCounters } from './stat-counters';

export const ZStatsRefreshPayload = z
  .object({ worker: z.boolean().optional().describe('在工作线程中执行（默认：登记库超过2万条时）') })
  .nullable();

/**
 * Every 10 minutes: counts the whole register by province (one pass — seconds at a million organizations)
 * and replaces the province and national counters the public statistics read. City, county and township
 * figures are always counted live.
 */
export function statsRefreshJob(deps: {
  workerDatabase: () => DatabaseOptions;
}): JobDefinition<z.infer<typeof ZStatsRefreshPayload>> {
  return {
    name: 'stats.refresh',
    title: '刷新省级和全国统计数',
    description: '按省统计已登记社会组织和备案社区社会组织数量，供公开统计的省级、全国数据使用',
    schedule: { everyMinutes: 10 },
    runnable: true,
    payload: ZStatsRefreshPayload,
    run: async (ctx) => {
      if (ctx.payload?.worker || (await needsWorker(ctx.db))) {
        return runJobInWorker(ctx, new URL('./stats-refresh.worker.ts', import.meta.url), null, deps.workerDatabase());
      }
      return refreshStatCounters(ctx.db, chinaDate(ctx.slot), ctx.clock.now().toISOString(), (d, t) =>
        ctx.progress(d, t),
      );
    },
  };
}
