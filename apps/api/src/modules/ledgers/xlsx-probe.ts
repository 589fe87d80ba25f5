import { StringDecoder } from 'node:string_decoder';
import { NotAZipError, openZipEntry, readZipEntries, type ZipEntry } from './zip-entries';

/**
 * A quick look at an uploaded workbook before any row is read, so that a file that cannot be a ledger
 * is refused at once with a reason: which sheet holds the data, its header row, whether header cells are
 * merged (exceljs's streaming reader does not report merges), and roughly how many rows follow. The
 * sheet XML is scanned, not parsed; only the header row and as many shared strings as it uses are read.
 */
export interface XlsxProbe {
  sheetName: string;
  /** N of xl/worksheets/sheetN.xml, which exceljs names the sheet by when it cannot match it. */
  sheetFileNo: number;
  /** Header texts by column (index 0 is column A); null for an empty header cell. */
  headers: (string | null)[];
  /** Row elements after the header (rows with only formatting count too). */
  rowElements: number;
  /** Whether any cell after the header holds a value. */
  hasData: boolean;
  /** Merged ranges that take in a header cell, e.g. ['A1:C1']. */
  mergedHeader: string[];
}

export class ProbeError extends Error {}

const SMALL_PART = 4 * 1024 * 1024;
const HEADER_LIMIT = 2 * 1024 * 1024;

export function decodeXml(s: string): string {
  return s
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
      if (e === 'lt') return '<';
      if (e === 'gt') return '>';
      if (e === 'amp') return '&';
      if (e === 'quot') return '"';
      if (e === 'apos') return "'";
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out.set(m[1]!, decodeXml(m[2]!));
  return out;
}

/** Text runs of a string item (<si> or <is>), without phonetic guides. */
function runsText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return decodeXml(out);
}

export function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

async function readSmall(path: string, entry: ZipEntry | undefined): Promise<string> {
  if (!entry) return '';
  let out = '';
  const decoder = new StringDecoder('utf8');
  for await (const chunk of await openZipEntry(path, entry)) {
    out += decoder.write(chunk as Buffer);
    if (out.length > SMALL_PART) throw new ProbeError('工作簿结构异常');
  }
  return out + decoder.end();
}

function pickSheet(workbookXml: string, relsXml: string, preferred: string[]) {
  const rels = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.get('Id') && a.get('Target')) rels.set(a.get('Id')!, a.get('Target')!);
  }
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    const rid = [...a].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const target = (rid && rels.get(rid)) || '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return { name: a.get('name') ?? '', path };
  });
  if (sheets.length === 0) throw new ProbeError('文件中没有工作表');
  return sheets.find((s) => preferred.includes(s.name)) ?? sheets[0]!;
}

interface HeaderCell {
  col: number;
  type: string | undefined;
  raw: string | null;
}

function headerCells(rowXml: string): HeaderCell[] {
  const cells: HeaderCell[] = [];
  let next = 0;
  for (const m of rowXml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const a = attrs(m[1] ?? '');
    const col = a.get('r') ? columnIndex(a.get('r')!) : next;
    next = col + 1;
    const inner = m[2] ?? '';
    const type = a.get('t');
    let raw: string | null;
    if (type === 'inlineStr') raw = runsText(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
    else {
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      raw = v === undefined ? null : decodeXml(v);
    }
    cells.push({ col, type, raw });
  }
  return cells;
}

/** Shared strings up to index `max`, read from the start of the part and no further. */
async function sharedStrings(path: string, entry: ZipEntry | undefined, max: number): Promise<string[]> {
  const out: string[] = [];
  if (!entry || max < 0) return out;
  const stream = await openZipEntry(path, entry);
  const decoder = new StringDecoder('utf8');
  let text = '';
  try {
    for await (const chunk of stream) {
      text += decoder.write(chunk as Buffer);
      const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
      let consumed = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(runsText(m[1] ?? ''));
        consumed = re.lastIndex;
        if (out.length > max) return out;
      }
      text = text.slice(consumed);
    }
  } finally {
    stream.destroy();
  }
  return out;
}

