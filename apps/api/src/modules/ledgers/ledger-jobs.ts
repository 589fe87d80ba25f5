import { z } from 'zod';
import type { DatabaseOptions } from '../../db/database';
import type { Config } from '../../platform/config';
import type { JobDefinition } from '../../platform/jobs/job-types';
import { runInWorker } from '../../platform/jobs/worker-host';

export const LEDGER_VALIDATE_JOB = 'ledgers.validate';
export const LEDGER_COMMIT_JOB = 'ledgers.commit';

const ZPayload = z.object({ importId: z.number().int().positive() });
type Payload = z.infer<typeof ZPayload>;

/**
 * What the worker thread gets: the import, and in memory only (never in the stored payload) the data key
 * that encrypts ID numbers and where files live.
 */
export interface LedgerWorkerInput extends Payload {
  mode: 'validate' | 'commit';
  dataKeyHex: string;
  dataDir: string;
  fileStorage: Config['fileStorage'];
}

function ledgerJob(
  mode: LedgerWorkerInput['mode'],
  meta: { name: string; title: string; description: string },
  deps: { config: Config; workerDatabase: () => DatabaseOptions },
): JobDefinition<Payload> {
  return {
    ...meta,
    payload: ZPayload,
    // A run whose instance died is tried once more: a commit rolled back whole, a check starts over.
    maxAttempts: 2,
    run: (ctx) => {
      const input: LedgerWorkerInput = {
        importId: ctx.payload.importId,
        mode,
        dataKeyHex: deps.config.dataKey.toString('hex'),
        dataDir: deps.config.dataDir,
        fileStorage: deps.config.fileStorage,
      };
      return runInWorker({
        entry: new URL('./ledger.worker.ts', import.meta.url),
        run: {
          id: ctx.runId,
          jobName: ctx.jobName,
          slot: ctx.slot.toISOString(),
          payload: input,
          requestedBy: ctx.actor.userId,
          requestedByName: ctx.actor.userId === null ? null : ctx.actor.name,
          regionCode: ctx.actor.regionCode,
        },
        database: deps.workerDatabase(),
        clock: ctx.clock,
        signal: ctx.signal,
        stopGraceMs: 30_000,
        onProgress: (p) => ctx.progress(p.done, p.total),
        log: ctx.log,
      }).then((r) => r ?? undefined);
    },
  };
}

/** The two background steps of an Excel ledger import, each in a worker thread with its own connection. */
export function ledgerJobs(deps: { config: Config; workerDatabase: () => DatabaseOptions }): JobDefinition<Payload>[] {
  return [
    ledgerJob(
      'validate',
      {
        name: LEDGER_VALIDATE_JOB,
        title: '台账校验',
        description: '逐行校验上传的 Excel 台账（不写入数据），生成带错误说明的校验报告',
      },
      deps,
    ),
    ledgerJob(
      'commit',
      {
        name: LEDGER_COMMIT_JOB,
        title: '台账导入',
        description: '在一个事务中写入已通过校验的台账：全部成功或全部不写入',
      },
      deps,
    ),
  ];
}
