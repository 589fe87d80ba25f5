import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { LEDGER_MAX_ROWS, type LedgerKind, type TLedgerImport, type TLedgerImportListQuery } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import { SYSTEM_ACTOR, type Actor, type AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../platform/auth/guard';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/files.service';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../platform/http';
import type { JobsService } from '../../platform/jobs/jobs.service';
import { mapHeaders } from './header-map';
import type { LedgerDefinition } from './ledger-kind';
import { LedgerImportsRepository, type LedgerImportRecord } from './ledger-imports.repository';
import { LEDGER_COMMIT_JOB, LEDGER_VALIDATE_JOB } from './ledger-jobs';
import { ledgerTemplate } from './ledger-template';
import { ProbeError, probeXlsx, type XlsxProbe } from './xlsx-probe';

const NOT_READY: Record<string, string> = {
  validating: '校验尚未完成，请稍候',
  invalid: '台账有错误，不能导入：请下载校验报告，修改后重新上传',
  committing: '正在导入，请稍候',
  committed: '该台账已导入',
  failed: '该次导入已结束，请重新上传台账',
  cancelled: '该次导入已取消，请重新上传台账',
};

export function presentImport(r: LedgerImportRecord): TLedgerImport {
  const { sheetFileNo: _n, estimatedRows: _e, ...rest } = r;
  return rest;
}

/**
 * Excel ledgers (台账): the template, an upload's import record (the structure is checked at once, the
 * rows by a background check), the report, and the all-or-nothing commit, also in the background.
 */
export class LedgersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly jobs: JobsService,
    private readonly definitions: Map<LedgerKind, LedgerDefinition>,
    private readonly tmpDir: string,
  ) {}

  private def(kind: LedgerKind): LedgerDefinition {
    return this.definitions.get(kind)!;
  }

  async template(user: AuthUser, kind: LedgerKind, regionCode?: string): Promise<{ name: string; body: Buffer }> {
    assertAuthorized(user, 'ledgers.import');
    const def = this.def(kind);
    const lists = await def.templateLists(user, regionCode);
    return { name: `${def.title}导入模板.xlsx`, body: await ledgerTemplate(def, lists, user.displayName) };
  }

  /** Reads the upload's structure (which sheet, header row, merged headings, row count) before anything is queued. */
  private async probe(def: LedgerDefinition, fileId: number): Promise<XlsxProbe> {
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = path.join(this.tmpDir, randomUUID());
    try {
      const { stream } = await this.files.open(fileId);
      await pipeline(stream, createWriteStream(tmp));
      return await probeXlsx(tmp, [def.sheetName]);
    } catch (e) {
      if (e instanceof ProbeError) throw fieldError('fileId', e.message);
      throw e;
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async create(
    user: AuthUser,
    actor: Actor,
    kind: LedgerKind,
    input: { fileId: number; overridePilotCodes?: boolean; regionCode?: string | undefined },
  ): Promise<TLedgerImport> {
    assertAuthorized(user, 'ledgers.import');
    const def = this.def(kind);
    const region = await def.target(user, input.regionCode);
    const file = await this.files.get(user, input.fileId).catch(() => {
      throw fieldError('fileId', '文件不存在，请重新上传');
    });
    if (file.purpose !== 'ledger') throw fieldError('fileId', '请以“台账文件”（purpose=ledger）上传 Excel 台账');
    if (file.owner) throw fieldError('fileId', '该文件已用于另一次导入，请重新上传');
    const probe = await this.probe(def, file.id);
    const headers = mapHeaders(def.columns, probe.headers);
    const bad = (m: string) => fieldError('fileId', m);
    if (probe.mergedHeader.length)
      throw bad(`表头有合并单元格（${probe.mergedHeader.slice(0, 3).join('、')}）：请取消合并，每列一个表头后重新上传`);
    if (headers.missing.length)
      throw bad(
        `工作表“${probe.sheetName}”缺少必填列：${headers.missing.join('、')}（请使用下载的模板，不要修改表头）`,
      );
    if (headers.repeated.length) throw bad(`表头重复：${headers.repeated.join('、')}`);
    if (!probe.hasData) throw bad(`工作表“${probe.sheetName}”没有数据：请在表头下方逐行填写`);
    if (probe.rowElements > LEDGER_MAX_ROWS) {
      const m = `一次最多导入${LEDGER_MAX_ROWS.toLocaleString('zh-CN')}行，该表约有${probe.rowElements.toLocaleString('zh-CN')}行，请分成多个文件`;
      throw new AppError('PAYLOAD_TOO_LARGE', m, { fileId: m });
    }
    const now = this.clock.now().toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const repo = new LedgerImportsRepository(trx);
      const newId = await repo.insert({
        kind,
        regionCode: region,
        status: 'validating',
        fileId: file.id,
        fileName: file.name,
        fileChecksum: file.checksum,
        sheetName: probe.sheetName,
        sheetFileNo: probe.sheetFileNo,
        estimatedRows: probe.rowElements,
        overridePilotCodes: input.overridePilotCodes ?? false,
        createdBy: user.id,
        createdByName: actor.name,
        createdAt: now,
        updatedAt: now,
      });
      await this.files.attach(
        trx,
        actor,
        file.id,
        { type: 'ledger_import', id: String(newId) },
        {
          purpose: 'ledger',
          regionCode: region,
        },
      );
      const runId = await this.jobs.enqueue(trx, {
        name: LEDGER_VALIDATE_JOB,
        payload: { importId: newId },
        requestedBy: user,
      });
      await repo.update(newId, ['validating'], { jobRunId: runId });
      await this.audit.record(trx, actor, {
        action: 'create',
        entity: 'ledger_import',
        entityId: newId,
        regionCode: region,
        summary: `上传${def.title}：${file.name}（约${probe.rowElements}行）`,
        after: { kind, fileId: file.id, checksum: file.checksum, sheet: probe.sheetName, jobRunId: runId },
      });
      return newId;
    });
    this.jobs.kick();
    return this.get(user, id);
  }

  async list(
    user: AuthUser,
    q: TLedgerImportListQuery,
  ): Promise<{ items: TLedgerImport[]; nextCursor: string | null }> {
    const scope = readScopeCondition(user, 'ledgers.import', { region: 'l.regionCode' });
    const beforeId = decodeCursor(q.cursor, isPositiveInt);
    const rows = await new LedgerImportsRepository(this.db).list(
      scope,
      { kind: q.kind, status: q.status, createdBy: q.mine ? user.id : undefined, beforeId },
      q.limit + 1,
    );
    const items = rows.slice(0, q.limit).map(presentImport);
    return { items, nextCursor: rows.length > q.limit ? encodeCursor(items[items.length - 1]!.id) : null };
  }

  private async readable(user: AuthUser, id: number): Promise<LedgerImportRecord> {
    const imp = await new LedgerImportsRepository(this.db).find(id);
    if (!imp) throw notFound();
    assertAuthorized(user, 'ledgers.import', { regionCode: imp.regionCode, userId: imp.createdBy });
    return imp;
  }

  /** Imports are decided by those who may import for their region (the bureau, or the township). */
  private async decidable(user: AuthUser, id: number): Promise<LedgerImportRecord> {
    const imp = await this.readable(user, id);
    if ((await this.def(imp.kind).target(user, imp.regionCode)) !== imp.regionCode)
      throw new AppError('OUT_OF_DECISION_SCOPE');
    return imp;
  }

  async get(user: AuthUser, id: number): Promise<TLedgerImport> {
    return presentImport(await this.reconcile(user, await this.readable(user, id)));
  }

  /**
   * A worker that died without recording its end (the process was killed) leaves the import waiting;
   * its run says how it ended. The worker records every other ending itself.
   */
  private async reconcile(user: AuthUser, imp: LedgerImportRecord): Promise<LedgerImportRecord> {
    if ((imp.status !== 'validating' && imp.status !== 'committing') || !imp.jobRunId) return imp;
    const run = await this.jobs.getRun(user, imp.jobRunId).catch(() => null);
    if (!run || (run.status !== 'failed' && run.status !== 'cancelled')) return imp;
    const status = run.status === 'failed' ? 'failed' : 'cancelled';
    const failure = run.error ?? (status === 'cancelled' ? '已取消' : '后台任务异常结束');
    await this.db.transaction().execute(async (trx) => {
      const moved = await new LedgerImportsRepository(trx).update(imp.id, [imp.status], {
        status,
        failure,
        updatedAt: this.clock.now().toISOString(),
      });
      if (moved)
        await this.audit.record(trx, SYSTEM_ACTOR, {
          action: 'fail',
          entity: 'ledger_import',
          entityId: imp.id,
          regionCode: imp.regionCode,
          summary: `台账任务异常结束：${failure}`.slice(0, 500),
        });
    });
    return (await new LedgerImportsRepository(this.db).find(imp.id))!;
  }

  /** The check report; it holds the sheet's personal data, so each download is audited. */
  async report(user: AuthUser, actor: Actor, id: number): Promise<{ name: string; size: number; stream: Readable }> {
    const imp = await this.readable(user, id);
    if (!imp.reportFileId) throw notFound('校验报告尚未生成，请在校验完成后下载');
    const { file, stream } = await this.files.open(imp.reportFileId);
    try {
      await this.db.transaction().execute((trx) =>
        this.audit.record(trx, actor, {
          action: 'download',
          entity: 'ledger_import',
          entityId: imp.id,
          regionCode: imp.regionCode,
          summary: `下载台账校验报告：${file.safeName}`,
        }),
      );
    } catch (e) {
      stream.destroy();
      throw e;
    }
    return { name: file.safeName, size: file.size, stream };
  }

  async commit(user: AuthUser, actor: Actor, id: number, input: { overridePilotCodes?: boolean | undefined }) {
    const imp = await this.decidable(user, id);
    if (imp.status !== 'ready') throw new AppError('CONFLICT', NOT_READY[imp.status] ?? '当前状态不能导入');
    const override = input.overridePilotCodes ?? imp.overridePilotCodes;
    if ((imp.pilotRows ?? 0) > 0 && !override) {
      throw fieldError(
        'overridePilotCodes',
        `有${imp.pilotRows}行统一社会信用代码仅第18位校验码不符（可能是试点地区早期赋码）：核实无误的，须勾选“确认保留试点地区代码”后提交`,
      );
    }
    await this.db.transaction().execute(async (trx) => {
      const repo = new LedgerImportsRepository(trx);
      const runId = await this.jobs.enqueue(trx, {
        name: LEDGER_COMMIT_JOB,
        payload: { importId: id },
        requestedBy: user,
      });
      const moved = await repo.update(id, ['ready'], {
        status: 'committing',
        overridePilotCodes: override,
        jobRunId: runId,
        updatedAt: this.clock.now().toISOString(),
      });
      if (!moved) throw new AppError('CONFLICT', '该导入的状态已变化，请刷新');
      await this.audit.record(trx, actor, {
        action: 'commit',
        entity: 'ledger_import',
        entityId: id,
        regionCode: imp.regionCode,
        summary: `提交导入：${imp.fileName}（${imp.totalRows}行${override && imp.pilotRows ? `，确认保留${imp.pilotRows}个试点地区代码` : ''}）`,
        after: { jobRunId: runId, overridePilotCodes: override, pilotRows: imp.pilotRows, checksum: imp.fileChecksum },
      });
    });
    this.jobs.kick();
    return this.get(user, id);
  }

  async cancel(user: AuthUser, actor: Actor, id: number): Promise<TLedgerImport> {
    const imp = await this.decidable(user, id);
    const from = ['validating', 'ready', 'invalid'] as const;
    if (!(from as readonly string[]).includes(imp.status))
      throw new AppError('CONFLICT', imp.status === 'committing' ? '正在导入，不能取消' : '该导入已结束');
    await this.db.transaction().execute(async (trx) => {
      const moved = await new LedgerImportsRepository(trx).update(id, [...from], {
        status: 'cancelled',
        failure: '已取消',
        updatedAt: this.clock.now().toISOString(),
      });
      if (!moved) throw new AppError('CONFLICT', '该导入的状态已变化，请刷新');
      await this.audit.record(trx, actor, {
        action: 'cancel',
        entity: 'ledger_import',
        entityId: id,
        regionCode: imp.regionCode,
        summary: `取消台账导入：${imp.fileName}`,
        before: { status: imp.status },
      });
    });
    // The check stops early; had it finished first, it only finds the import cancelled.
    if (imp.status === 'validating' && imp.jobRunId)
      await this.jobs.cancel(user, actor, imp.jobRunId).catch(() => undefined);
    return this.get(user, id);
  }
}
