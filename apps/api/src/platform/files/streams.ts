import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors';

export interface Spooled {
  size: number;
  /** SM3 of the content, hex. */
  checksum: string;
}

/**
 * Copies a stream into a new file while counting and hashing it. Stops as soon as the count passes
 * `maxBytes`, so an oversized upload is refused without reading (or storing) the rest of it.
 */
export async function spoolToFile(
  source: Readable | Buffer,
  target: string,
  maxBytes: number,
  tooLarge: () => AppError,
): Promise<Spooled> {
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
  const hash = createHash('sm3');
  let size = 0;
  let sourceFailed = false;
  input.once('error', () => (sourceFailed = true));
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(tooLarge());
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  try {
    await pipeline(input, meter, createWriteStream(target, { flags: 'wx', flush: true }));
  } catch (e) {
    if (e instanceof AppError) throw e;
    // A broken or aborted upload is the sender's problem, not a server error.
    if (sourceFailed) throw new AppError('BAD_REQUEST', '文件上传不完整，请重新上传', { file: '文件上传不完整' });
    throw e;
  }
  return { size, checksum: hash.digest('hex') };
}

/** Where a stored file's content no longer matches what was recorded at upload. */
export class IntegrityError extends AppError {
  constructor(
    readonly fileId: number,
    reason: string,
  ) {
    super('FILE_CORRUPTED', `文件已损坏或被篡改（${reason}），请联系管理员`);
  }
}

/**
 * Passes content through while hashing it; fails the stream instead of ending it when the size or
 * the SM3 checksum differs from the record, so a tampered file is never delivered as complete.
 */
export function verifyingStream(fileId: number, expected: Spooled): Transform {
  const hash = createHash('sm3');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > expected.size) return cb(new IntegrityError(fileId, '大小不符'));
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      if (size !== expected.size) return cb(new IntegrityError(fileId, '大小不符'));
      if (hash.digest('hex') !== expected.checksum) return cb(new IntegrityError(fileId, '校验值不符'));
      cb();
    },
  });
}
