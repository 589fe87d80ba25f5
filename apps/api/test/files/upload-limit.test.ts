import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts';
import { policies } from '../../src/platform/files/purposes';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await startTestApp();
  t.services.files.purposes.register({
    name: 'test.small',
    label: '测试附件',
    types: ['pdf'],
    maxBytes: 64 * 1024,
    uploadPermission: 'files.upload',
    canRead: policies.uploader,
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t.close());

async function session(): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'yy-clerk', password: DEMO_PASSWORD }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { cookie: cookies.join('; '), csrf: cookies.find((c) => c.startsWith('shezu_csrf='))!.split('=')[1]! };
}

describe(`an oversized upload over a real connection (${ENGINE})`, () => {
  it('is answered 413 in our error shape long before the client has sent it all', async () => {
    const { cookie, csrf } = await session();
    const boundary = 'shezu-boundary';
    const total = 32 * 1024 * 1024;
    let sent = 0;
    let answered = false;
    const res = await new Promise<{ status: number; body: string; connection?: string }>((resolve) => {
      const req = http.request(`${base}/api/files`, {
        method: 'POST',
        headers: {
          cookie,
          'x-csrf-token': csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
        },
      });
      req.on('response', (r) => {
        answered = true;
        let body = '';
        r.on('data', (c: Buffer) => (body += c));
        r.on('end', () => resolve({ status: r.statusCode!, body, connection: r.headers.connection }));
      });
      req.on('error', () => undefined); // the server closes the connection on the rest of the upload
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\ntest.small\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
      );
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (sent < total && !answered && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!answered && !req.destroyed) req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      fields: { file: '文件超过大小限制：测试附件最大 64 KB' },
      requestId: expect.any(String),
    });
    expect(res.connection).toBe('close');
    expect(sent).toBeLessThan(total / 2);
    expect(await t.db.selectFrom('files').select('id').execute()).toEqual([]);
  });
});
