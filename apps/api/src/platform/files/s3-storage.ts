import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { FileStorageConfig } from '../config';
import { AppError } from '../errors';
import { assertStorageKey } from './storage-key';
import type { FileStorage, StoredObject } from './storage';

type S3Config = Extract<FileStorageConfig, { kind: 's3' }>;

const isNotFound = (e: unknown) =>
  e instanceof S3ServiceException &&
  (e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata.httpStatusCode === 404);

function unavailable(e: unknown): AppError {
  const err = new AppError('STORAGE_UNAVAILABLE');
  (err as { cause?: unknown }).cause = e;
  return err;
}

/** An S3-compatible bucket (AWS, MinIO, 阿里云 OSS, 腾讯云 COS …); path-style addressing by configuration. */
export class S3Storage implements FileStorage {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(c: S3Config) {
    this.bucket = c.bucket;
    this.client = new S3Client({
      endpoint: c.endpoint,
      region: c.region,
      forcePathStyle: c.forcePathStyle,
      credentials: c.credentials,
      // Integrity is ours (SM3 on every read); the SDK's default CRC trailers break many S3-compatible servers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private key(key: string): string {
    assertStorageKey(key);
    return key;
  }

  async put(key: string, body: Buffer | Readable, size: number): Promise<void> {
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: this.key(key),
      Body: body,
      ContentLength: size,
      ContentType: 'application/octet-stream',
    });
    try {
      await this.client.send(command);
    } catch (e) {
      throw unavailable(e);
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
      return { body: r.Body as Readable, size: Number(r.ContentLength ?? 0) };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw unavailable(e);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
    } catch (e) {
      if (!isNotFound(e)) throw unavailable(e);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw unavailable(e);
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}
