import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { dataStart, readZipEntries } from './zip-entries';

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Rewrites an .xlsx written by exceljs's streaming writer the way Excel lays one out: [Content_Types].xml
 * first and every part's sizes in its local header. The streaming writer puts the (large) sheet first
 * with its sizes after the data, and content sniffing (file-type) gives up on such a sheet beyond 1 MB
 * and calls the file a plain ZIP — which the files service refuses. Parts are copied as they are
 * compressed; nothing is inflated.
 */
export async function repackXlsx(src: string, dest: string): Promise<void> {
  const entries = [...(await readZipEntries(src)).values()].sort(
    (a, b) => Number(b.name === CONTENT_TYPES) - Number(a.name === CONTENT_TYPES),
  );
  const out = createWriteStream(dest);
  let offset = 0;
  const write = async (buf: Buffer) => {
    offset += buf.length;
    if (!out.write(buf)) await once(out, 'drain');
  };
  const central: Buffer[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names, sizes here (no data descriptor)
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc32, 14);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const at = offset;
    await write(Buffer.concat([local, name]));
    if (e.compressedSize > 0) {
      const start = await dataStart(src, e);
      for await (const chunk of createReadStream(src, { start, end: start + e.compressedSize - 1 }))
        await write(chunk as Buffer);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt16LE(e.time, 12);
    c.writeUInt16LE(e.date, 14);
    c.writeUInt32LE(e.crc32, 16);
    c.writeUInt32LE(e.compressedSize, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    central.push(c, name);
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(Buffer.concat([cd, end]));
  out.end();
  await finished(out);
}
