import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { TFileRecord } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/auth-user';
import type { FileService } from '../files/files.service';
import { contentDisposition } from '../files/names';
import type { OwnerRef } from '../files/purposes';
import { chinaStamp } from './format';
import { writeXlsx, type ExportColumn, type SheetResult } from './xlsx-writer';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportSpec<T> {
  /** The audit entity of the list ('user', 'audit_log'). */
  list: string;
  /** Chinese name of the list: sheet title and file name ("账号列表"). */
  title: string;
  columns: readonly ExportColumn<T>[];
  /** The list's own query, keyset-paged (see `keysetRows`), with the user's read scope applied. */
  rows: AsyncIterable<T>;
  filter: { params: Record<string, unknown>; description: string };
  actor: Actor;
}

/** Pulls the first row before anything is sent, so a failing query still answers in our error shape. */
async function prefetched<T>(rows: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const it = rows[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        if (first.done) return;
        yield first.value;
        for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
      } finally {
        await it.return?.();
      }
    },
  };
}

/**
 * Excel exports of any list: streamed row by row, watermarked with who exported and when, and one
 * audit row per export naming the list, the filter and the row count. The audit row is written
 * before the file is finished, so no complete export exists without one.
 */
export class ExportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly files: FileService,
  ) {}

  /** The export's moment, for columns that depend on it (a lock that has run out). */
  now(): Date {
    return this.clock.now();
  }

  /** Streams the export as the HTTP response. */
  async send<T>(reply: FastifyReply, spec: ExportSpec<T>): Promise<FastifyReply> {
    const at = this.clock.now();
    const rows = await prefetched(spec.rows);
    const out = new PassThrough();
    this.run(out, { ...spec, rows }, at).catch((err) => {
      reply.log.error({ err, list: spec.list }, 'export failed');
      out.destroy(err);
    });
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', contentDisposition(`${spec.title}_${chinaStamp(at)}.xlsx`))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(out);
  }

  /** For background jobs: the export as a stored file, readable by the exporting account only. */
  async toFile<T>(spec: ExportSpec<T>, owner?: OwnerRef): Promise<TFileRecord> {
    const at = this.clock.now();
    const out = new PassThrough();
    const stored = this.files.store({
      purpose: 'export',
      name: `${spec.title}_${chinaStamp(at)}.xlsx`,
      body: out,
      owner: owner ?? (spec.actor.userId === null ? null : { type: 'user', id: String(spec.actor.userId) }),
      actor: spec.actor,
    });
    const written = this.run(out, spec, at).then(
      (r) => {
        if (!r.completed) throw new Error(`export of ${spec.list} stopped after ${r.rowCount} rows`);
      },
      (err) => {
        out.destroy(err);
        throw err;
      },
    );
    const [file] = await Promise.all([stored, written]);
    return file;
  }

  private async run<T>(out: Writable, spec: ExportSpec<T>, at: Date): Promise<SheetResult> {
    let count = 0;
    let audited = false;
    const record = async (rowCount: number, completed: boolean) => {
      await this.db.transaction().execute((trx) =>
        this.audit.record(trx, spec.actor, {
          action: 'export',
          entity: spec.list,
          regionCode: spec.actor.regionCode,
          summary: `导出${spec.title}，共 ${rowCount} 行${completed ? '' : '（未完成）'}`,
          after: {
            filter: spec.filter.params,
            filterText: spec.filter.description,
            columns: spec.columns.map((c) => c.key),
            rowCount,
            completed,
          },
        }),
      );
      audited = true;
    };
    async function* counted() {
      for await (const row of spec.rows) {
        count++;
        yield row;
      }
    }
    try {
      const result = await writeXlsx(out, {
        title: spec.title,
        columns: spec.columns,
        rows: counted(),
        watermark: { by: spec.actor.name, at, filter: spec.filter.description },
        beforeFinish: (n) => record(n, true),
      });
      if (!result.completed) await record(result.rowCount, false);
      return result;
    } catch (e) {
      if (!audited) await record(count, false).catch(() => undefined);
      throw e;
    }
  }
}
