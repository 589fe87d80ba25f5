import path from 'node:path';
import { z } from 'zod';
import type { DatabaseOptions } from '../../db/database';
import type { Config } from '../../platform/config';
import type { FileService } from '../../platform/files/files.service';
import type { JobDefinition } from '../../platform/jobs/job-types';
import { needsWorker, runJobInWorker } from '../portal/background';
import { generateOpenData } from './open-data.generate';

export const OPEN_DATA_JOB = 'open-data.generate';
export const DEFAULT_PART_BYTES = 64 * 1024 * 1024;

export const ZOpenDataPayload = z
  .object({
    partBytes: z
      .number()
      .int()
      .min(1024, '分卷大小至少为1024字节')
      .max(DEFAULT_PART_BYTES, '分卷大小不能超过64 MB')
      .optional()
      .describe('分卷大小（字节），默认 64 MB'),
    worker: z.boolean().optional().describe('在工作线程中执行（默认：登记库超过2万条时）'),
  })
  .nullable();

/** What the worker thread needs besides its database: where files go. Handed over in memory, never stored. */
export interface OpenDataWorkerInput {
  dataDir: string;
  fileStorage: Config['fileStorage'];
  partBytes: number;
}

/**
 * Daily: writes the whole public register as CSV and JSON Lines with its data dictionary and publishes the
 * files through the files service. A national register takes minutes of synchronous reads, so beyond a small
 * register the work runs in a worker thread; the storage settings reach it in memory, not through the run's
 * payload, which is kept in the database.
 */
export function openDataJob(deps: {
  dataDir: string;
  fileStorage: Config['fileStorage'];
  files: FileService;
  workerDatabase: () => DatabaseOptions;
}): JobDefinition<z.infer<typeof ZOpenDataPayload>> {
  return {
    name: OPEN_DATA_JOB,
    title: '生成开放数据批量下载文件',
    description: '导出全部公开登记信息（CSV、JSON Lines 和数据字典），数据未变化时不重新生成',
    schedule: { every: 'day', at: '02:30' },
    catchUp: 'latest',
    runnable: true,
    payload: ZOpenDataPayload,
    run: async (ctx) => {
      const partBytes = ctx.payload?.partBytes ?? DEFAULT_PART_BYTES;
      if (ctx.payload?.worker || (await needsWorker(ctx.db))) {
        const input: OpenDataWorkerInput = { dataDir: deps.dataDir, fileStorage: deps.fileStorage, partBytes };
        return runJobInWorker(ctx, new URL('./open-data.worker.ts', import.meta.url), input, deps.workerDatabase());
      }
      return generateOpenData(ctx, { files: deps.files, tmpRoot: path.join(deps.dataDir, 'tmp'), partBytes });
    },
  };
}
