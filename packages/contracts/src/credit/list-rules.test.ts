import { describe, expect, it } from 'vitest';
import {
  addChinaMonths,
  addChinaYears,
  isMinorPenalty,
  listingDates,
  mayApplyForRemoval,
  penaltyGrounds,
  unreachablePair,
  withinThreeYears,
} from './list-rules';

describe('China-date arithmetic (民法典 第二百零二条: no corresponding day → month end)', () => {
  it('adds months and years, clamping to the month end', () => {
    expect(addChinaMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addChinaMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addChinaMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addChinaMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addChinaMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addChinaYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addChinaYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addChinaYears('2026-05-10', -3)).toBe('2023-05-10');
  });
});

describe('penalties → grounds (abnormal item 5; dishonest items 3, 4, 5, 7)', () => {
  const p = (kinds: Parameters<typeof penaltyGrounds>[0]['kinds'], fineFen: number | null = null) => ({
    kinds,
    fineFen,
    decidedOn: '2026-05-10',
  });
  it('a warning or a fine under ¥50,000 is minor (abnormal item 5)', () => {
    expect(penaltyGrounds(p(['warning']), [])).toEqual([{ list: 'abnormal', ground: 'minor_penalty' }]);
    expect(penaltyGrounds(p(['fine'], 4_999_999), [])).toEqual([{ list: 'abnormal', ground: 'minor_penalty' }]);
    expect(isMinorPenalty(p(['warning', 'confiscation']))).toBe(true);
    expect(penaltyGrounds(p(['confiscation']), [])).toEqual([]);
  });
  it('a fine of exactly ¥50,000 is large (dishonest item 4) and not minor', () => {
    expect(penaltyGrounds(p(['fine'], 5_000_000), [])).toEqual([{ list: 'dishonest', ground: 'large_fine' }]);
    expect(penaltyGrounds(p(['warning', 'fine'], 5_000_000), ['2025-01-01'])).toEqual([
      { list: 'dishonest', ground: 'large_fine' },
    ]);
  });
  it('限期停止活动 and revocation / withdrawal are dishonest grounds', () => {
    expect(penaltyGrounds(p(['suspension']), [])).toEqual([{ list: 'dishonest', ground: 'suspension' }]);
    expect(penaltyGrounds(p(['revocation']), [])).toEqual([{ list: 'dishonest', ground: 'revoked' }]);
    expect(penaltyGrounds(p(['certificate_withdrawal', 'fine'], 100), [])).toEqual([
      { list: 'dishonest', ground: 'revoked' },
    ]);
  });
  it('two minor penalties within 3 years: the day before 3 years counts, the day of 3 years does not', () => {
    const later = (decidedOn: string) => ({ kinds: ['warning'] as const, fineFen: null, decidedOn });
    expect(withinThreeYears('2023-05-10', '2026-05-09')).toBe(true);
    expect(withinThreeYears('2023-05-10', '2026-05-10')).toBe(false);
    expect(withinThreeYears('2026-05-09', '2023-05-10')).toBe(true);
    expect(penaltyGrounds(later('2026-05-09'), ['2023-05-10'])).toEqual([
      { list: 'abnormal', ground: 'minor_penalty' },
      { list: 'dishonest', ground: 'repeated_penalties' },
    ]);
    expect(penaltyGrounds(later('2026-05-10'), ['2023-05-10'])).toEqual([
      { list: 'abnormal', ground: 'minor_penalty' },
    ]);
  });
});

describe('listing dates', () => {
  it('item 5 alone: auto removal 6 months after the clock start; 2 years from the listing to the move', () => {
    expect(listingDates('abnormal', '2026-03-02', '2026-03-02', ['minor_penalty'])).toEqual({
      autoRemoveOn: '2026-09-02',
      moveOn: '2028-03-02',
      removableFrom: null,
    });
  });
  it('a ground with something to fix: no auto removal', () => {
    expect(listingDates('abnormal', '2026-03-02', '2026-03-02', ['minor_penalty', 'annual_report']).autoRemoveOn).toBe(
      null,
    );
  });
  it('a new ground restarts the 6 months but not the 2-year move', () => {
    expect(listingDates('abnormal', '2026-03-02', '2026-07-01', ['minor_penalty', 'minor_penalty'])).toEqual({
      autoRemoveOn: '2027-01-01',
      moveOn: '2028-03-02',
      removableFrom: null,
    });
  });
  it('a 29 Feb listing moves on 28 Feb two years later', () => {
    expect(listingDates('abnormal', '2024-02-29', '2024-02-29', ['annual_report']).moveOn).toBe('2026-02-28');
  });
  it('dishonest: removable 2 years after the clock start, never for revoked alone', () => {
    expect(listingDates('dishonest', '2026-03-02', '2026-04-01', ['large_fine']).removableFrom).toBe('2028-04-01');
    expect(listingDates('dishonest', '2026-03-02', '2026-03-02', ['revoked']).removableFrom).toBe(null);
  });
});

