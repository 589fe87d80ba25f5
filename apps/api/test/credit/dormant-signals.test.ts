import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDormantPreview } from '@shezu/contracts';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import {
  activity,
  at,
  letter,
  listUnreachable,
  missedYears,
  orgsOf,
  record,
  revocationCandidate,
} from './dormant-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function preview(query: string): Promise<TDormantPreview> {
  const clerk = await t.client().as('yy-clerk');
  const res = await clerk.get(`/api/dormant-candidates/preview?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const ids = (p: TDormantPreview) => p.items.map((i) => i.orgId);

describe(`dormant signals on their boundaries (${ENGINE})`, () => {
  it('annual inspection missed: one year no, two consecutive years yes, the parameter counts', async () => {
    const [one, two, gap] = await orgsOf(t, 3);
    await missedYears(t, one!, [2025]);
    await missedYears(t, two!, [2024, 2025]);
    await missedYears(t, gap!, [2023, 2025]);
    const p = await preview('signals=annual_missed');
    expect(ids(p)).toEqual([two]);
    expect(p.items[0]!.signals).toEqual([{ code: 'annual_missed', years: [2024, 2025] }]);
    expect(ids(await preview('signals=annual_missed&missedYears=3'))).toEqual([]);
    expect(ids(await preview('signals=annual_missed&missedYears=1'))).toEqual([one, two, gap]);
    // The annual inspection's own rule: a revocation candidate for two years not inspected counts both years.
    await revocationCandidate(t, one!, 2025);
    expect((await preview('signals=annual_missed')).items.find((i) => i.orgId === one)!.signals).toEqual([
      { code: 'annual_missed', years: [2024, 2025] },
    ]);
  });

  it('unreachable: two unsigned letters or an active listing on ground (六)', async () => {
    const [letters, oneLetter, listed] = await orgsOf(t, 3);
    const clerk = await t.client().as('yy-clerk');
    await letter(t, clerk, letters!, '2026-01-05', false);
    await letter(t, clerk, letters!, '2026-02-10', false);
    await letter(t, clerk, oneLetter!, '2026-01-05', false);
    await listUnreachable(t, clerk, listed!, '2026-02-20');
    const p = await preview('signals=unreachable');
    expect(ids(p)).toEqual([letters, listed]);
    expect(p.items[0]!.signals[0]).toEqual({
      code: 'unreachable',
      listedOn: null,
      unsignedLetters: ['2026-01-05', '2026-02-10'],
    });
    expect(p.items[1]!.signals[0]).toMatchObject({ listedOn: '2026-02-20' });
  });

  it('no activity: 暂无数据 while the platform has no activity at all, then 24 months to the day', async () => {
    const before = await preview('signals=no_activity');
    expect(before.noData).toEqual(['no_activity']);
    expect(before.total).toBe(0);
    const [active, silent] = await orgsOf(t, 2);
    await activity(t, silent!, '2024-03-02');
    await activity(t, active!, '2024-03-03');
    // 1 March 2026: 24 months from 2 March 2024 are not full yet.
    await at(t, '2026-03-01');
    let p = await preview('signals=no_activity');
    expect(p.noData).toEqual([]);
    expect(ids(p)).not.toContain(silent);
    // 2 March 2026: full to the day; the org active on 3 March 2024 is not dormant yet.
    await at(t, '2026-03-02');
    p = await preview('signals=no_activity');
    expect(ids(p)).toContain(silent);
    expect(ids(p)).not.toContain(active);
    expect(p.items.find((i) => i.orgId === silent)!.signals[0]).toEqual({
      code: 'no_activity',
      lastActivityOn: '2024-03-02',
      since: '2024-03-02',
      dormantFrom: '2026-03-02',
      months: 24,
    });
    p = await preview('signals=no_activity&inactiveMonths=25');
    expect(ids(p)).not.toContain(silent);
  });

  it('council renewal: 暂无数据 without any renewal on record, then term + grace from the last renewal', async () => {
    expect((await preview('signals=council_overdue')).noData).toEqual(['council_overdue']);
    const [renewed] = await orgsOf(t, 1, '500235', { foundedOn: '2010-01-01' });
    await record(t, renewed!, 'council_renewed', '2020-06-01');
    await at(t, '2026-06-01');
    let p = await preview('signals=council_overdue');
    expect(p.noData).toEqual([]);
    expect(ids(p)).not.toContain(renewed);
    await at(t, '2026-06-02');
    p = await preview('signals=council_overdue');
    expect(p.items.find((i) => i.orgId === renewed)!.signals[0]).toEqual({
      code: 'council_overdue',
      lastRenewedOn: '2020-06-01',
      foundedOn: '2010-01-01',
      termYears: 5,
      dueOn: '2025-06-01',
      overdueFrom: '2026-06-02',
    });
    expect(ids(await preview('signals=council_overdue&councilGraceMonths=13'))).not.toContain(renewed);
  });

  it('a candidate carries every signal that made it one; minSignals and types narrow the list', async () => {
    const [both] = await orgsOf(t, 1);
    await missedYears(t, both!, [2024, 2025]);
    await listUnreachable(t, await t.client().as('yy-clerk'), both!, '2026-01-10');
    const p = await preview('signals=annual_missed,unreachable&minSignals=2');
    expect(ids(p)).toEqual([both]);
    expect(p.items[0]!.signals.map((s) => s.code)).toEqual(['annual_missed', 'unreachable']);
    expect(ids(await preview('signals=annual_missed,unreachable&minSignals=2&types=foundation'))).toEqual([]);
    // A domicile subtree inside the county: its own township, or another one.
    expect(ids(await preview('signals=annual_missed,unreachable&minSignals=2&region=500235001'))).toEqual([both]);
    expect(ids(await preview('signals=annual_missed,unreachable&minSignals=2&region=500235002'))).toEqual([]);
  });

  it('the preview stays inside the bureau: another region is refused, an org account has no bureau', async () => {
    const clerk = await t.client().as('yy-clerk');
    expect((await clerk.get('/api/dormant-candidates/preview?region=3308')).statusCode).toBe(400);
    const sup = await t.client().as('yy-supervisor');
    expect((await sup.get('/api/dormant-candidates/preview')).statusCode).toBe(403);
  });
});
