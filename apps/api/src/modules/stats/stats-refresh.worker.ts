import { chinaDate } from '../../platform/clock';
import { runWorkerJob } from '../../platform/jobs/worker-runtime';
import { refreshStatCounters } from './stat-counters';

runWorkerJob(async (ctx) =>
  refreshStatCounters(ctx.db, chinaDate(ctx.slot), ctx.clock.now().toISOString(), (done, total) =>
    ctx.progress(done, total),
  ),
);