describe('mayApplyForRemoval', () => {
  const g = (
    ground: 'annual_report' | 'minor_penalty' | 'large_fine' | 'abnormal_two_years' | 'revoked',
    fulfilledOn: string | null = null,
  ) => ({
    ground,
    listedOn: '2026-03-02',
    fulfilledOn,
  });
  it('abnormal: any time for grounds with something to fix; item 5 alone leaves by itself', () => {
    const listing = { list: 'abnormal' as const, status: 'active', clockStart: '2026-03-02' };
    expect(mayApplyForRemoval(listing, [g('annual_report')], '2026-03-03').allowed).toBe(true);
    expect(mayApplyForRemoval(listing, [g('minor_penalty')], '2026-03-03').allowed).toBe(false);
  });
  it('dishonest: the day before 2 full years no, the day of yes', () => {
    const listing = { list: 'dishonest' as const, status: 'active', clockStart: '2026-03-02' };
    const before = mayApplyForRemoval(listing, [g('large_fine')], '2028-03-01');
    expect(before).toMatchObject({ allowed: false, from: '2028-03-02' });
    expect(mayApplyForRemoval(listing, [g('large_fine')], '2028-03-02').allowed).toBe(true);
  });
  it('dishonest: a newer ground on the abnormal list restarts the 2 years', () => {
    const listing = { list: 'dishonest' as const, status: 'active', clockStart: '2026-03-02' };
    expect(mayApplyForRemoval(listing, [g('large_fine')], '2028-03-02', '2027-01-05')).toMatchObject({
      allowed: false,
      from: '2029-01-05',
    });
  });
  it('from the abnormal list only with the original obligation met; revoked never', () => {
    const open = {
      list: 'dishonest' as const,
      status: 'active',
      clockStart: '2026-03-02',
      fromGrounds: [g('annual_report')],
    };
    expect(mayApplyForRemoval(open, [g('abnormal_two_years')], '2028-03-02').allowed).toBe(false);
    const met = { ...open, fromGrounds: [g('annual_report', '2027-01-01'), g('minor_penalty')] };
    expect(mayApplyForRemoval(met, [g('abnormal_two_years')], '2028-03-02').allowed).toBe(true);
    const revoked = { list: 'dishonest' as const, status: 'active', clockStart: '2020-01-01' };
    expect(mayApplyForRemoval(revoked, [g('revoked')], '2028-03-02').allowed).toBe(false);
  });
});

describe('unreachable: two unsigned registered letters 20–60 days apart (2017 draft 第十一条, unconfirmed)', () => {
  const l = (sentOn: string, signed = false) => ({ sentOn, signed });
  it('accepts 20 and 60 days, refuses 19, 61 and signed letters', () => {
    expect(unreachablePair([l('2026-03-01'), l('2026-03-21')])).not.toBeNull();
    expect(unreachablePair([l('2026-03-01'), l('2026-04-30')])).not.toBeNull();
    expect(unreachablePair([l('2026-03-01'), l('2026-03-20')])).toBeNull();
    expect(unreachablePair([l('2026-03-01'), l('2026-05-01')])).toBeNull();
    expect(unreachablePair([l('2026-03-01'), l('2026-03-25', true)])).toBeNull();
    expect(unreachablePair([l('2026-03-01'), l('2026-03-05'), l('2026-03-25')])).not.toBeNull();
  });
  it('takes the interval as a parameter', () => {
    expect(unreachablePair([l('2026-03-01'), l('2026-03-11')], { min: 10, max: 30 })).not.toBeNull();
  });
});
