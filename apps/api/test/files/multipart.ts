import { randomBytes } from 'node:crypto';
import type { TestClient } from '../support/app';

export interface Part {
  name: string;
  value?: string;
  file?: { filename: string; content: Buffer; type?: string };
}

/** A multipart/form-data body as a browser builds it from a FormData. */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = '----shezu' + randomBytes(8).toString('hex');
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.file) {
      // Browsers send the name as UTF-8 and escape the quote; the parser decodes it.
      head += `; filename="${p.file.filename.replace(/"/g, '%22')}"\r\nContent-Type: ${p.file.type ?? 'application/octet-stream'}`;
    }
    chunks.push(
      Buffer.from(head + '\r\n\r\n'),
      p.file ? p.file.content : Buffer.from(p.value ?? ''),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POST /api/files with a purpose field first and one file, as the web app sends it. */
export function upload(c: TestClient, purpose: string, filename: string, content: Buffer, type?: string) {
  const { body, contentType } = multipart([
    { name: 'purpose', value: purpose },
    { name: 'file', file: { filename, content, type } },
  ]);
  return c.request('POST', '/api/files', body, { 'content-type': contentType });
}
