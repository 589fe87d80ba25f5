import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../config';
import { LocalDiskStorage } from './local-storage';
import { S3Storage } from './s3-storage';

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
  if (c.kind === 's3') return new S3Storage(c);
  return new LocalDiskStorage(path.join(config.dataDir, 'files'));
}
