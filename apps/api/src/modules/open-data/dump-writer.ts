import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Dataset } from './datasets';

export type OpenDataFormat = 'csv' | 'jsonl' | 'json';

export interface WrittenFile {
  name: string;
  dataset: 'orgs' | 'community_orgs' | 'dictionary';
  format: OpenDataFormat;
  part: number;
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
}

const BOM = '\uFEFF';
/** Control characters other than tab and line breaks: never meaningful in the register, refused in text files. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const clean = (v: unknown): unknown => (typeof v === 'string' ? v.replace(CONTROL, '') : v);

/** One CSV cell: booleans in words, a leading = + - @ defused so Excel does not run it as a formula. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return String(v);
  let s = String(clean(v));
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A file written in parts of at most `maxBytes` (a part holds at least one row), hashed as it is written. */
class PartedFile {
  private stream: WriteStream | null = null;
  private hash: Hash | null = null;
  private part = 0;
  private bytes = 0;
  private rows = 0;
  readonly written: WrittenFile[] = [];

  constructor(
    private readonly dir: string,
    private readonly stem: string,
    private readonly dataset: WrittenFile['dataset'],
    private readonly format: OpenDataFormat,
    private readonly header: string,
    private readonly maxBytes: number,
  ) {}

  private nameOf(part: number): string {
    return part === 1 ? `${this.stem}.${this.format}` : `${this.stem}-${part}.${this.format}`;
  }

  async write(line: string): Promise<void> {
    const buf = Buffer.from(line, 'utf8');
    if (!this.stream || (this.rows > 0 && this.bytes + buf.length > this.maxBytes)) {
      await this.close();
      await this.open();
    }
    await this.put(buf);
    this.rows++;
  }

  private async open(): Promise<void> {
    this.part++;
    this.stream = createWriteStream(path.join(this.dir, this.nameOf(this.part)), { flags: 'wx' });
    this.hash = createHash('sha256');
    this.bytes = 0;
    this.rows = 0;
    if (this.header) await this.put(Buffer.from(this.header, 'utf8'));
  }

  private async put(buf: Buffer): Promise<void> {
    this.hash!.update(buf);
    this.bytes += buf.length;
    if (!this.stream!.write(buf)) await once(this.stream!, 'drain');
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    stream.end();
    await once(stream, 'close');
    this.written.push({
      name: this.nameOf(this.part),
      dataset: this.dataset,
      format: this.format,
      part: this.part,
      path: stream.path as string,
      rows: this.rows,
      bytes: this.bytes,
      sha256: this.hash!.digest('hex'),
    });
    this.stream = null;
  }

  /** Closes the last part; an empty dataset still gets its file (a CSV with the header only). */
  async finish(): Promise<WrittenFile[]> {
    if (this.part === 0) await this.open();
    await this.close();
    return this.written;
  }
}

/**
 * Writes a dataset as CSV (UTF-8 with BOM, Chinese header) and JSON Lines, page by page in id order, so
 * memory holds one page whatever the size of the register.
 */
export async function writeDataset<T extends object>(
  dir: string,
  dataset: Dataset<T>,
  nextPage: (afterId: number) => Promise<{ items: T[]; lastId: number | null }>,
  opts: { maxBytes: number; onRows?: (n: number) => void; throwIfCancelled?: () => void },
): Promise<WrittenFile[]> {
  const names = dataset.fields.map((f) => f.name);
  const csvHeader = BOM + dataset.fields.map((f) => csvCell(f.label)).join(',') + '\r\n';
  const csv = new PartedFile(dir, dataset.stem, dataset.name, 'csv', csvHeader, opts.maxBytes);
  const jsonl = new PartedFile(dir, dataset.stem, dataset.name, 'jsonl', '', opts.maxBytes);
  let after = 0;
  let rows = 0;
  for (;;) {
    opts.throwIfCancelled?.();
    const { items, lastId } = await nextPage(after);
    for (const item of items) {
      const row = item as Record<string, unknown>;
      await csv.write(names.map((n) => csvCell(row[n])).join(',') + '\r\n');
      await jsonl.write(JSON.stringify(Object.fromEntries(names.map((n) => [n, clean(row[n] ?? null)]))) + '\n');
    }
    rows += items.length;
    opts.onRows?.(rows);
    if (lastId === null) break;
    after = lastId;
  }
  return [...(await csv.finish()), ...(await jsonl.finish())];
}

export async function writeJson(dir: string, name: string, value: unknown): Promise<WrittenFile> {
  const file = new PartedFile(dir, name, 'dictionary', 'json', '', Number.MAX_SAFE_INTEGER);
  await file.write(JSON.stringify(value, null, 2) + '\n');
  const [written] = await file.finish();
  return { ...written!, rows: 0 };
}
