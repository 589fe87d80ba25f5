import { runWorkerJob } from '../../platform/jobs/worker-runtime';
import { commitImport } from './commit-import';
import type { LedgerWorkerInput } from './ledger-jobs';
import { validateImport } from './validate-import';
import { ledgerWorkerDeps } from './worker-deps';

runWorkerJob<LedgerWorkerInput>(async (ctx) => {
  const deps = await ledgerWorkerDeps(ctx.db, ctx.clock, ctx.audit, ctx.payload);
  return ctx.payload.mode === 'validate' ? validateImport(ctx, deps) : commitImport(ctx, deps);
});
