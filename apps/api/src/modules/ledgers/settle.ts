import type { LedgerImportStatus } from '@shezu/contracts';
import { AppError } from '../../platform/errors';
import { errorMessage } from '../../platform/jobs/job-context';
import { JobCancelledError, type JobContext } from '../../platform/jobs/job-types';
import { LedgerImportsRepository, type LedgerImportRecord } from './ledger-imports.repository';

/** A refusal the user can act on (its message is shown as it is). */
export class LedgerRefusal extends Error {}

/** A unique index refused a row: someone wrote the same credit code or name after the check. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

export function failureText(e: unknown, step: string): string {
  if (e instanceof LedgerRefusal || e instanceof AppError) return e.message;
  if (isUniqueViolation(e))
    return '写入时发现重复的统一社会信用代码或名称（校验之后已有相同记录写入），本次导入未写入任何数据';
  return `${step}：${errorMessage(e)}`;
}

/**
 * Records why a run stopped on the import (failed, or cancelled), in its own short transaction after the
 * run's own work was rolled back. Only moves the import from the status the run found it in.
 */
export async function settleFailure(
  ctx: JobContext<unknown>,
  imp: LedgerImportRecord,
  e: unknown,
  from: LedgerImportStatus[],
  step: string,
): Promise<void> {
  const cancelled = e instanceof JobCancelledError || ctx.isCancelled();
  const failure = cancelled ? '已取消' : failureText(e, step);
  const now = ctx.clock.now().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const status = cancelled ? 'cancelled' : 'failed';
      if (!(await new LedgerImportsRepository(trx).update(imp.id, from, { status, failure, updatedAt: now }))) return;
      await ctx.audit.record(trx, ctx.actor, {
        action: cancelled ? 'cancel' : 'fail',
        entity: 'ledger_import',
        entityId: imp.id,
        regionCode: imp.regionCode,
        summary:
          `台账${from.includes('committing') ? '导入' : '校验'}${cancelled ? '已取消' : '失败'}：${failure}`.slice(
            0,
            500,
          ),
      });
    });
  } catch (err) {
    ctx.log.error('could not record the failure of a ledger import', { importId: imp.id, err: errorMessage(err) });
  }
}
