import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { unitIdByName } from '../../support/fixtures';
import { chinaNoon, orgWithAccount, openTodos, publish, ref, warningsOf } from './warnings-helpers';

let t: TestApp;
let edu: number;
beforeAll(async () => {
  t = await startTestApp();
  edu = await unitIdByName(t.db, '云阳县教育委员会');
});
afterAll(() => t.close());

let complaintNo = 1000;
const complaint = async (orgId: number, receivedOn: string, complaintId = ++complaintNo) => {
  t.clock.set(chinaNoon(receivedOn));
  await publish(t, 'complaint_received', { ...(await ref(t, orgId)), complaintId, receivedOn });
  return complaintId;
};

describe(`risk warnings raised by rules (${ENGINE})`, () => {
  it('a jump in complaints: the third within 30 days raises one warning; a redelivery and a fourth add none', async () => {
    const { orgId } = await orgWithAccount(t);
    await complaint(orgId, '2026-03-01');
    await complaint(orgId, '2026-03-10');
    expect(await warningsOf(t, orgId)).toEqual([]);
    const third = await complaint(orgId, '2026-03-20');
    const [w, ...more] = await warningsOf(t, orgId);
    expect(more).toEqual([]);
    expect(w).toMatchObject({
      rule: 'complaint_jump',
      level: 'warning',
      status: 'open',
      target: 'org',
      raisedOn: '2026-03-20',
      dueDate: '2026-03-30',
    });
    expect(w!.reason).toContain('3件');
    await complaint(orgId, '2026-03-20', third); // the same complaint published again
    await complaint(orgId, '2026-03-25');
    expect(await warningsOf(t, orgId)).toHaveLength(1);
    expect((await openTodos(t, w!.id)).map((x) => x.orgId)).toEqual([orgId]);
  });

  it('window boundary: 30 days count both ends; a complaint on day 31 starts a new window', async () => {
    const { orgId } = await orgWithAccount(t);
    await complaint(orgId, '2026-04-01');
    await complaint(orgId, '2026-04-15');
    await complaint(orgId, '2026-05-01'); // window 04-02 … 05-01: 04-01 is outside
    expect(await warningsOf(t, orgId)).toEqual([]);

    const other = (await orgWithAccount(t)).orgId;
    await complaint(other, '2026-04-01');
    await complaint(other, '2026-04-15');
    await complaint(other, '2026-04-30'); // window 04-01 … 04-30: all three inside
    expect(await warningsOf(t, other)).toHaveLength(1);

    await complaint(orgId, '2026-05-02'); // window 04-03 … 05-02: 04-15, 05-01, 05-02
    expect((await warningsOf(t, orgId)).map((w) => w.raisedOn)).toEqual(['2026-05-02']);
  });

  it('an overdue rectification raises one serious warning for the organization and its supervising unit', async () => {
    const { orgId } = await orgWithAccount(t, { categoryCode: 'education', supervisorUnitId: edu });
    t.clock.set(chinaNoon('2026-06-02'));
    const payload = {
      ...(await ref(t, orgId)),
      caseId: 7,
      measureId: 71,
      measure: 'rectification_order' as const,
      deadline: '2026-06-01',
    };
    await publish(t, 'rectification_overdue', payload);
    await publish(t, 'rectification_overdue', payload); // published twice: still one
    const ws = await warningsOf(t, orgId);
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ rule: 'rectification_overdue', level: 'serious', target: 'both' });
    expect(ws[0]!.reason).toContain('2026-06-01');
    const todos = await openTodos(t, ws[0]!.id);
    expect(todos.map((x) => [x.orgId, x.unitId])).toEqual([
      [orgId, null],
      [null, edu],
    ]);
  });

  it('a flagged annual report: 基本合格 a hint, 不合格 serious, 合格 nothing; each report once', async () => {
    const { orgId } = await orgWithAccount(t);
    t.clock.set(chinaNoon('2026-06-10'));
    const base = { ...(await ref(t, orgId)), year: 2025, concludedOn: '2026-06-10' };
    await publish(t, 'annual_inspection_concluded', { ...base, reportId: 501, conclusion: 'pass' });
    expect(await warningsOf(t, orgId)).toEqual([]);
    await publish(t, 'annual_inspection_concluded', { ...base, reportId: 502, conclusion: 'basic_pass' });
    await publish(t, 'annual_inspection_concluded', { ...base, reportId: 502, conclusion: 'basic_pass' });
    await publish(t, 'annual_inspection_concluded', { ...base, reportId: 503, year: 2024, conclusion: 'fail' });
    expect((await warningsOf(t, orgId)).map((w) => [w.rule, w.level])).toEqual([
      ['annual_flagged', 'hint'],
      ['annual_flagged', 'serious'],
    ]);
  });
});
