import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { samples } from '../files/samples';
import { upload } from '../files/multipart';
import { sheetValues } from '../support/ledgers';

let t: TestApp;
let township: TestClient;
let county: TestClient;
let neighbour: TestClient;
let qzTownship: TestClient;
let city: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  township = await t.client().as('yy-township');
  county = await t.client().as('yy-clerk');
  neighbour = await t.client().as('qz-qj-clerk');
  qzTownship = await t.client().as('qz-township');
  city = await t.client().as('qz-clerk');
});
afterAll(() => t.close());

let serial = 0;
const fields = (over: Record<string, unknown> = {}) => ({
  name: `双江街道志愿服务队${++serial}`,
  communityName: '滨江社区',
  areaKind: 'urban',
  categoryCode: 'charity',
  responsibleName: '李四',
  responsibleIdNumber: '500235199001011239',
  responsiblePhone: '13800235678',
  venue: '滨江社区党群服务中心',
  activityArea: '滨江社区',
  memberCount: 25,
  fundsFen: 200_000,
  filedOn: '2025-06-01',
  ...over,
});

describe(`community organizations: filing by the township, read up the tree (${ENGINE})`, () => {
  it('files an organization for the own township, personal data encrypted and masked', async () => {
    const res = await township.post('/api/community-orgs', fields({ name: '双江街道夕阳红志愿服务队' }));
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({
      name: '双江街道夕阳红志愿服务队',
      regionCode: '500235001',
      regionName: '重庆市云阳县双江街道',
      areaKind: 'urban',
      categoryName: '公益慈善类',
      responsibleIdMasked: '500***********1239',
      responsiblePhoneMasked: '138****5678',
      status: 'filed',
      version: 1,
    });
    expect(JSON.stringify(o)).not.toContain('500235199001011239');
    const row = await sql<{
      enc: string;
    }>`select responsible_id_enc as enc from community_orgs where id = ${o.id}`.execute(t.db);
    expect(row.rows[0]!.enc).toMatch(/^sm4:1:/);
    const audit = (
      await (await t.client().as('yy-admin')).get(`/api/audit-logs?entity=community_org&entityId=${o.id}`)
    ).json().items;
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('500235199001011239');
  });

  it('answers each bad field by name', async () => {
    const bad = await township.post(
      '/api/community-orgs',
      fields({
        name: '队',
        areaKind: 'suburb',
        categoryCode: 'industry_association',
        memberCount: 2,
        fundsFen: -1,
        responsibleIdNumber: '500235199001011230',
        responsiblePhone: '12345',
        venue: '',
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(
      [
        'areaKind',
        'categoryCode',
        'fundsFen',
        'memberCount',
        'name',
        'responsibleIdNumber',
        'responsiblePhone',
        'venue',
      ].sort(),
    );
    expect(bad.json().fields.memberCount).toBe('成员人数至少3人');
    const future = await township.post('/api/community-orgs', fields({ filedOn: '2031-01-01' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().fields).toEqual({ filedOn: '备案日期不能晚于今天' });
    await township.post('/api/community-orgs', fields({ name: '双江街道广场舞队' }));
    const dup = await township.post('/api/community-orgs', fields({ name: '双江街道广场舞队' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual({ name: '本乡镇（街道）已有同名的社区社会组织' });
    // Unique per township: another township may use the name.
    expect((await qzTownship.post('/api/community-orgs', fields({ name: '双江街道广场舞队' }))).statusCode).toBe(201);
  });

  it('lets the county and the city read their townships, files nothing for them, and hides others', async () => {
    const o = (await township.post('/api/community-orgs', fields({ name: '双江街道读书会' }))).json();
    const q = (await qzTownship.post('/api/community-orgs', fields({ name: '府山街道读书会' }))).json();
    const names = async (c: TestClient) =>
      (await c.get('/api/community-orgs?limit=200')).json().items.map((x: { name: string }) => x.name);
    expect(await names(county)).toContain('双江街道读书会');
    expect(await names(county)).not.toContain('府山街道读书会');
    expect(await names(township)).not.toContain('府山街道读书会');
    expect(await names(city)).toContain('府山街道读书会');
    expect(await names(await t.client().as('qz-kc-clerk'))).toContain('府山街道读书会');
    expect(await names(neighbour)).toEqual([]);
    expect((await county.get(`/api/community-orgs/${o.id}`)).statusCode).toBe(200);
    expect((await neighbour.get(`/api/community-orgs/${o.id}`)).statusCode).toBe(404);
    expect((await qzTownship.get(`/api/community-orgs/${o.id}`)).statusCode).toBe(404);
    expect((await city.get(`/api/community-orgs/${q.id}`)).statusCode).toBe(200);
    const filed = await county.post('/api/community-orgs', fields());
    expect(filed.statusCode).toBe(403);
    expect((await county.put(`/api/community-orgs/${o.id}`, { venue: '别处', version: 1 })).statusCode).toBe(403);
    expect((await city.post(`/api/community-orgs/${q.id}/cancel`, { reason: '自行解散', version: 1 })).statusCode).toBe(
      403,
    );
    expect((await qzTownship.put(`/api/community-orgs/${o.id}`, { venue: '别处', version: 1 })).statusCode).toBe(404);
    const page1 = (await county.get('/api/community-orgs?limit=1')).json();
    expect(page1.items).toHaveLength(1);
    const page2 = (await county.get(`/api/community-orgs?limit=1&cursor=${page1.nextCursor}`)).json();
    expect(page2.items[0].id).toBeGreaterThan(page1.items[0].id);
  });

  it('changes a filing with a version check and cancels it with its reason', async () => {
    const o = (await township.post('/api/community-orgs', fields({ name: '双江街道书画社' }))).json();
    const changed = await township.put(`/api/community-orgs/${o.id}`, {
      venue: '双江街道文化站',
      memberCount: 30,
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ venue: '双江街道文化站', memberCount: 30, version: 2 });
    expect((await township.put(`/api/community-orgs/${o.id}`, { venue: '旧版本', version: 1 })).statusCode).toBe(409);
    const short = await township.post(`/api/community-orgs/${o.id}/cancel`, { reason: '解散', version: 2 });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.reason).toBe('请填写注销备案的原因（至少4个字）');
    const early = await township.post(`/api/community-orgs/${o.id}/cancel`, {
      reason: '成员自行解散',
      cancelledOn: '2025-01-01',
      version: 2,
    });
    expect(early.json().fields).toEqual({ cancelledOn: '注销日期不能早于备案日期' });
    const cancelled = await township.post(`/api/community-orgs/${o.id}/cancel`, { reason: '成员自行解散', version: 2 });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: '成员自行解散',
      cancelledOn: '2026-03-02',
      version: 3,
    });
    expect(
      (await township.post(`/api/community-orgs/${o.id}/cancel`, { reason: '再次注销', version: 3 })).statusCode,
    ).toBe(409);
    expect((await township.put(`/api/community-orgs/${o.id}`, { venue: 'x站点', version: 3 })).statusCode).toBe(409);
    // The record stays (with its date and reason); the name is free again.
    const list = (await county.get('/api/community-orgs?status=cancelled')).json().items;
    expect(list.map((x: { id: number }) => x.id)).toContain(o.id);
    expect((await township.post('/api/community-orgs', fields({ name: '双江街道书画社' }))).statusCode).toBe(201);
  });

  it('keeps the charter and roster with the filing, readable by the county, not by a neighbour', async () => {
    const charter = await upload(township, 'community_org_charter', '章程.pdf', samples.pdf);
    expect(charter.statusCode).toBe(201);
    const roster = await upload(township, 'community_org_roster', '花名册.pdf', samples.pdf);
    const o = (
      await township.post(
        '/api/community-orgs',
        fields({ name: '双江街道合唱团', charterFileId: charter.json().id, rosterFileId: roster.json().id }),
      )
    ).json();
    expect(o).toMatchObject({ charterFileId: charter.json().id, rosterFileId: roster.json().id });
    expect((await county.get(`/api/files/${charter.json().id}/content`)).statusCode).toBe(200);
    expect((await neighbour.get(`/api/files/${roster.json().id}/content`)).statusCode).toBe(404);
    const reuse = await township.post('/api/community-orgs', fields({ charterFileId: charter.json().id }));
    expect(reuse.json().fields).toEqual({ charterFileId: '该文件已属于其他记录' });
    expect((await upload(county, 'community_org_charter', '章程.pdf', samples.pdf)).statusCode).toBe(403);
  });

  it('exports the list of the scope with personal data masked, and audits it', async () => {
    const res = await county.get('/api/community-orgs/export?status=filed');
    expect(res.statusCode).toBe(200);
    const rows = await sheetValues(res.rawPayload);
    const flat = JSON.stringify(rows);
    expect(flat).toContain('双江街道读书会');
    expect(flat).not.toContain('府山街道读书会');
    expect(flat).not.toContain('500235199001011239');
    expect(flat).not.toContain('13800235678');
    expect(flat).toContain('138****5678');
    const audit = (await (await t.client().as('yy-admin')).get('/api/audit-logs?action=export')).json().items;
    expect(audit.some((a: { entity: string }) => a.entity === 'community_org')).toBe(true);
  });
});
