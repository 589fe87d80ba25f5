import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { usccFor } from '../support/orgs';
import { ORG_LEDGER_COLUMNS } from '../../src/modules/ledgers/org-ledger.columns';
import { probeXlsx } from '../../src/modules/ledgers/xlsx-probe';
import { ORG_HEADERS, checkLedger, commitLedger, orgRow, partText, sheetValues, workbook } from '../support/ledgers';

let t: TestApp;
let clerk: TestClient;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  admin = await t.client().as('yy-admin');
});
afterAll(() => t.close());

describe(`the register ledger: template, check, report, commit (${ENGINE})`, () => {
  it('offers a template with the headings, an explanation sheet and the region’s allowed values', async () => {
    const res = await clerk.get('/api/ledgers/orgs/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const bytes = res.rawPayload;
    // Read as the upload check reads it (exceljs would expand the drop-downs of 200,000 rows cell by cell).
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ledger-template-')), 'template.xlsx');
    writeFileSync(file, bytes);
    const probe = await probeXlsx(file, []);
    expect(probe).toMatchObject({ sheetName: '社会组织台账', hasData: false, mergedHeader: [] });
    expect(probe.headers).toEqual(ORG_LEDGER_COLUMNS.map((c) => c.header));
    for (const h of ORG_HEADERS) expect(probe.headers).toContain(h);
    const strings = await partText(bytes, 'xl/sharedStrings.xml');
    for (const s of ['可选值：领域类别', '行业协会商会', '云阳县教育委员会', '5A', '直接登记'])
      expect(strings).toContain(s);
    expect(await partText(bytes, 'xl/workbook.xml')).toContain('name="填写说明"');
    const sheetXml = await partText(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="C2:C200001"/);
    expect(sheetXml).toMatch(/<dataValidation [^>]*type="textLength"[^>]*sqref="B2:B200001"/);
    const township = await (await t.client().as('yy-township')).get('/api/ledgers/orgs/template');
    expect(township.statusCode).toBe(403);
  });

  it('checks every row, reports nothing wrong, and commits with exact money, dates and a timeline', async () => {
    const code = usccFor('social_group', '500235');
    const bytes = await workbook(ORG_HEADERS, [
      orgRow({ name: '云阳县台账导入协会', uscc: code, funds: '30000.07', foundedOn: '2018年6月1日' as never }),
      orgRow({ name: '云阳县台账导入商会', funds: 1234567.89 }),
      [],
      orgRow({ name: '云阳县台账导入研究会', category: '文化类', supervisor: '云阳县文化和旅游发展委员会' }),
    ]);
    const checked = await checkLedger(t, clerk, bytes);
    expect(checked).toMatchObject({ status: 'ready', totalRows: 3, validRows: 3, errorRows: 0, pilotRows: 0 });
    expect(checked.errors).toEqual([]);

    const report = await clerk.get(`/api/ledgers/imports/${checked.id}/report`);
    expect(report.statusCode).toBe(200);
    const rows = await sheetValues(report.rawPayload);
    expect(rows[0]).toEqual([...ORG_HEADERS, '错误说明']);
    expect(rows).toHaveLength(4);
    expect(rows[1]![0]).toBe('云阳县台账导入协会');

    const done = await commitLedger(t, clerk, checked.id);
    expect(done).toMatchObject({ status: 'committed', committedCount: 3 });
    const list = (await clerk.get(`/api/orgs?q=${encodeURIComponent('台账导入')}`)).json().items;
    expect(list).toHaveLength(3);
    const found = (await clerk.get(`/api/orgs?q=${code}`)).json().items[0];
    // The list row leaves personal data out; the organization's page shows it masked.
    expect(found).not.toHaveProperty('legalRepIdMasked');
    const org = (await clerk.get(`/api/orgs/${found.id}`)).json();
    expect(org).toMatchObject({
      name: '云阳县台账导入协会',
      registeredFundsFen: 3_000_007,
      foundedOn: '2018-06-01',
      authorityRegionCode: '500235',
      legalRepIdMasked: '500***********1239',
      usccWarning: null,
    });
    const other = list.find((o: { name: string }) => o.name === '云阳县台账导入商会');
    expect(other.registeredFundsFen).toBe(123_456_789);
    const culture = list.find((o: { name: string }) => o.name === '云阳县台账导入研究会');
    expect(culture.supervisorUnitName).toBe('云阳县文化和旅游发展委员会');
    const events = (await clerk.get(`/api/orgs/${org.id}/events`)).json();
    expect(events.map((e: { kind: string }) => e.kind).sort()).toEqual(['imported', 'registered']);
    expect(events.find((e: { kind: string }) => e.kind === 'imported').basis).toContain(`台账导入 #${checked.id}`);

    const audit = (await admin.get(`/api/audit-logs?entity=ledger_import&entityId=${checked.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual([
      'commit',
      'create',
      'download',
      'import',
      'validate',
    ]);
    const imported = audit.find((a: { action: string }) => a.action === 'import');
    expect(imported.actorName).toBe('云阳县民政局登记员(yy-clerk)');
    expect(imported.requestId).toMatch(/^job-run:/);
    expect(imported.after).toMatchObject({ rows: 3, fileChecksum: checked.fileChecksum, overridePilotCodes: false });
    expect(JSON.stringify(audit)).not.toContain('500235199001011239');
    expect((await t.services.audit.verify()).ok).toBe(true);
  });

  it('refuses a second commit, and a commit or cancel from another bureau', async () => {
    const checked = await checkLedger(t, clerk, await workbook(ORG_HEADERS, [orgRow()]));
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/ledgers/imports/${checked.id}`)).statusCode).toBe(404);
    expect((await city.post(`/api/ledgers/imports/${checked.id}/commit`, {})).statusCode).toBe(404);
    await commitLedger(t, clerk, checked.id);
    const again = await clerk.post(`/api/ledgers/imports/${checked.id}/commit`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该台账已导入');
  });

  it('lets a city bureau read a county’s import but not commit it, and cancels before commit', async () => {
    const county = await t.client().as('qz-kc-clerk');
    const row = orgRow({ regionCode: '330802', uscc: usccFor('social_group', '330802') });
    const checked = await checkLedger(t, county, await workbook(ORG_HEADERS, [row]));
    expect(checked).toMatchObject({ status: 'ready', regionCode: '330802' });
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/ledgers/imports/${checked.id}`)).statusCode).toBe(200);
    const denied = await city.post(`/api/ledgers/imports/${checked.id}/commit`, {});
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('OUT_OF_DECISION_SCOPE');
    const cancelled = await county.post(`/api/ledgers/imports/${checked.id}/cancel`, {});
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await county.post(`/api/ledgers/imports/${checked.id}/commit`, {})).statusCode).toBe(409);
    const mine = (await county.get('/api/ledgers/imports?mine=true')).json().items;
    expect(mine.map((i: { id: number }) => i.id)).toContain(checked.id);
    const n = await sql<{ n: number }>`select count(*) as n from organizations where region_code = '330802'`.execute(
      t.db,
    );
    expect(Number(n.rows[0]!.n)).toBe(0);
  });
});
