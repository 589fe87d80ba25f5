import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUser } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await insertUser(t.db, { username: 'zj-admin', roles: ['system_admin'], regionCode: '33' });
});
afterAll(() => t.close());

const notice2027 = {
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  version: null,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-10-01', name: '国庆节' },
    { date: '2027-10-04', name: '国庆节' },
  ],
  workdays: [{ date: '2027-10-09', name: '国庆节调休上班' }],
};

describe(`working-day calendar (${ENGINE})`, () => {
  it('ships 2025 and 2026 and computes deadlines over them through the API', async () => {
    const c = await t.client().as('yy-clerk');
    const status = (await c.get('/api/calendar/status')).json();
    expect(status.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
    expect(status.years[1]).toMatchObject({ holidays: 33, workdays: 6 });
    const r = (await c.get('/api/calendar/working-days?from=2026-09-30&days=4')).json();
    expect(r).toEqual({ date: '2026-10-12', missingYears: [] });
  });

  it('warns about a missing year instead of counting weekdays silently', async () => {
    t.clock.set('2026-10-31T15:50:00.000Z'); // 23:50 on 31 October in China (UTC+8)
    const c = await t.client().as('yy-clerk');
    expect((await c.get('/api/calendar/status')).json().missingYears).toEqual([]);
    t.clock.set('2026-10-31T16:00:00.000Z'); // 00:00 on 1 November in China: next year's notice is due (same session)
    expect((await c.get('/api/calendar/status')).json().missingYears).toEqual([2027]);
    const estimate = (await c.get('/api/calendar/working-days?from=2026-12-30&days=3')).json();
    expect(estimate.missingYears).toEqual([2027]);
  });

  it('lets a province administrator enter the next year, audited, and uses it at once', async () => {
    const county = await t.client().as('yy-admin');
    const denied = await county.put('/api/calendar/years/2027', notice2027);
    expect(denied.statusCode).toBe(403);
    const clerk = await t.client().as('yy-clerk');
    expect((await clerk.put('/api/calendar/years/2027', notice2027)).json().code).toBe('FORBIDDEN');

    const admin = await t.client().as('zj-admin');
    const ok = await admin.put('/api/calendar/years/2027', notice2027);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ year: 2027, holidays: 3, workdays: 1, version: 1 });
    const r = (await admin.get('/api/calendar/working-days?from=2027-09-30&days=2')).json();
    // 1 Oct holiday, Sat 2 and Sun 3 weekend, 4 Oct holiday: next working days are 5 and 6 Oct.
    expect(r).toEqual({ date: '2027-10-06', missingYears: [] });
    const audit = (await admin.get('/api/audit-logs?entity=calendar_year&entityId=2027')).json().items;
    expect(audit).toHaveLength(1);

    const stale = await admin.put('/api/calendar/years/2027', notice2027);
    expect(stale.statusCode).toBe(409);
  });

  it('refuses days outside the year, duplicates, and make-up days that are not weekends, field by field', async () => {
    const admin = await t.client().as('zj-admin');
    const outside = await admin.put('/api/calendar/years/2028', {
      ...notice2027,
      holidays: [{ date: '2027-05-01', name: 'x' }],
      workdays: [],
    });
    expect(outside.json().fields).toEqual({ 'holidays.0.date': '日期须在2028年内' });
    const weekday = await admin.put('/api/calendar/years/2028', {
      ...notice2027,
      holidays: [],
      workdays: [{ date: '2028-03-01', name: 'x' }],
    });
    expect(weekday.json().fields['workdays.0.date']).toContain('不是周末');
    const bad = await admin.put('/api/calendar/years/2028', {
      ...notice2027,
      holidays: [{ date: '2028-02-30', name: 'x' }],
      workdays: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields['holidays.0.date']).toBe('日期不存在');
    expect((await admin.get('/api/calendar/years/2028/days')).json()).toEqual([]);
  });
});
