import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RISK_WARNING_FILE_PURPOSE } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { unitIdByName } from '../../support/fixtures';
import { upload } from '../../files/multipart';
import { samples } from '../../files/samples';
import { chinaNoon, openTodos, orgWithAccount } from './warnings-helpers';

let t: TestApp;
let clerk: TestClient;
let edu: number;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(chinaNoon('2026-05-04'));
  clerk = await t.client().as('yy-clerk');
  edu = await unitIdByName(t.db, '云阳县教育委员会');
});
afterAll(() => t.close());

describe(`risk warning answered and closed out (${ENGINE})`, () => {
  it('raised by hand, answered by the organization with a file, closed by the clerk; the to-dos follow', async () => {
    const { orgId, account } = await orgWithAccount(t, { categoryCode: 'education', supervisorUnitId: edu });
    const noSupervisor = await orgWithAccount(t);
    const bad = await clerk.post('/api/risk-warnings', {
      orgId: noSupervisor.orgId,
      level: 'hint',
      reason: '近期媒体报道其违规收费',
      target: 'supervisor',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.target).toBeTruthy();

    const res = await clerk.post('/api/risk-warnings', {
      orgId,
      level: 'warning',
      reason: '近期媒体报道其违规收费',
      target: 'both',
    });
    expect(res.statusCode, res.body).toBe(201);
    const w = res.json();
    expect(w).toMatchObject({ rule: 'manual', status: 'open', raisedOn: '2026-05-04', dueDate: '2026-05-14' });
    expect(await openTodos(t, w.id)).toHaveLength(2);

    // The organization sees it among its own and answers it.
    const mine = (await account.get('/api/risk-warnings/answerable')).json();
    expect(mine.items.map((x: { id: number }) => x.id)).toEqual([w.id]);
    expect((await account.get('/api/risk-warnings')).statusCode).toBe(403); // the staff list is not theirs
    const file = (await upload(account, RISK_WARNING_FILE_PURPOSE, '情况说明.pdf', samples.pdf)).json();
    const answered = await account.post(`/api/risk-warnings/${w.id}/answer`, {
      text: '已停止收费并退还会员',
      files: [file.id],
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'answered',
      answerFiles: [file.id],
      answerText: '已停止收费并退还会员',
    });
    expect(await openTodos(t, w.id)).toEqual([]);
    expect((await account.post(`/api/risk-warnings/${w.id}/answer`, { text: '再次答复' })).statusCode).toBe(409);
    expect((await clerk.get(`/api/files/${file.id}/content`)).statusCode).toBe(200);

    // Another organization's account neither sees nor answers it.
    const stranger = (await orgWithAccount(t)).account;
    expect((await stranger.get('/api/risk-warnings/answerable')).json().items).toEqual([]);
    expect((await stranger.post(`/api/risk-warnings/${w.id}/answer`, { text: '无关答复' })).statusCode).toBe(404);

    expect((await account.post(`/api/risk-warnings/${w.id}/close`, { note: '自行办结' })).statusCode).toBe(403);
    const closed = await clerk.post(`/api/risk-warnings/${w.id}/close`, { note: '经核实已整改', version: 2 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closeNote: '经核实已整改' });
    expect((await clerk.post(`/api/risk-warnings/${w.id}/close`, { note: '再次办结' })).statusCode).toBe(409);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entity', '=', 'risk_warning')
      .where('entityId', '=', String(w.id))
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'risk_warning_answered',
      'risk_warning_closed',
      'risk_warning_raised',
    ]);
  });

  it('the supervising unit answers a warning addressed to it; an org-only warning is not its to answer', async () => {
    const { orgId } = await orgWithAccount(t, { categoryCode: 'education', supervisorUnitId: edu });
    const supervisor = await t.client().as('yy-supervisor');
    const toUnit = (
      await clerk.post('/api/risk-warnings', { orgId, level: 'hint', reason: '负责人变更未备案', target: 'supervisor' })
    ).json();
    const toOrg = (
      await clerk.post('/api/risk-warnings', { orgId, level: 'hint', reason: '网站信息未更新', target: 'org' })
    ).json();
    const ids = (await supervisor.get('/api/risk-warnings/answerable')).json().items.map((x: { id: number }) => x.id);
    expect(ids).toContain(toUnit.id);
    expect(ids).not.toContain(toOrg.id);
    expect((await supervisor.post(`/api/risk-warnings/${toOrg.id}/answer`, { text: '已督促' })).statusCode).toBe(404);
    const ok = await supervisor.post(`/api/risk-warnings/${toUnit.id}/answer`, { text: '已督促其备案' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await supervisor.get(`/api/risk-warnings/${toOrg.id}`)).statusCode).toBe(200); // reads its orgs' warnings
  });

  it('scope: a neighbouring county gets 404, the city reads but does not close, the own county closes', async () => {
    const { orgId } = await orgWithAccount(t, {}, '330802');
    const own = await t.client().as('qz-kc-clerk');
    const w = (
      await own.post('/api/risk-warnings', { orgId, level: 'serious', reason: '涉嫌非法集资', target: 'org' })
    ).json();
    const neighbour = await t.client().as('qz-qj-clerk');
    expect((await neighbour.get(`/api/risk-warnings/${w.id}`)).statusCode).toBe(404);
    expect((await neighbour.post(`/api/risk-warnings/${w.id}/close`, { note: '越权办结' })).statusCode).toBe(404);
    expect(
      (await neighbour.get('/api/risk-warnings?limit=200')).json().items.map((x: { id: number }) => x.id),
    ).not.toContain(w.id);
    expect(
      (await neighbour.post('/api/risk-warnings', { orgId, level: 'hint', reason: '越权预警', target: 'org' }))
        .statusCode,
    ).toBe(404);
    const city = await t.client().as('qz-clerk');
    expect((await city.get(`/api/risk-warnings/${w.id}`)).statusCode).toBe(200);
    expect((await city.post(`/api/risk-warnings/${w.id}/close`, { note: '越级办结' })).statusCode).toBe(403);
    expect((await own.post(`/api/risk-warnings/${w.id}/close`, { note: '已核实' })).statusCode).toBe(200);
  });

  it('escalation opens one coordinated case (source risk_warning) and takes the warning off the to-do lists', async () => {
    const { orgId } = await orgWithAccount(t);
    const w = (
      await clerk.post('/api/risk-warnings', { orgId, level: 'serious', reason: '拒不整改', target: 'org' })
    ).json();
    const res = await clerk.post(`/api/risk-warnings/${w.id}/escalate`, { detail: '逾期未答复，转协同处置' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'escalated', caseId: expect.any(Number) });
    const status = await t.services.supervision.cases.sourceStatus([`risk_warning:${w.id}`]);
    expect(status.get(`risk_warning:${w.id}`)?.caseId).toBe(res.json().caseId);
    expect(await openTodos(t, w.id)).toEqual([]);
    expect((await clerk.post(`/api/risk-warnings/${w.id}/escalate`, { detail: '再次转办' })).statusCode).toBe(409);
  });

  it('lists filter by status and level and page by keyset without loss or repeat', async () => {
    const { orgId } = await orgWithAccount(t);
    for (const level of ['hint', 'warning', 'serious', 'hint', 'warning'])
      expect(
        (await clerk.post('/api/risk-warnings', { orgId, level, reason: '分页测试', target: 'org' })).statusCode,
      ).toBe(201);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = (
        await clerk.get(`/api/risk-warnings?orgId=${orgId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect((await clerk.get(`/api/risk-warnings?orgId=${orgId}&level=hint`)).json().items).toHaveLength(2);
    expect((await clerk.get(`/api/risk-warnings?orgId=${orgId}&status=closed`)).json().items).toHaveLength(0);
  });
});
