import { describe, expect, it } from 'vitest';
import { computeScore, type ScoreFacts } from './score-providers';
import { DEFAULT_SCORE_SCHEME, levelOf, validateScheme, DEFAULT_SCORE_BANDS } from './score-scheme';
import { mayReceive, requiredReportYear, type EligibilityFacts } from './score-eligibility';

const clean = (over: Partial<ScoreFacts> = {}): ScoreFacts => ({
  org: {
    status: 'registered',
    foundedOn: '2015-03-01',
    certificateValidUntil: '2030-01-01',
    evaluationGrade: '4A',
    gradeValidUntil: '2028-12-31',
    hasPartyOrg: true,
    usccWarning: null,
  },
  listings: [],
  records: [],
  sources: { spot_check: false, complaint: false, activity: false },
  ...over,
});
const rec = (subtype: string, occurredOn: string, data: Record<string, unknown> = {}) => ({
  subtype,
  occurredOn,
  data,
});

describe('score scheme', () => {
  it('the default maximums sum to exactly 1000 and the default is valid', () => {
    expect(DEFAULT_SCORE_SCHEME.indicators.reduce((s, i) => s + i.maxPoints, 0)).toBe(1000);
    expect(validateScheme(DEFAULT_SCORE_SCHEME)).toEqual([]);
  });
  it('refuses 999 on the indicators path, and bands out of order on their field', () => {
    const bad = structuredClone(DEFAULT_SCORE_SCHEME);
    bad.indicators[0]!.maxPoints -= 1;
    bad.bands = { A: 800, B: 800, C: 700, D: 600 };
    expect(validateScheme(bad)).toEqual([
      { path: 'indicators', message: '各指标满分之和应为1000分，当前为999分' },
      { path: 'bands.A', message: 'A级下限应高于B级' },
    ]);
  });
  it('levels on the band boundaries', () => {
    const b = DEFAULT_SCORE_BANDS;
    expect([1000, 900, 899, 800, 799, 700, 699, 600, 599, 0].map((s) => levelOf(s, b))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'E',
      'E',
    ]);
  });
});

describe('score providers', () => {
  it('a clean organization: breakdown adds up, 暂无数据 indicators score their maximum', () => {
    const r = computeScore(DEFAULT_SCORE_SCHEME, clean(), '2026-07-01');
    expect(r.breakdown.reduce((s, b) => s + b.points, 0)).toBe(r.score);
    expect(r.breakdown.filter((b) => b.noData).map((b) => b.code)).toEqual([
      'annual',
      'spot_checks',
      'complaints',
      'disclosure',
      'activities',
    ]);
    for (const b of r.breakdown.filter((x) => x.noData))
      expect(b).toMatchObject({ points: b.maxPoints, facts: ['暂无数据'] });
    expect(r.score).toBe(990); // 4A = 90 % of 100
    expect(r.level).toBe('A');
  });

  it('penalties, listings, annual results and a missing party organization deduct with their facts', () => {
    const f = clean({
      org: { ...clean().org, hasPartyOrg: false, evaluationGrade: null },
      listings: [{ list: 'abnormal', listedOn: '2026-02-01' }],
      records: [
        rec('annual_concluded', '2025-06-20', { year: 2024, conclusion: 'basic_pass' }),
        rec('annual_overdue', '2026-06-01', { year: 2025 }),
        rec('penalty', '2025-09-01', { kinds: ['warning'], fineFen: null, decisionNumber: '云民罚〔2025〕1号' }),
        rec('penalty', '2023-07-01', { kinds: ['fine'], fineFen: 6_000_000 }), // 3 years back from 2026-07-01: outside
      ],
    });
    const r = computeScore(DEFAULT_SCORE_SCHEME, f, '2026-07-01');
    const by = Object.fromEntries(r.breakdown.map((b) => [b.code, b]));
    expect(by.annual).toMatchObject({ points: 180 - 27 - 72, facts: ['2025年度年报逾期未报', '2024年度年检基本合格'] });
    expect(by.lists).toMatchObject({ points: 72, facts: ['2026-02-01列入活动异常名录'] });
    expect(by.penalties).toMatchObject({ points: 120, facts: ['2025-09-01受到行政处罚：警告（云民罚〔2025〕1号）'] });
    expect(by.disclosure).toMatchObject({ points: 33, noData: false });
    expect(by.party!.points).toBe(42);
    expect(by.evaluation!.points).toBe(50);
    expect(r.breakdown.reduce((s, b) => s + b.points, 0)).toBe(r.score);
    // The penalty of 2023-07-01 counts the day before 3 full years pass.
    const earlier = computeScore(DEFAULT_SCORE_SCHEME, f, '2026-06-30');
    expect(earlier.breakdown.find((b) => b.code === 'penalties')!.points).toBe(150 - 30 - 105); // warning and the ¥60,000 fine both inside 3 years
  });

  it('once the platform has activity records, an organization without any scores the base share', () => {
    const r = computeScore(
      DEFAULT_SCORE_SCHEME,
      clean({ sources: { spot_check: false, complaint: false, activity: true } }),
      '2026-07-01',
    );
    expect(r.breakdown.find((b) => b.code === 'activities')).toMatchObject({ points: 15, noData: false });
    const two = clean({ records: [rec('activity', '2026-05-01'), rec('activity', '2026-06-01')] });
    expect(
      computeScore(DEFAULT_SCORE_SCHEME, two, '2026-07-01').breakdown.find((b) => b.code === 'activities')!.points,
    ).toBe(23);
  });

  it('a revoked organization scores 0 for registration; the dishonest list keeps nothing of its indicator', () => {
    const f = clean({
      org: { ...clean().org, status: 'revoked' },
      listings: [{ list: 'dishonest', listedOn: '2026-01-05' }],
    });
    const r = computeScore(DEFAULT_SCORE_SCHEME, f, '2026-07-01');
    expect(r.breakdown.find((b) => b.code === 'registration')!.points).toBe(0);
    expect(r.breakdown.find((b) => b.code === 'lists')!.points).toBe(0);
    expect(r.score).toBe(990 - 140 - 180);
    expect(r.level).toBe('D');
  });
});

