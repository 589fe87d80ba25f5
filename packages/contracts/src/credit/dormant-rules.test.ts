import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DORMANT_PARAMS,
  addMonths,
  annualMissedSignal,
  completionRate,
  councilOverdueSignal,
  evaluateDormant,
  noActivitySignal,
  unreachableSignal,
  type DormantContext,
  type DormantFacts,
} from './dormant-rules';

const facts = (over: Partial<DormantFacts> = {}): DormantFacts => ({
  orgType: 'social_group',
  foundedOn: '2015-05-10',
  overdueYears: [],
  concludedYears: [],
  revocationCandidates: [],
  unreachableListedOn: null,
  letters: [],
  lastActivityOn: null,
  lastCouncilRenewalOn: null,
  ...over,
});
const ctx = (over: Partial<DormantContext> = {}): DormantContext => ({
  today: '2026-06-01',
  activitySince: '2023-01-01',
  councilData: true,
  ...over,
});

describe('addMonths', () => {
  it('keeps the day, or the month’s last day', () => {
    expect(addMonths('2024-03-02', 24)).toBe('2026-03-02');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('annual inspection missed for consecutive years (雅安 rule)', () => {
  it('one missed year is not enough; two in a row are', () => {
    expect(annualMissedSignal(facts({ overdueYears: [2025] }), 2)).toBeNull();
    expect(annualMissedSignal(facts({ overdueYears: [2024, 2025] }), 2)).toEqual({
      code: 'annual_missed',
      years: [2024, 2025],
    });
  });
  it('the years must be consecutive and the parameter counts', () => {
    expect(annualMissedSignal(facts({ overdueYears: [2022, 2024] }), 2)).toBeNull();
    expect(annualMissedSignal(facts({ overdueYears: [2024, 2025] }), 3)).toBeNull();
    expect(annualMissedSignal(facts({ overdueYears: [2023, 2024, 2025] }), 3)?.years).toEqual([2023, 2024, 2025]);
  });
  it('an inspection after the missed years, or a late conclusion of one of them, clears it', () => {
    expect(annualMissedSignal(facts({ overdueYears: [2023, 2024], concludedYears: [2025] }), 2)).toBeNull();
    expect(annualMissedSignal(facts({ overdueYears: [2024, 2025], concludedYears: [2025] }), 2)).toBeNull();
  });
  it('a revocation candidate for two years not inspected counts both years; two 不合格 do not', () => {
    const rc = (ground: string) => facts({ revocationCandidates: [{ year: 2025, ground }] });
    expect(annualMissedSignal(rc('连续两年（2024、2025年度）未参加年检'), 2)?.years).toEqual([2024, 2025]);
    expect(annualMissedSignal(rc('连续两年（2024、2025年度）年检不合格'), 2)).toBeNull();
  });
});

describe('unreachable', () => {
  it('an active abnormal listing on ground (六)', () => {
    expect(unreachableSignal(facts({ unreachableListedOn: '2026-01-05' }))).toEqual({
      code: 'unreachable',
      listedOn: '2026-01-05',
      unsignedLetters: [],
    });
  });
  it('the two latest letters unsigned; one unsigned or a later signed one is not enough', () => {
    const l = (sentOn: string, signed: boolean) => ({ sentOn, signed });
    expect(unreachableSignal(facts({ letters: [l('2026-01-05', false)] }))).toBeNull();
    expect(unreachableSignal(facts({ letters: [l('2026-02-20', false), l('2026-01-05', false)] }))).toEqual({
      code: 'unreachable',
      listedOn: null,
      unsignedLetters: ['2026-01-05', '2026-02-20'],
    });
    expect(
      unreachableSignal(facts({ letters: [l('2026-01-05', false), l('2026-02-20', false), l('2026-04-01', true)] })),
    ).toBeNull();
  });
});

describe('no activity for 24 months', () => {
  it('is raised on the day 24 months are full, not the day before', () => {
    const f = facts({ lastActivityOn: '2024-03-02' });
    expect(noActivitySignal(f, ctx({ today: '2026-03-01' }), 24)).toBeNull();
    expect(noActivitySignal(f, ctx({ today: '2026-03-02' }), 24)).toMatchObject({
      since: '2024-03-02',
      dormantFrom: '2026-03-02',
    });
  });
  it('without an activity of its own it counts from when the platform began receiving activities', () => {
    const f = facts({ foundedOn: '2010-01-01' });
    expect(noActivitySignal(f, ctx({ activitySince: '2025-01-01', today: '2026-12-31' }), 24)).toBeNull();
    expect(noActivitySignal(f, ctx({ activitySince: '2025-01-01', today: '2027-01-01' }), 24)?.since).toBe(
      '2025-01-01',
    );
  });
  it('no activity data on the platform at all: 暂无数据, never dormant', () => {
    const e = evaluateDormant(facts(), ctx({ activitySince: null }), DEFAULT_DORMANT_PARAMS);
    expect(e.noData).toContain('no_activity');
    expect(e.signals.find((s) => s.code === 'no_activity')).toBeUndefined();
  });
});

describe('council renewal overdue', () => {
  it('term of 5 years from the last renewal plus 12 months of grace; overdue the day after', () => {
    const f = facts({ lastCouncilRenewalOn: '2020-06-01' });
    expect(councilOverdueSignal(f, '2026-06-01', 5, 12)).toBeNull();
    expect(councilOverdueSignal(f, '2026-06-02', 5, 12)).toEqual({
      code: 'council_overdue',
      lastRenewedOn: '2020-06-01',
      foundedOn: '2015-05-10',
      termYears: 5,
      dueOn: '2025-06-01',
      overdueFrom: '2026-06-02',
    });
  });
  it('counts from the founding date without a renewal; community organizations have none', () => {
    expect(councilOverdueSignal(facts({ foundedOn: '2019-01-01' }), '2025-01-02', 5, 12)?.dueOn).toBe('2024-01-01');
    expect(
      councilOverdueSignal(facts({ orgType: 'community_org', foundedOn: '2000-01-01' }), '2026-01-01', 5, 0),
    ).toBeNull();
  });
});

describe('evaluateDormant', () => {
  it('a candidate carries each signal that made it one; minSignals raises the bar', () => {
    const f = facts({ overdueYears: [2024, 2025], unreachableListedOn: '2026-01-05', lastActivityOn: '2026-05-01' });
    const e = evaluateDormant(f, ctx({ councilData: false }), DEFAULT_DORMANT_PARAMS);
    expect(e.candidate).toBe(true);
    expect(e.signals.map((s) => s.code)).toEqual(['annual_missed', 'unreachable']);
    expect(e.noData).toEqual(['council_overdue']);
    expect(
      evaluateDormant(f, ctx({ councilData: false }), { ...DEFAULT_DORMANT_PARAMS, minSignals: 3 }).candidate,
    ).toBe(false);
    expect(evaluateDormant(f, ctx(), { ...DEFAULT_DORMANT_PARAMS, signals: ['no_activity'] }).candidate).toBe(false);
  });
});

describe('completion rate, half up to two decimals in integers', () => {
  it('衢州 504 / 614 = 82.08', () => expect(completionRate(504, 614)).toBe('82.08'));
  it('rounds .xx5 up, never to even, and below it down', () => {
    // 1/800 = 0.125 % → 0.13; 1/1600 = 0.0625 % → 0.06; 3/800 = 0.375 % → 0.38; 1/16 = 6.25 % exactly
    expect(completionRate(1, 800)).toBe('0.13');
    expect(completionRate(3, 800)).toBe('0.38');
    expect(completionRate(1, 1600)).toBe('0.06');
    expect(completionRate(1, 16)).toBe('6.25');
    // 2/3 = 66.666… → 66.67; 1/3 → 33.33; 7/40000 = 0.0175 % → 0.02
    expect(completionRate(2, 3)).toBe('66.67');
    expect(completionRate(1, 3)).toBe('33.33');
    expect(completionRate(7, 40_000)).toBe('0.02');
    // 0.285 in binary floating point is 0.28499…; integers keep the half: 57/20000 = 0.285 % → 0.29
    expect(completionRate(57, 20_000)).toBe('0.29');
  });
  it('whole, none and nothing listed', () => {
    expect(completionRate(614, 614)).toBe('100.00');
    expect(completionRate(0, 614)).toBe('0.00');
    expect(completionRate(0, 0)).toBeNull();
  });
});
