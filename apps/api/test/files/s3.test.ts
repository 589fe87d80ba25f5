import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileStorage, newStorageKey } from '../../src/platform/files/storage';
import { S3Storage } from '../../src/platform/files/s3-storage';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { upload } from './multipart';
import { samples } from './samples';

const BUCKET = 'shezu-files';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
let dir: string;
let server: S3rver;
let endpoint: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-s3-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const s3Config = (bucket = BUCKET) =>
  ({ kind: 's3', endpoint, bucket, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS }) as const;

describe('S3 storage against an S3-compatible server (s3rver)', () => {
  it('puts buffers and streams, gets them back with their size, deletes them', async () => {
    const storage = new S3Storage(s3Config());
    const a = newStorageKey();
    const b = newStorageKey();
    const text = Buffer.from('社会组织年度报告'.repeat(5000));
    await storage.put(a, samples.pdf, samples.pdf.length);
    await storage.put(b, Readable.from([text.subarray(0, 1000), text.subarray(1000)]), text.length);
    expect(await storage.exists(a)).toBe(true);
    const got = (await storage.get(b))!;
    expect(got.size).toBe(text.length);
    expect((await buffer(got.body)).equals(text)).toBe(true);
    await storage.delete(a);
    expect(await storage.exists(a)).toBe(false);
    expect(await storage.get(a)).toBeNull();
    await storage.delete(a); // deleting what is gone is not an error
    storage.destroy();
  });

  it('works through the store the configuration selects, which loads the S3 client on first use', async () => {
    const storage = createFileStorage({ dataDir: dir, fileStorage: s3Config() });
    expect(storage.kind).toBe('s3');
    const key = newStorageKey();
    await storage.put(key, samples.pdf, samples.pdf.length);
    const got = (await storage.get(key))!;
    expect((await buffer(got.body)).equals(samples.pdf)).toBe(true);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it('refuses keys it did not make', async () => {
    const storage = new S3Storage(s3Config());
    await expect(storage.put('../escape', samples.pdf, samples.pdf.length)).rejects.toThrow(/invalid storage key/);
    storage.destroy();
  });

  it('answers STORAGE_UNAVAILABLE (503) when the store cannot be reached', async () => {
    const storage = new S3Storage({ ...s3Config(), endpoint: 'http://127.0.0.1:9' });
    await expect(storage.put(newStorageKey(), samples.pdf, samples.pdf.length)).rejects.toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
      status: 503,
    });
    storage.destroy();
  });
});

describe(`the file service on S3 (${ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        FILE_STORAGE: 's3',
        S3_ENDPOINT: endpoint,
        S3_BUCKET: BUCKET,
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      },
    });
  });
  afterAll(() => t?.close());

  it('uploads to the bucket, not the data directory, and downloads with the checksum checked', async () => {
    const clerk = await t.client().as('yy-clerk');
    const res = await upload(clerk, 'attachment', '年检报告.pdf', samples.pdf);
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const row = await t.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.storage).toBe('s3');
    expect(existsSync(path.join(t.config.dataDir, 'files'))).toBe(false);
    const got = await clerk.get(`/api/files/${id}/content`);
    expect(got.rawPayload.equals(samples.pdf)).toBe(true);

    // Someone with access to the bucket swaps the content: the checksum catches it.
    const forged = Buffer.from(samples.pdf);
    forged[forged.length - 2] = 0x21;
    const raw = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: row.storageKey, Body: forged }));
    raw.destroy();
    const bad = await clerk.get(`/api/files/${id}/content`);
    expect(bad.statusCode).toBe(500);
    expect(bad.json().code).toBe('FILE_CORRUPTED');
    expect(createHash('sm3').update(forged).digest('hex')).not.toBe(row.checksum);
  });
});
