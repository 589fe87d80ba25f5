import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql } from 'kysely';
import { putSetting } from '../../settings';
import { runWorkerJob } from '../worker-runtime';
import { SELFTEST_SETTING, type TSelftestPayload } from './selftest.job';

/** Holds the thread without returning to the event loop, as a long synchronous SQLite call does. */
function block(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

runWorkerJob<TSelftestPayload>(async (ctx) => {
  const { steps, stepMs, failAt, exitAt } = ctx.payload;
  ctx.progress(0, steps);
  for (let i = 1; i <= steps; i++) {
    ctx.throwIfCancelled();
    block(stepMs);
    // Real synchronous work on the worker's own connection: a scan of the region table.
    await sql`select count(*) as n from regions where name like ${'%镇%'}`.execute(ctx.db);
    if (i === failAt) throw new Error(`自检任务按要求在第 ${i} 步失败`);
    if (i === exitAt) process.exit(3);
    // One short write per step, never a long transaction: the API thread may be waiting to write.
    const value = JSON.stringify({ runId: ctx.runId, step: i, slot: ctx.slot.toISOString() });
    await putSetting(ctx.db, SELFTEST_SETTING, value, ctx.clock.now().toISOString());
    ctx.progress(i, steps);
    await yieldToLoop();
  }
  await ctx.db.transaction().execute((trx) =>
    ctx.audit.record(trx, ctx.actor, {
      action: 'selftest',
      entity: 'job_run',
      entityId: ctx.runId,
      regionCode: ctx.actor.regionCode,
      summary: `平台自检完成：${steps} 步`,
    }),
  );
  return { steps, written: steps };
});
