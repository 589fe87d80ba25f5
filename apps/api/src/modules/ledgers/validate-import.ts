import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { JobContext, JobResult } from '../../platform/jobs/job-types';
import { LedgerImportsRepository, type LedgerImportRecord } from './ledger-imports.repository';
import type { LedgerWorkerInput } from './ledger-jobs';
import { ReportWriter } from './report-writer';
import { checkedRows, type CheckedSheetRow } from './row-source';
import { settleFailure } from './settle';
import { Tally, noteOf } from './tally';
import type { LedgerWorkerDeps } from './worker-deps';
import { repackXlsx } from './zip-repack';

/** Rows checked against the register together (one query per key kind per batch). */
const BATCH = 500;

const reportName = (fileName: string) => `${fileName.replace(/\.xlsx$/i, '')}_校验报告.xlsx`;

/**
 * The check of an uploaded ledger, in a worker thread and outside any transaction: every row through
 * the ledger's rules, duplicates within the file and against the register, and a report — the same
 * sheet with an error column — stored as a file. Nothing of the ledger is written.
 */
export async function validateImport(ctx: JobContext<LedgerWorkerInput>, deps: LedgerWorkerDeps): Promise<JobResult> {
  const imp = await new LedgerImportsRepository(ctx.db).find(ctx.payload.importId);
  if (!imp || imp.status !== 'validating') return { skipped: imp?.status ?? 'missing' };
  try {
    return await check(ctx, deps, imp);
  } catch (e) {
    await settleFailure(ctx, imp, e, ['validating'], '校验未完成');
    throw e;
  }
}

async function check(
  ctx: JobContext<LedgerWorkerInput>,
  deps: LedgerWorkerDeps,
  imp: LedgerImportRecord,
): Promise<JobResult> {
  const def = deps.definitions.get(imp.kind)!;
  const checker = await def.open(ctx.db, imp.regionCode);
  const widths = new Map(def.columns.map((c) => [c.header, c.width ?? 16]));
  await mkdir(deps.tmpDir, { recursive: true });
  const written = path.join(deps.tmpDir, `${randomUUID()}.xlsx`);
  const packed = path.join(deps.tmpDir, `${randomUUID()}.xlsx`);
  const out = createWriteStream(written);
  let report: ReportWriter | null = null;
  const tally = new Tally();
  let batch: CheckedSheetRow<unknown>[] = [];

  const flush = async () => {
    const taken = await checker.taken(
      ctx.db,
      batch.flatMap((r) => r.checked.keys),
    );
    for (const r of batch) {
      for (const k of r.checked.keys) {
        const message = taken.get(`${k.kind}:${k.value}`);
        if (message) r.checked.errors.push({ column: k.column, message });
      }
      tally.add(r.rowNo, r.checked);
      await report!.add(r.values, noteOf(r.checked));
    }
    batch = [];
  };

  let file;
  try {
    const { stream } = await deps.files.open(imp.fileId);
    const at = ctx.clock.now();
    const rows = checkedRows(stream, { name: imp.sheetName, fileNo: imp.sheetFileNo }, def.columns, checker, (h) => {
      report = new ReportWriter(out, h, { sheetName: imp.sheetName, widths, by: ctx.actor.name, at });
    });
    ctx.progress(0, imp.estimatedRows);
    for await (const row of rows) {
      batch.push(row as CheckedSheetRow<unknown>);
      if (batch.length >= BATCH) {
        await flush();
        ctx.progress(row.rowNo - 1, imp.estimatedRows);
        ctx.throwIfCancelled();
      }
    }
    if (batch.length) await flush();
    await (report ?? new ReportWriter(out, [], { sheetName: imp.sheetName, widths, by: ctx.actor.name, at })).finish();
    await finished(out);
    await repackXlsx(written, packed);
    file = await deps.files.store({
      purpose: 'ledger_report',
      name: reportName(imp.fileName),
      body: createReadStream(packed),
      owner: { type: 'ledger_import', id: String(imp.id) },
      actor: ctx.actor,
      regionCode: imp.regionCode,
    });
  } finally {
    out.destroy();
    await rm(written, { force: true });
    await rm(packed, { force: true });
  }

  if (tally.total === 0) tally.errors.push({ row: 2, column: '', message: '表格中没有数据行' });
  const status = tally.errorRows > 0 || tally.total === 0 ? 'invalid' : 'ready';
  const now = ctx.clock.now().toISOString();
  const counts = tally.counts();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await new LedgerImportsRepository(trx).update(imp.id, ['validating'], {
      ...counts,
      status,
      errors: tally.errors,
      warnings: tally.warnings,
      reportFileId: file.id,
      validatedAt: now,
      updatedAt: now,
    });
    if (!moved) return;
    await ctx.audit.record(trx, ctx.actor, {
      action: 'validate',
      entity: 'ledger_import',
      entityId: imp.id,
      regionCode: imp.regionCode,
      summary: `台账校验：${counts.totalRows}行，${counts.errorRows}行有误，${counts.pilotRows}行为试点地区代码`,
      after: { status, ...counts, reportFileId: file.id },
    });
  });
  ctx.progress(counts.totalRows, counts.totalRows);
  return { status, ...counts };
}
