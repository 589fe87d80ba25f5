import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodoInput } from '../../src/modules/todos/todos.service';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { unitIdByName, userIdByName } from '../support/fixtures';
import { insertAccount } from './accounts';

let t: TestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  ids.yyEdu = await unitIdByName(t.db, '云阳县教育委员会');
  ids.yyClerk = await userIdByName(t.db, 'yy-clerk');
  ids.qzClerk = await userIdByName(t.db, 'qz-clerk');
  await insertAccount(t.db, 'yy-edu-second', ['supervisor_staff'], { regionCode: '500235', unitId: ids.yyEdu });
  await insertAccount(t.db, 'yy-org-21', ['org_account'], { regionCode: '500235', orgId: 21 });
});
afterAll(() => t.close());

const todos = () => t.services.todos;
const add = (input: TodoInput) => t.db.transaction().execute((trx) => todos().add(trx, input));
const inTrx = <T>(fn: (trx: typeof t.db) => Promise<T>) => t.db.transaction().execute(fn);

async function titlesOf(username: string, query = ''): Promise<string[]> {
  const c = await t.client().as(username);
  const res = await c.get(`/api/todos${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { title: string }) => i.title);
}

describe(`to-dos: what modules add (${ENGINE})`, () => {
  it('adding again under the same source key updates the one item', async () => {
    const key = 'annual-report:2025:org:7';
    const first = await add({ userId: ids.yyClerk, kind: 'annual_report', title: '审核年报（初稿）', sourceKey: key });
    const second = await add({
      userId: ids.yyClerk,
      kind: 'annual_report',
      title: '审核年报',
      link: '/annual-reports/7',
      dueDate: '2026-05-31',
      priority: 2,
      sourceKey: key,
    });
    expect(second).toBe(first);
    const items = (await (await t.client().as('yy-clerk')).get('/api/todos')).json().items;
    const mine = items.filter((i: { id: number }) => i.id === first);
    expect(mine).toEqual([
      expect.objectContaining({
        title: '审核年报',
        link: '/annual-reports/7',
        dueDate: '2026-05-31',
        priority: 2,
        overdue: false,
        assignee: 'user',
      }),
    ]);
  });

  it('completes and cancels once; closing again changes nothing; adding again reopens', async () => {
    await add({ userId: ids.yyClerk, kind: 'case', title: '跟进投诉', sourceKey: 'case:1' });
    expect(await inTrx((trx) => todos().complete(trx, 'case:1'))).toBe(true);
    expect(await inTrx((trx) => todos().complete(trx, 'case:1'))).toBe(false);
    expect(await inTrx((trx) => todos().cancel(trx, 'case:1'))).toBe(false);
    const done = await t.db.selectFrom('todos').selectAll().where('sourceKey', '=', 'case:1').executeTakeFirstOrThrow();
    expect(done.status).toBe('done');
    expect(done.doneAt).toBe(t.clock.now().toISOString());
    expect(await titlesOf('yy-clerk')).not.toContain('跟进投诉');

    await add({ userId: ids.yyClerk, kind: 'case', title: '跟进投诉（补充材料）', sourceKey: 'case:1' });
    expect(await titlesOf('yy-clerk')).toContain('跟进投诉（补充材料）');
    expect(await inTrx((trx) => todos().cancel(trx, 'case:1'))).toBe(true);
    expect(await inTrx((trx) => todos().cancel(trx, 'case:1'))).toBe(false);
    const cancelled = await t.db.selectFrom('todos').select('status').where('sourceKey', '=', 'case:1').execute();
    expect(cancelled).toEqual([{ status: 'cancelled' }]);
    expect(await titlesOf('yy-clerk')).not.toContain('跟进投诉（补充材料）');
    expect(await inTrx((trx) => todos().complete(trx, 'never-added'))).toBe(false);
  });

  it('adds nothing when the module rolls back, and refuses an item without exactly one assignee', async () => {
    await expect(
      inTrx(async (trx) => {
        await todos().add(trx, { userId: ids.yyClerk, kind: 'x', title: '回滚的待办', sourceKey: 'rolled-back' });
        throw new Error('module failed');
      }),
    ).rejects.toThrow('module failed');
    expect(await titlesOf('yy-clerk')).not.toContain('回滚的待办');
    await expect(add({ kind: 'x', title: '无人', sourceKey: 'nobody' })).rejects.toThrow(/exactly one assignee/);
    await expect(
      add({ userId: ids.yyClerk, unitId: ids.yyEdu, kind: 'x', title: '两人', sourceKey: 'two' }),
    ).rejects.toThrow(/exactly one assignee/);
    await expect(add({ role: 'authority_staff', kind: 'x', title: '缺地区', sourceKey: 'no-region' })).rejects.toThrow(
      /exactly one assignee/,
    );
  });
});

describe(`to-dos: who sees them (${ENGINE})`, () => {
  it("a unit's item reaches every user of the unit and nobody else", async () => {
    await add({ unitId: ids.yyEdu, kind: 'review', title: '教委初审：成立登记申请', sourceKey: 'review:unit' });
    expect(await titlesOf('yy-supervisor')).toContain('教委初审：成立登记申请');
    expect(await titlesOf('yy-edu-second')).toContain('教委初审：成立登记申请');
    for (const other of ['yy-clerk', 'yy-partner', 'yy-admin', 'qz-supervisor', 'yy-org-21']) {
      expect(await titlesOf(other), other).not.toContain('教委初审：成立登记申请');
    }
  });

  it("a role's item reaches that role in exactly that region; an organization's item its account", async () => {
    await add({ role: 'authority_staff', regionCode: '500235', kind: 'list', title: '核查异常名录', sourceKey: 'r:1' });
    await add({ orgId: 21, kind: 'annual_report', title: '填报2025年度报告', sourceKey: 'org:21:ar' });
    expect(await titlesOf('yy-clerk')).toContain('核查异常名录');
    for (const other of ['qz-clerk', 'yy-admin', 'yy-supervisor', 'yy-township']) {
      expect(await titlesOf(other), other).not.toContain('核查异常名录');
    }
    expect(await titlesOf('yy-org-21')).toEqual(['填报2025年度报告']);
    expect(await titlesOf('yy-org')).toEqual([]);
  });
});

describe(`to-dos: overdue and counts (${ENGINE})`, () => {
  it('turns overdue at midnight China time, not UTC midnight', async () => {
    await add({
      userId: ids.qzClerk,
      kind: 'rectification',
      title: '督促整改',
      dueDate: '2026-03-05',
      sourceKey: 'o:1',
    });
    await add({
      userId: ids.qzClerk,
      kind: 'rectification',
      title: '复查整改',
      dueDate: '2026-03-06',
      sourceKey: 'o:2',
    });
    await add({ userId: ids.qzClerk, kind: 'report', title: '进度报告', sourceKey: 'o:3' });
    // 2026-03-05 23:59:59.999 in China (15:59:59.999 UTC): the due date is today, not yet overdue.
    t.clock.set('2026-03-05T15:59:59.999Z');
    const c = await t.client().as('qz-clerk');
    const overdue = async () =>
      (await c.get('/api/todos'))
        .json()
        .items.filter((i: { overdue: boolean }) => i.overdue)
        .map((i: { title: string }) => i.title);

    expect(await overdue()).toEqual([]);
    expect((await c.get('/api/todos/counts')).json()).toMatchObject({ open: 3, overdue: 0 });
    // One millisecond later it is 6 March in China although still 5 March in UTC.
    t.clock.advance(1);
    expect(await overdue()).toEqual(['督促整改']);
    expect(await titlesOf('qz-clerk', '?overdue=true')).toEqual(['督促整改']);
    expect(await titlesOf('qz-clerk', '?overdue=false')).toEqual(['复查整改', '进度报告']);
    expect((await c.get('/api/todos/counts')).json()).toEqual({
      open: 3,
      overdue: 1,
      byKind: { rectification: { open: 2, overdue: 1 }, report: { open: 1, overdue: 0 } },
    });
    expect(await titlesOf('qz-clerk', '?kind=report')).toEqual(['进度报告']);
  });

  it('lists the most urgent first, undated items last within a priority', async () => {
    t.clock.set('2026-03-02T01:00:00.000Z');
    const user = await insertAccount(t.db, 'sort-probe', ['inspector'], { regionCode: '500235' });
    await add({ userId: user, kind: 'k', title: '无期限', sourceKey: 's:1' });
    await add({ userId: user, kind: 'k', title: '四月', dueDate: '2026-04-01', sourceKey: 's:2' });
    await add({ userId: user, kind: 'k', title: '三月', dueDate: '2026-03-10', sourceKey: 's:3' });
    await add({ userId: user, kind: 'k', title: '紧急', priority: 2, sourceKey: 's:4' });
    expect(await titlesOf('sort-probe')).toEqual(['紧急', '三月', '四月', '无期限']);
  });

  it('needs a session, and refuses a malformed filter', async () => {
    expect((await t.client().get('/api/todos')).statusCode).toBe(401);
    expect((await t.client().get('/api/todos/counts')).statusCode).toBe(401);
    const c = await t.client().as('yy-clerk');
    const bad = await c.get('/api/todos?overdue=maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });
});
