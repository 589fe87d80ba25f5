import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { OpenDataFormat, WrittenFile } from './dump-writer';

export interface OpenDataRecord {
  name: string;
  dataset: WrittenFile['dataset'];
  format: OpenDataFormat;
  part: number;
  fileId: number;
  rows: number;
  bytes: number;
  sha256: string;
  generatedAt: string;
}

/** The files of the bulk download; exactly one current generation is served. */
export class OpenDataRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('openDataFiles')
      .select([
        'name',
        'dataset',
        'format',
        'part',
        'fileId',
        'rowCount as rows',
        'byteSize as bytes',
        'sha256',
        'generatedAt',
      ])
      .where('current', '=', true);
  }

  async current(): Promise<OpenDataRecord[]> {
    const rows = await this.base().orderBy('dataset').orderBy('format').orderBy('part').execute();
    return rows.map(map);
  }

  async currentByName(name: string): Promise<OpenDataRecord | undefined> {
    const r = await this.base().where('name', '=', name).executeTakeFirst();
    return r && map(r);
  }

  /** Retires the current generation and makes `files` current, in the caller's transaction. */
  async replaceCurrent(files: Omit<OpenDataRecord, 'generatedAt'>[], generatedAt: string): Promise<void> {
    await this.db.updateTable('openDataFiles').set({ current: false }).where('current', '=', true).execute();
    await this.db
      .insertInto('openDataFiles')
      .values(
        files.map((f) => ({
          name: f.name,
          dataset: f.dataset,
          format: f.format,
          part: f.part,
          fileId: f.fileId,
          rowCount: f.rows,
          byteSize: f.bytes,
          sha256: f.sha256,
          generatedAt,
          current: true,
        })),
      )
      .execute();
  }
}

function map(r: {
  name: string;
  dataset: string;
  format: string;
  part: number;
  fileId: number;
  rows: number;
  bytes: number;
  sha256: string;
  generatedAt: string;
}): OpenDataRecord {
  return {
    ...r,
    dataset: r.dataset as OpenDataRecord['dataset'],
    format: r.format as OpenDataFormat,
    fileId: Number(r.fileId),
    bytes: Number(r.bytes),
  };
}

/** Settings key: when the daily job last confirmed the current files. */
export const OPEN_DATA_CHECKED = 'open_data.checked_at';
