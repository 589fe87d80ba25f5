import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { LocalDiskStorage } from './local-storage';
import { createFileStorage } from './storage';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const env = (extra: Record<string, string>) => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-fconfig-'));
  return { DATA_DIR: dir, ...extra };
};
const messageOf = (e: Record<string, string>) => {
  try {
    loadConfig(env(e));
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('configuration was accepted');
};

describe('file storage configuration', () => {
  it('stores files on local disk under DATA_DIR/files by default', () => {
    const c = loadConfig(env({}));
    expect(c.fileStorage).toEqual({ kind: 'local' });
    const storage = createFileStorage(c);
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).root).toBe(path.join(c.dataDir, 'files'));
  });

  it('selects an S3-compatible store with path-style addressing', () => {
    const c = loadConfig(
      env({
        FILE_STORAGE: 's3',
        S3_ENDPOINT: 'http://minio.local:9000',
        S3_BUCKET: 'shezu-files',
        S3_REGION: 'cn-east-1',
        S3_ACCESS_KEY_ID: 'AK',
        S3_SECRET_ACCESS_KEY: 'SK',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    );
    expect(c.fileStorage).toEqual({
      kind: 's3',
      endpoint: 'http://minio.local:9000',
      bucket: 'shezu-files',
      region: 'cn-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
    });
    // The S3 client loads on first use (test/files/s3.test.ts stores through it); the kind is known at once.
    expect(createFileStorage(c).kind).toBe('s3');
  });

  it('names each wrong variable: kind, endpoint, bucket, half a key pair', () => {
    expect(messageOf({ FILE_STORAGE: 'ftp' })).toContain('FILE_STORAGE="ftp": FILE_STORAGE must be local or s3');
    const m = messageOf({ FILE_STORAGE: 's3', S3_ENDPOINT: 'minio:9000', S3_BUCKET: 'Bad_Bucket' });
    expect(m).toContain('S3_ENDPOINT="minio:9000"');
    expect(m).toContain('S3_BUCKET="Bad_Bucket"');
    expect(messageOf({ FILE_STORAGE: 's3' })).toContain('S3_BUCKET is required when FILE_STORAGE=s3');
    const half = messageOf({ FILE_STORAGE: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'AK' });
    expect(half).toContain('S3_SECRET_ACCESS_KEY="": S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  });
});
