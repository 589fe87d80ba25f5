import { z } from 'zod';
import type { JobDefinition } from '../job-types';

export const SELFTEST_SETTING = 'jobs.selftest.last';

export const ZSelftestPayload = z.object({
  steps: z.number().int().min(1, '步数至少为1').max(10_000, '步数不能超过10000').default(20).describe('步数'),
  stepMs: z
    .number()
    .int()
    .min(0)
    .max(2_000, '每步耗时不能超过2000毫秒')
    .default(50)
    .describe('每步同步阻塞线程的毫秒数（模拟耗时的同步 SQLite 查询）'),
  failAt: z.number().int().min(1).optional().describe('在第几步故意失败（检验失败记录）'),
  exitAt: z.number().int().min(1).optional().describe('在第几步让工作线程直接退出（检验异常退出）'),
});
export type TSelftestPayload = z.infer<typeof ZSelftestPayload>;

/**
 * Diagnostic job for administrators: proves that workers start, open their own connection, write,
 * report progress, notice cancellation and keep failures. It changes nothing but one settings row
 * (`jobs.selftest.last`) and one audit entry.
 */
export const selftestJob: JobDefinition<TSelftestPayload> = {
  name: 'platform.selftest',
  title: '平台自检（诊断用）',
  description: '在工作线程中分步执行小额写入并报告进度，可按参数故意失败，用于检查后台任务机制是否正常',
  payload: ZSelftestPayload,
  runnable: true,
  worker: new URL('./selftest.worker.ts', import.meta.url),
};
