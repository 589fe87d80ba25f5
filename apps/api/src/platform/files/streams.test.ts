import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { IntegrityError, spoolToFile, verifyingStream } from './streams';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shezu-streams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');
const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE');

describe('spooling an upload', () => {
  it('counts and hashes while copying', async () => {
    const data = Buffer.from('社会组织登记'.repeat(1000));
    const target = path.join(dir, 'a');
    const r = await spoolToFile(Readable.from([data.subarray(0, 100), data.subarray(100)]), target, 1 << 20, tooLarge);
    expect(r).toEqual({ size: data.length, checksum: sm3(data) });
    expect(readFileSync(target).equals(data)).toBe(true);
  });

  it('stops at the limit without reading the rest of the source', async () => {
    let pulled = 0;
    const source = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(64 * 1024, 1));
      },
    });
    const err = await spoolToFile(source, path.join(dir, 'b'), 256 * 1024, tooLarge).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('PAYLOAD_TOO_LARGE');
    expect(pulled).toBeLessThan(12);
  });

  it('reports a broken upload as the sender’s problem (400), not a server error', async () => {
    const source = new Readable({ read() {} });
    setTimeout(() => source.destroy(new Error('Unexpected end of form')), 5);
    const err = await spoolToFile(source, path.join(dir, 'c'), 1024, tooLarge).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('BAD_REQUEST');
  });
});

describe('reading back with the checksum', () => {
  const data = Buffer.from('统一社会信用代码 91350100M000100Y43');
  const expected = { size: data.length, checksum: sm3(data) };

  it('passes intact content through unchanged', async () => {
    expect((await buffer(Readable.from([data]).pipe(verifyingStream(1, expected)))).equals(data)).toBe(true);
  });

  it('fails the stream on one changed byte or a changed size', async () => {
    const tampered = Buffer.from(data);
    tampered[3] = tampered[3]! ^ 1;
    await expect(buffer(Readable.from([tampered]).pipe(verifyingStream(1, expected)))).rejects.toBeInstanceOf(
      IntegrityError,
    );
    await expect(buffer(Readable.from([data, Buffer.from('x')]).pipe(verifyingStream(1, expected)))).rejects.toThrow(
      /大小不符/,
    );
  });
});