describe('mayReceive', () => {
  const facts = (over: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
    org: { status: 'registered', foundedOn: '2015-03-01', evaluationGrade: '3A', gradeValidUntil: '2028-12-31' },
    listings: [],
    records: [
      rec('annual_concluded', '2025-06-20', { year: 2024, conclusion: 'pass' }),
      rec('annual_concluded', '2026-06-20', { year: 2025, conclusion: 'pass' }),
    ],
    ...over,
  });

  it('a clean organization may receive everything', () => {
    for (const b of ['service_purchase', 'funding', 'honours', 'evaluation', 'tax_recommendation'] as const)
      expect(mayReceive(facts(), b, '2026-07-01')).toEqual({ allowed: true, reasons: [] });
  });

  it('the abnormal list bars funding, purchased services and honours, not evaluation', () => {
    const f = facts({ listings: [{ list: 'abnormal', listedOn: '2026-03-01' }] });
    expect(mayReceive(f, 'funding', '2026-03-01').reasons.map((r) => r.code)).toEqual(['abnormal_list']);
    expect(mayReceive(f, 'funding', '2026-02-28').allowed).toBe(true);
    expect(mayReceive(f, 'honours', '2026-07-01').reasons[0]).toMatchObject({
      confirmed: true,
      basis: expect.stringContaining('民政部令第60号'),
    });
    expect(mayReceive(f, 'evaluation', '2026-07-01').allowed).toBe(true);
  });

  it("the dishonest list bars every benefit, marking the platform's extension as unconfirmed", () => {
    const f = facts({ listings: [{ list: 'dishonest', listedOn: '2026-03-01' }] });
    expect(mayReceive(f, 'service_purchase', '2026-07-01').reasons[0]).toMatchObject({
      code: 'dishonest_list',
      confirmed: true,
    });
    expect(mayReceive(f, 'evaluation', '2026-07-01').reasons[0]).toMatchObject({
      code: 'dishonest_list',
      confirmed: false,
    });
  });

  it('not registered: nothing, with one reason', () => {
    const r = mayReceive(facts({ org: { ...facts().org, status: 'deregistered' } }), 'honours', '2026-07-01');
    expect(r).toEqual({ allowed: false, reasons: [expect.objectContaining({ code: 'not_registered' })] });
  });

  it('the last annual inspection: the previous year counts from 30 June', () => {
    expect(requiredReportYear('2026-06-29')).toBe(2024);
    expect(requiredReportYear('2026-06-30')).toBe(2025);
    const only2024 = facts({ records: [rec('annual_concluded', '2025-06-20', { year: 2024, conclusion: 'pass' })] });
    expect(mayReceive(only2024, 'service_purchase', '2026-06-29').allowed).toBe(true);
    expect(mayReceive(only2024, 'service_purchase', '2026-06-30').reasons.map((r) => r.code)).toEqual([
      'annual_missing',
    ]);
    const failed = facts({ records: [rec('annual_concluded', '2026-06-10', { year: 2025, conclusion: 'fail' })] });
    expect(mayReceive(failed, 'tax_recommendation', '2026-07-01').reasons.map((r) => r.code)).toEqual([
      'annual_failed',
    ]);
    expect(mayReceive(failed, 'funding', '2026-07-01').allowed).toBe(true);
    // Founded after the required year: nothing to conclude yet.
    const young = facts({ org: { ...facts().org, foundedOn: '2026-01-10' }, records: [] });
    expect(mayReceive(young, 'service_purchase', '2026-07-01').allowed).toBe(true);
  });

  it('evaluation needs 2 full years of registration; tax recommendation a valid 3A', () => {
    const f = facts({ org: { ...facts().org, foundedOn: '2024-07-01' } });
    expect(mayReceive(f, 'evaluation', '2026-06-30').reasons.map((r) => r.code)).toContain('too_young');
    expect(mayReceive(f, 'evaluation', '2026-07-01').reasons.map((r) => r.code)).not.toContain('too_young');
    const g2 = facts({ org: { ...facts().org, evaluationGrade: '2A' } });
    expect(mayReceive(g2, 'tax_recommendation', '2026-07-01').reasons).toEqual([
      expect.objectContaining({ code: 'grade_below_3a', confirmed: false }),
    ]);
  });
});
