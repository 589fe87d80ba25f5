import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { TOpenDataList } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/files.service';
import { getSetting } from '../../platform/settings';
import { OPEN_DATA_CHECKED, OpenDataRepository, type OpenDataRecord } from './open-data.repository';

/** The bulk download as the public sees it: the current files, and each file's content. */
export class OpenDataService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly files: FileService,
  ) {}

  async list(): Promise<TOpenDataList> {
    const current = await new OpenDataRepository(this.db).current();
    return {
      generatedAt: current[0]?.generatedAt ?? null,
      checkedAt: (await getSetting(this.db, OPEN_DATA_CHECKED)) ?? null,
      files: current.map(({ fileId: _f, ...f }) => f),
    };
  }

  /** The file's record and its content, checked against its SM3 checksum as it streams. */
  async open(name: string): Promise<{ record: OpenDataRecord; stream: Readable }> {
    const record = await new OpenDataRepository(this.db).currentByName(name);
    if (!record) throw notFound('该数据文件不存在');
    const { stream } = await this.files.open(record.fileId);
    return { record, stream };
  }
}
