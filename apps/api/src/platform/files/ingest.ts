import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../errors';
import { FILE_TYPES, detectFileType } from './file-types';
import { recordedName, safeFileName } from './names';
import { MB, type FilePurpose } from './purposes';
import { newStorageKey, type FileStorage } from './storage';
import { spoolToFile } from './streams';

export interface Ingested {
  storageKey: string;
  size: number;
  checksum: string;
  mime: string;
  originalName: string;
  safeName: string;
}

function tooLarge(purpose: FilePurpose): AppError {
  const n = purpose.maxBytes;
  const limit = n >= MB ? `${+(n / MB).toFixed(1)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KB` : `${n} 字节`;
  const message = `文件超过大小限制：${purpose.label}最大 ${limit}`;
  return new AppError('PAYLOAD_TOO_LARGE', message, { file: message });
}

/**
 * Takes a file in: spools it to a temporary file (counting, hashing, stopping at the purpose's
 * limit), recognises its content, then hands it to the storage under a fresh key. Nothing reaches
 * the storage before every check has passed.
 */
export async function ingest(
  storage: FileStorage,
  tmpDir: string,
  purpose: FilePurpose,
  name: string,
  body: Readable | Buffer,
): Promise<Ingested> {
  await mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  try {
    const { size, checksum } = await spoolToFile(body, tmp, purpose.maxBytes, () => tooLarge(purpose));
    if (size === 0) throw new AppError('VALIDATION_FAILED', '文件为空，请重新选择', { file: '文件为空' });
    const detected = await detectFileType(tmp, name, purpose.types);
    const storageKey = newStorageKey();
    await storage.put(storageKey, createReadStream(tmp), size);
    return {
      storageKey,
      size,
      checksum,
      mime: detected.mime,
      originalName: recordedName(name) || '(未命名)',
      safeName: safeFileName(name, detected.type, FILE_TYPES[detected.type].aliases),
    };
  } finally {
    await rm(tmp, { force: true });
  }
}
