import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors';
import { assertStorageKey } from './storage-key';
import type { FileStorage, StoredObject } from './storage';

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';
const isFull = (e: unknown) => ['ENOSPC', 'EDQUOT'].includes((e as NodeJS.ErrnoException).code ?? '');

/**
 * Files under DATA_DIR/files/<ab>/<cd>/<uuid>. A write goes to a temporary file in the same file
 * system first and is renamed into place, so a reader never sees half a file.
 */
export class LocalDiskStorage implements FileStorage {
  readonly kind = 'local';
  private readonly tmpDir: string;

  constructor(readonly root: string) {
    this.tmpDir = path.join(root, '.tmp');
  }

  /** The path of a key; exposed for the tests that tamper with a stored file. */
  pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Buffer | Readable, _size: number): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = path.join(this.tmpDir, randomUUID());
    try {
      const input = Buffer.isBuffer(body) ? Readable.from([body]) : body;
      await pipeline(input, createWriteStream(tmp, { flags: 'wx', flush: true }));
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true });
      if (isFull(e)) throw new AppError('STORAGE_UNAVAILABLE', '文件存储空间不足，请联系管理员');
      throw e;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.pathOf(key);
    try {
      const { size } = await stat(file);
      return { body: createReadStream(file), size };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }
}
