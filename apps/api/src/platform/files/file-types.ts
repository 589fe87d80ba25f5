import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../errors';
import { extensionOf } from './names';

/** The content types a purpose may allow; each is recognised from the bytes, never from the name. */
export const FILE_TYPES = {
  pdf: { mime: 'application/pdf', label: 'PDF', aliases: [] },
  png: { mime: 'image/png', label: 'PNG', aliases: [] },
  jpg: { mime: 'image/jpeg', label: 'JPG', aliases: ['jpeg', 'jpe'] },
  webp: { mime: 'image/webp', label: 'WEBP', aliases: [] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (DOCX)',
    aliases: [],
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (XLSX)',
    aliases: [],
  },
  txt: { mime: 'text/plain', label: 'TXT', aliases: ['text'] },
  csv: { mime: 'text/csv', label: 'CSV', aliases: [] },
} as const satisfies Record<string, { mime: string; label: string; aliases: readonly string[] }>;

export type FileTypeKey = keyof typeof FILE_TYPES;

export interface DetectedType {
  type: FileTypeKey;
  /** MIME as served on download; text types carry their charset. */
  mime: string;
}

const TEXT_SAMPLE_BYTES = 64 * 1024;

/**
 * Whether bytes are text, and in which encoding: no NUL or other control characters besides tab, line
 * breaks and form feed, and valid UTF-8 or GB18030 (what Excel on Chinese Windows saves CSV as).
 */
export function textEncodingOf(sample: Uint8Array): 'utf-8' | 'gb18030' | null {
  for (const b of sample) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) return null;
  }
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      // stream: true tolerates a character cut in two at the end of the sample.
      new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
      return encoding;
    } catch {
      /* try the next one */
    }
  }
  return null;
}

async function readSample(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(TEXT_SAMPLE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

const labelOf = (ext: string) => FILE_TYPES[ext as FileTypeKey]?.label ?? ext.toUpperCase();
const allowedList = (allowed: readonly FileTypeKey[]) => allowed.map((t) => FILE_TYPES[t].label).join('、');

function rejected(message: string): AppError {
  return new AppError('FILE_TYPE_REJECTED', message, { file: message });
}

/** Whether a claimed extension names the detected type (jpg and jpeg are one type). */
function claims(claimed: string, type: string): boolean {
  const def = FILE_TYPES[type as FileTypeKey];
  return claimed === type || (!!def && (def.aliases as readonly string[]).includes(claimed));
}

/**
 * Recognises the content of a file and checks it against the types a purpose allows and against the
 * extension its name claims. An .exe renamed .pdf or an HTML page renamed .png is refused.
 */
export async function detectFileType(
  path: string,
  claimedName: string,
  allowed: readonly FileTypeKey[],
): Promise<DetectedType> {
  const claimed = extensionOf(claimedName);
  const found = await fileTypeFromFile(path);
  let type: string;
  let mime: string;
  if (found) {
    type = found.ext;
    mime = found.mime;
  } else {
    const encoding = textEncodingOf(await readSample(path));
    if (!encoding) {
      throw rejected(`无法识别文件的实际格式，请上传以下格式的文件：${allowedList(allowed)}`);
    }
    type = claimed === 'csv' || (!claimed && !allowed.includes('txt') && allowed.includes('csv')) ? 'csv' : 'txt';
    mime = `${FILE_TYPES[type as FileTypeKey].mime}; charset=${encoding}`;
    if (claimed && !claims(claimed, type)) {
      throw rejected(`文件扩展名为 .${claimed}，但内容实际是文本，与扩展名不符，已拒绝上传`);
    }
  }
  if (claimed && !claims(claimed, type)) {
    throw rejected(`文件扩展名为 .${claimed}，但内容实际是 ${labelOf(type)} 格式，与扩展名不符，已拒绝上传`);
  }
  if (!allowed.includes(type as FileTypeKey)) {
    throw rejected(`不支持 ${labelOf(type)} 格式的文件，请上传以下格式的文件：${allowedList(allowed)}`);
  }
  return { type: type as FileTypeKey, mime };
}