export async function probeXlsx(path: string, preferredSheets: string[]): Promise<XlsxProbe> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = await readZipEntries(path);
  } catch (e) {
    if (e instanceof NotAZipError) throw new ProbeError('文件不是有效的 Excel（.xlsx）文件');
    throw e;
  }
  const workbook = entries.get('xl/workbook.xml');
  if (!workbook)
    throw new ProbeError('文件不是 Excel 工作簿（缺少 xl/workbook.xml），请用 Excel 或 WPS 另存为 .xlsx 后上传');
  const sheet = pickSheet(
    await readSmall(path, workbook),
    await readSmall(path, entries.get('xl/_rels/workbook.xml.rels')),
    preferredSheets,
  );
  const sheetEntry = entries.get(sheet.path);
  if (!sheetEntry) throw new ProbeError(`工作表“${sheet.name}”的内容缺失`);
  const scan = await scanSheet(path, sheetEntry);
  if (!scan.headerXml) throw new ProbeError(`工作表“${sheet.name}”是空的：第1行应为表头，其下为数据`);
  const cells = headerCells(scan.headerXml);
  const maxShared = Math.max(-1, ...cells.filter((c) => c.type === 's').map((c) => Number(c.raw)));
  const shared = await sharedStrings(path, entries.get('xl/sharedStrings.xml'), maxShared);
  const headers: (string | null)[] = [];
  for (const c of cells) {
    const text = c.type === 's' ? (shared[Number(c.raw)] ?? null) : c.raw;
    headers[c.col] = text && text.trim() !== '' ? text.trim() : null;
  }
  for (let i = 0; i < headers.length; i++) headers[i] ??= null;
  return {
    sheetName: sheet.name,
    sheetFileNo: Number(/sheet(\d+)\.xml$/.exec(sheet.path)?.[1] ?? 1),
    headers,
    rowElements: scan.rowElements,
    hasData: scan.hasData,
    mergedHeader: scan.merges.filter((ref) => Number(/\d+/.exec(ref)?.[0] ?? 0) <= scan.headerRow),
  };
}

/** One pass over the sheet XML: the first row, how many rows follow, whether any holds a value, merges. */
async function scanSheet(path: string, entry: ZipEntry) {
  const decoder = new StringDecoder('utf8');
  let headerXml: string | null = null;
  let headerRow = 1;
  let head = '';
  let carry = '';
  let rowElements = 0;
  let hasData = false;
  let mergeXml: string | null = null;
  const scanBody = (s: string) => {
    const text = carry + s;
    // A match wholly inside the carried tail was counted with the previous chunk.
    for (const m of text.matchAll(/<(?:\w+:)?row[\s>/]/g)) if (m.index + m[0].length > carry.length) rowElements++;
    if (!hasData && /<(?:\w+:)?(?:v|is)[\s>]/.test(text)) hasData = true;
    if (mergeXml !== null) mergeXml += s;
    else {
      const at = text.search(/<(?:\w+:)?mergeCells[\s>]/);
      if (at >= 0) mergeXml = text.slice(at);
    }
    if (mergeXml !== null && mergeXml.length > SMALL_PART) mergeXml = mergeXml.slice(0, SMALL_PART);
    carry = text.slice(-16);
  };
  for await (const chunk of await openZipEntry(path, entry)) {
    const s = decoder.write(chunk as Buffer);
    if (headerXml !== null) {
      scanBody(s);
      continue;
    }
    head += s;
    const start = head.search(/<(?:\w+:)?row[\s>/]/);
    if (start < 0) {
      if (head.length > HEADER_LIMIT) throw new ProbeError('未找到表头行');
      continue;
    }
    const open = head.slice(start, head.indexOf('>', start) + 1);
    if (!open.endsWith('>')) continue;
    const close = open.endsWith('/>') ? start + open.length : head.search(/<\/(?:\w+:)?row>/);
    if (close < 0) {
      if (head.length > HEADER_LIMIT) throw new ProbeError('表头行过长');
      continue;
    }
    const end = open.endsWith('/>') ? close : close + head.slice(close).indexOf('>') + 1;
    headerXml = head.slice(start, end);
    headerRow = Number(attrs(open).get('r') ?? 1);
    if (headerRow !== 1) throw new ProbeError(`第1行应为表头，当前第1行为空（表头应在第1行）`);
    const rest = head.slice(end);
    head = '';
    scanBody(rest);
  }
  if (headerXml === null) return { headerXml: null, headerRow, rowElements: 0, hasData: false, merges: [] };
  scanBody(decoder.end());
  const merges = [...(mergeXml ?? '').matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)]
    .map((m) => attrs(m[0]).get('ref') ?? '')
    .filter(Boolean);
  return { headerXml, headerRow, rowElements, hasData, merges };
}
