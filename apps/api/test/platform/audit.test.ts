import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Simulates someone with database access editing a row behind the application's back. */
async function tamper(id: number, summary: string) {
  if (ENGINE === 'postgres') {
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t.db);
    await sql`update audit_log set summary = ${summary} where id = ${id}`.execute(t.db);
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(t.db);
  } else {
    await sql`drop trigger audit_log_no_update`.execute(t.db);
    await sql`update audit_log set summary = ${summary} where id = ${id}`.execute(t.db);
  }
}

describe(`audit trail (${ENGINE})`, () => {
  it('records who, what, before and after, request id and IP for a write', async () => {
    const admin = await t.client().as('yy-admin');
    const created = await admin.post('/api/units', {
      name: '云阳县民族宗教事务委员会',
      kind: 'supervisor',
      regionCode: '500235',
    });
    const unit = created.json();
    await admin.put(`/api/units/${unit.id}`, { name: '云阳县民族宗教委', active: true, version: unit.version });
    const rows = (await admin.get(`/api/audit-logs?entity=unit&entityId=${unit.id}`)).json().items;
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
    const update = rows[0];
    expect(update.actorName).toBe('云阳县系统管理员(yy-admin)');
    expect(update.before.name).toBe('云阳县民族宗教事务委员会');
    expect(update.after.name).toBe('云阳县民族宗教委');
    expect(update.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(update.ip).toBe('127.0.0.1');
    expect(update.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot be changed through the database without breaking the trigger, nor through the API', async () => {
    await expect(sql`update audit_log set summary = 'x' where id = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    const methods = t.routes.filter((r) => r.url.startsWith('/api/audit-logs')).map((r) => r.method);
    expect(methods.flat().filter((m) => m !== 'GET' && m !== 'HEAD')).toEqual([]);
  });

  it('verifies the SM3 chain, and names the first row someone edited', async () => {
    const before = await t.services.audit.verify();
    expect(before.ok).toBe(true);
    expect(before.checked).toBeGreaterThan(3);
    await tamper(3, 'edited behind the application');
    const after = await t.services.audit.verify();
    expect(after).toMatchObject({ ok: false, brokenAt: 3, reason: 'content does not match its hash' });
  });

  it('serialises concurrent appends into one unbroken chain', async () => {
    const fresh = await startTestApp();
    try {
      const admins = await Promise.all([fresh.client().as('yy-admin'), fresh.client().as('qz-admin')]);
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          admins[i % 2]!.post('/api/units', {
            name: `并发单位${i}`,
            kind: 'partner',
            regionCode: i % 2 ? '3308' : '500235',
          }),
        ),
      );
      const check = await fresh.services.audit.verify();
      expect(check.ok).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
