import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
let admin: TestClient;
const ID_NUMBER = '500235199001011239';

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.client().as('yy-admin');
});
afterAll(() => t.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  username: 'li-clerk',
  displayName: '李登记',
  roles: ['authority_staff'],
  regionCode: '500235',
  unitId: null,
  orgId: null,
  phone: '13800235678',
  idNumber: ID_NUMBER,
  initialPassword: 'Initial-Pass-2026',
  ...over,
});

describe(`user administration (${ENGINE})`, () => {
  it('creates an account with masked personal data and an encrypted ID number', async () => {
    const res = await admin.post('/api/users', newUser());
    expect(res.statusCode).toBe(201);
    const u = res.json();
    expect(u).toMatchObject({
      username: 'li-clerk',
      phoneMasked: '138****5678',
      idNumberMasked: '500***********1239',
      mustChangePassword: true,
    });
    expect(JSON.stringify(u)).not.toContain(ID_NUMBER);
    const row = await sql<{ enc: string }>`select id_number_enc as enc from users where username = 'li-clerk'`.execute(
      t.db,
    );
    expect(row.rows[0]!.enc).toMatch(/^sm4:1:/);
    expect(row.rows[0]!.enc).not.toContain(ID_NUMBER);
  });

  it('keeps the ID number unreadable in the database file itself', async () => {
    if (ENGINE === 'sqlite') {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(t.db);
      const bytes = readFileSync(t.tdb.sqliteFile!);
      expect(bytes.includes(Buffer.from('500235199001011239'))).toBe(false);
      expect(bytes.includes(Buffer.from('li-clerk'))).toBe(true); // the probe does see plain columns
    } else {
      const dump = await sql<{ t: string }>`select string_agg(u::text, '|') as t from users u`.execute(t.db);
      expect(dump.rows[0]!.t).not.toContain(ID_NUMBER);
      expect(dump.rows[0]!.t).toContain('li-clerk');
    }
  });

  it('reveals personal data only to a role that needs it, and audits each look', async () => {
    const id = (await admin.get('/api/users?q=li-clerk')).json().items[0].id;
    const clerk = await t.client().as('yy-clerk');
    expect((await clerk.get(`/api/users/${id}/personal-data`)).statusCode).toBe(403);
    const res = await admin.get(`/api/users/${id}/personal-data`);
    expect(res.json()).toEqual({ phone: '13800235678', idNumber: ID_NUMBER });
    const audit = (await admin.get(`/api/audit-logs?entity=user&entityId=${id}&action=reveal_pii`)).json().items;
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(ID_NUMBER);
  });

  it('answers field by field: duplicate username, bad phone, bad ID number, missing unit', async () => {
    const dup = await admin.post('/api/users', newUser({ idNumber: null }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE', fields: { username: '用户名已存在' } });
    const bad = await admin.post(
      '/api/users',
      newUser({ username: 'x2-user', phone: '123', idNumber: '500235199001011231' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['idNumber', 'phone']);
    const unitless = await admin.post(
      '/api/users',
      newUser({ username: 'x3-user', roles: ['supervisor_staff'], idNumber: null }),
    );
    expect(unitless.json().fields).toEqual({ unitId: '该角色须指定所属单位' });
    const outside = await admin.post(
      '/api/users',
      newUser({ username: 'x4-user', regionCode: '3308', idNumber: null }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields.regionCode).toBeDefined();
    expect((await admin.get('/api/users?q=x')).json().items.map((u: { username: string }) => u.username)).toEqual([]);
  });

  it('answers 409 to a stale edit and keeps the newer one', async () => {
    const u = (await admin.get('/api/users?q=li-clerk')).json().items[0];
    const body = {
      displayName: '李登记员',
      roles: u.roles,
      regionCode: u.regionCode,
      unitId: null,
      orgId: null,
      phone: '13800235678',
      version: u.version,
    };
    expect((await admin.put(`/api/users/${u.id}`, body)).statusCode).toBe(200);
    const stale = await admin.put(`/api/users/${u.id}`, { ...body, displayName: '过期的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect((await admin.get(`/api/users/${u.id}`)).json().displayName).toBe('李登记员');
  });

  it('keeps personal data an edit leaves out (the form only shows it masked)', async () => {
    const u = (await admin.get('/api/users?q=li-clerk')).json().items[0];
    const body = {
      displayName: '李登记员',
      roles: u.roles,
      regionCode: u.regionCode,
      unitId: null,
      orgId: null,
      version: u.version,
    };
    const res = await admin.put(`/api/users/${u.id}`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phoneMasked: '138****5678', idNumberMasked: '500***********1239' });
    const cleared = await admin.put(`/api/users/${u.id}`, { ...body, phone: null, version: res.json().version });
    expect(cleared.json().phoneMasked).toBeNull();
  });

  it('resets a password to a one-time initial password that must be changed', async () => {
    const u = (await admin.get('/api/users?q=li-clerk')).json().items[0];
    const res = await admin.post(`/api/users/${u.id}/reset-password`, { version: u.version });
    const { initialPassword } = res.json();
    expect(initialPassword).toHaveLength(12);
    const c = await t.client().as('li-clerk', initialPassword);
    expect((await c.get('/api/me')).json().mustChangePassword).toBe(true);
  });

  it('pages the list by keyset cursor without repeats', async () => {
    const c = await t.client().as('qz-admin');
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = (
        await c.get(`/api/users?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((u: { id: number }) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(14);
    const bad = await c.get('/api/users?cursor=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('cursor');
  });
});
