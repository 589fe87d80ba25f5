import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../config';
import { LocalDiskStorage } from './local-storage';

export { assertStorageKey, newStorageKey } from './storage-key';

export interface StoredObject {
  body: Readable;
  size: number;
}

/** Where file contents live. Keys are made by `newStorageKey()`, never taken from a user. */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer | Readable, size: number): Promise<void>;
  /** The content, or null when nothing is stored under the key. */
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export function createFileStorage(config: Pick<Config, 'dataDir' | 'fileStorage'>): FileStorage {
  const c = config.fileStorage;
  if (c.kind === 's3') return lazyS3(c);
  return new LocalDiskStorage(path.join(config.dataDir, 'files'));
}

/** The S3 client library is large; it loads when the first file is read or written, not at start. */
function lazyS3(c: Extract<Config['fileStorage'], { kind: 's3' }>): FileStorage {
  let real: Promise<FileStorage> | undefined;
  const s3 = () => (real ??= import('./s3-storage').then((m) => new m.S3Storage(c)));
  return {
    kind: 's3',
    put: async (key, body, size) => (await s3()).put(key, body, size),
    get: async (key) => (await s3()).get(key),
    delete: async (key) => (await s3()).delete(key),
    exists: async (key) => (await s3()).exists(key),
  };
}
