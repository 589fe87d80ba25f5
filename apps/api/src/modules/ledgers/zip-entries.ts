import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * Just enough of the ZIP format (APPNOTE 6.3) to look inside an .xlsx without parsing it: the central
 * directory at the end of the file lists every part with its place and compression, and one part can
 * then be inflated as a stream (zlib works off the main thread's CPU).
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
  /** As the central directory records them (the repacker copies them). */
  crc32: number;
  size: number;
  time: number;
  date: number;
}

export class NotAZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Sizes and offsets too big for 32 bits sit in the ZIP64 extra field, in this order, each only when its field is full. */
function zip64Extra(extra: Buffer, full: { uncompressed: boolean; compressed: boolean; offset: boolean }) {
  const out: { size?: number; offset?: number } = {};
  let i = 0;
  while (i + 4 <= extra.length) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      if (full.uncompressed) p += 8;
      if (full.compressed) {
        out.size = Number(extra.readBigUInt64LE(p));
        p += 8;
      }
      if (full.offset) out.offset = Number(extra.readBigUInt64LE(p));
      return out;
    }
    i += 4 + len;
  }
  return out;
}

export async function readZipEntries(path: string): Promise<Map<string, ZipEntry>> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new NotAZipError('no end of central directory');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset + cdSize > size) throw new NotAZipError('central directory outside the file');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new NotAZipError('broken central directory');
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let compressedSize = cd.readUInt32LE(p + 20);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      const FULL = 0xffffffff;
      const big = {
        uncompressed: cd.readUInt32LE(p + 24) === FULL,
        compressed: compressedSize === FULL,
        offset: localOffset === FULL,
      };
      if (big.uncompressed || big.compressed || big.offset) {
        const z = zip64Extra(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), big);
        compressedSize = z.size ?? compressedSize;
        localOffset = z.offset ?? localOffset;
      }
      entries.set(name, {
        name,
        method: cd.readUInt16LE(p + 10),
        compressedSize,
        localOffset,
        crc32: cd.readUInt32LE(p + 16),
        size: cd.readUInt32LE(p + 24),
        time: cd.readUInt16LE(p + 12),
        date: cd.readUInt16LE(p + 14),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** Where the compressed data of a part begins (after its local header). */
export async function dataStart(path: string, entry: ZipEntry): Promise<number> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(30);
  try {
    await fh.read(head, 0, 30, entry.localOffset);
  } finally {
    await fh.close();
  }
  if (head.readUInt32LE(0) !== LOCAL) throw new NotAZipError(`broken local header of ${entry.name}`);
  return entry.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
}

/** The uncompressed content of one part, streamed. */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  const start = await dataStart(path, entry);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new NotAZipError(`unsupported compression ${entry.method}`);
  const inflate = createInflateRaw();
  raw.once('error', (e) => inflate.destroy(e));
  return raw.pipe(inflate);
}
