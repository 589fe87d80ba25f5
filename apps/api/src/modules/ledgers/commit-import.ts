import { JobCancelledError, type JobContext, type JobResult } from '../../platform/jobs/job-types';
import type { RowKey } from './ledger-kind';
import { LedgerImportsRepository, type LedgerImportRecord } from './ledger-imports.repository';
import type { LedgerWorkerInput } from './ledger-jobs';
import { checkedRows } from './row-source';
import { LedgerRefusal, failureText, settleFailure } from './settle';
import { Tally } from './tally';
import type { LedgerWorkerDeps } from './worker-deps';

/** Records written per statement batch inside the one transaction (progress and cancellation in between). */
const CHUNK = 2000;
/** Keys checked per query against the register inside the transaction. */
const KEYS_PER_CHECK = 2000;

/**
 * Writes a checked ledger, all or nothing. The stored file is read again (its checksum is verified as
 * it streams) and every row re-checked outside any transaction, the records are prepared (ID numbers
 * encrypted), and only then one transaction opens: uniqueness against the register is checked again
 * inside it (rows may have appeared since the check), the records go in in chunks, one audit row
 * names the file, its checksum, the counts and any override, and the import becomes `committed`. Any
 * failure rolls all of it back. On SQLite the transaction is IMMEDIATE and holds the write lock until
 * it ends: other writers wait, readers go on (WAL).
 */
export async function commitImport(ctx: JobContext<LedgerWorkerInput>, deps: LedgerWorkerDeps): Promise<JobResult> {
  const imp = await new LedgerImportsRepository(ctx.db).find(ctx.payload.importId);
  if (!imp) return { skipped: 'missing' };
  if (imp.status === 'committed') return { committed: imp.committedCount };
  if (imp.status !== 'committing') return { skipped: imp.status };
  try {
    return await commit(ctx, deps, imp);
  } catch (e) {
    await settleFailure(ctx, imp, e, ['committing'], '导入未完成');
    if (e instanceof JobCancelledError) throw e;
    throw new LedgerRefusal(failureText(e, '导入未完成'));
  }
}

async function commit(
  ctx: JobContext<LedgerWorkerInput>,
  deps: LedgerWorkerDeps,
  imp: LedgerImportRecord,
): Promise<JobResult> {
  const def = deps.definitions.get(imp.kind)!;
  const checker = await def.open(ctx.db, imp.regionCode);
  const expected = imp.totalRows ?? imp.estimatedRows;
  const steps = expected * 2;
  const tally = new Tally();
  // Prepared (encrypted, register-shaped) a chunk at a time as the rows stream in: the checked records of
  // a chunk are dropped once prepared, so the import holds one copy of the ledger, not two.
  const prepareOpts = { overridePilotCodes: imp.overridePilotCodes, actor: ctx.actor };
  const prepared: unknown[] = [];
  let records: unknown[] = [];
  const keys: { key: RowKey; rowNo: number }[] = [];
  const pilotCodes: string[] = [];
  ctx.progress(0, steps);

  const { stream } = await deps.files.open(imp.fileId);
  const sheet = { name: imp.sheetName, fileNo: imp.sheetFileNo };
  for await (const r of checkedRows(stream, sheet, def.columns, checker, () => undefined)) {
    tally.add(r.rowNo, r.checked);
    if (r.checked.value) records.push(r.checked.value);
    // (A pilot-area code without the override is refused below, with its own message.)
    if (records.length === CHUNK && (imp.overridePilotCodes || tally.pilotRows === 0)) {
      prepared.push(...checker.prepare(records, prepareOpts));
      records = [];
    }
    for (const key of r.checked.keys) keys.push({ key, rowNo: r.rowNo });
    if (r.checked.pilot) pilotCodes.push(r.checked.keys.find((k) => k.kind === 'uscc')?.value ?? '');
    if (tally.total % 1000 === 0) {
      ctx.progress(tally.total, steps);
      ctx.throwIfCancelled();
    }
  }
  if (tally.errorRows > 0 || tally.total === 0) {
    const first = tally.errors[0];
    throw new LedgerRefusal(
      `数据在校验之后发生了变化：${tally.errorRows}行不再符合要求` +
        (first ? `（如第${first.row}行 ${first.column}：${first.message}）` : '') +
        '，本次导入未写入任何数据，请重新上传校验',
    );
  }
  if (tally.pilotRows > 0 && !imp.overridePilotCodes) {
    throw new LedgerRefusal('有统一社会信用代码仅第18位校验码不符，未确认保留试点地区代码，本次导入未写入任何数据');
  }
  prepared.push(...checker.prepare(records, prepareOpts));
  records.length = 0;
  const basis = `台账导入 #${imp.id}（${imp.fileName}）`;
  ctx.throwIfCancelled();

  const opened = Date.now();
  const written = await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < keys.length; i += KEYS_PER_CHECK) {
      const slice = keys.slice(i, i + KEYS_PER_CHECK);
      const taken = await checker.taken(
        trx,
        slice.map((s) => s.key),
      );
      const hit = taken.size ? slice.find((s) => taken.has(`${s.key.kind}:${s.key.value}`)) : undefined;
      if (hit) {
        throw new LedgerRefusal(
          `第${hit.rowNo}行 ${hit.key.column}：${taken.get(`${hit.key.kind}:${hit.key.value}`)}（校验之后已有相同记录写入），本次导入未写入任何数据`,
        );
      }
    }
    let n = 0;
    for (let i = 0; i < prepared.length; i += CHUNK) {
      ctx.throwIfCancelled();
      n += await checker.insert(trx, prepared.slice(i, i + CHUNK), { actor: ctx.actor, basis });
      ctx.progress(expected + n, steps);
    }
    await ctx.audit.record(trx, ctx.actor, {
      action: 'import',
      entity: 'ledger_import',
      entityId: imp.id,
      regionCode: imp.regionCode,
      summary: `${def.title}导入：${n}条${pilotCodes.length ? `（其中${pilotCodes.length}条经确认保留试点地区代码）` : ''}`,
      after: {
        kind: imp.kind,
        fileId: imp.fileId,
        fileName: imp.fileName,
        fileChecksum: imp.fileChecksum,
        rows: n,
        overridePilotCodes: imp.overridePilotCodes,
        pilotCodes,
      },
    });
    const now = ctx.clock.now().toISOString();
    const moved = await new LedgerImportsRepository(trx).update(imp.id, ['committing'], {
      status: 'committed',
      committedCount: n,
      committedAt: now,
      updatedAt: now,
    });
    if (!moved) throw new LedgerRefusal('导入已被取消或已处理，本次未写入任何数据');
    return n;
  });
  ctx.progress(steps, steps);
  // How long the write transaction was open (on SQLite: how long other writers waited at most).
  return { committed: written, transactionMs: Date.now() - opened };
}
