import { describe, expect, it } from 'vitest';
import {
  defaultDeadlines,
  finalDue,
  mustReport,
  nextStep,
  reportForm,
  revocationGround,
  stepsOf,
  submissionDue,
  type RegisterFacts,
} from './cycle-rules';

const org = (o: Partial<RegisterFacts>): RegisterFacts => ({
  type: 'social_group',
  status: 'registered',
  foundedOn: '2020-01-01',
  evaluationGrade: null,
  gradeValidUntil: null,
  ...o,
});

describe('who reports for a year (民政部令第27号 第三条)', () => {
  it('a service institution registered on 30 June reports; one registered on 1 July skips the year', () => {
    expect(mustReport(org({ type: 'service_institution', foundedOn: '2025-06-30' }), 2025)).toEqual({
      must: true,
      skipped: false,
    });
    expect(mustReport(org({ type: 'service_institution', foundedOn: '2025-07-01' }), 2025)).toEqual({
      must: false,
      skipped: true,
    });
    expect(mustReport(org({ type: 'service_institution', foundedOn: '2025-07-01' }), 2026)).toEqual({
      must: true,
      skipped: false,
    });
  });

  it('social groups registered late in the year still report; later foundings and removed orgs do not', () => {
    expect(mustReport(org({ foundedOn: '2025-12-31' }), 2025).must).toBe(true);
    expect(mustReport(org({ foundedOn: '2026-01-01' }), 2025)).toEqual({ must: false, skipped: false });
    expect(mustReport(org({ status: 'revoked' }), 2025).must).toBe(false);
  });
});

describe('deadlines, form and the review chain', () => {
  const d = defaultDeadlines(2025);
  it('defaults to 31 March (supervising unit, foundations) and 31 May (authority) of the next year', () => {
    expect(d).toEqual({ supervisorDue: '2026-03-31', authorityDue: '2026-05-31', foundationDue: '2026-03-31' });
    expect(submissionDue('social_group', true, d)).toBe('2026-03-31');
    expect(submissionDue('social_group', false, d)).toBe('2026-05-31');
    expect(submissionDue('foundation', true, d)).toBe('2026-03-31');
    expect(finalDue('service_institution', d)).toBe('2026-05-31');
    expect(finalDue('foundation', d)).toBe('2026-03-31');
  });

  it('4A and 5A with a valid grade get the simplified form; an expired grade does not', () => {
    expect(reportForm(org({ evaluationGrade: '4A', gradeValidUntil: '2027-12-31' }), '2026-01-05')).toBe('simplified');
    expect(reportForm(org({ evaluationGrade: '5A', gradeValidUntil: null }), '2026-01-05')).toBe('simplified');
    expect(reportForm(org({ evaluationGrade: '4A', gradeValidUntil: '2025-12-31' }), '2026-01-05')).toBe('full');
    expect(reportForm(org({ evaluationGrade: '3A' }), '2026-01-05')).toBe('full');
  });

  it('skips the supervising unit for 直接登记 and the party step when no party body exists', () => {
    expect(stepsOf({ supervisorUnitId: 3, partyUnitId: 9 })).toEqual(['supervisor', 'party', 'authority']);
    expect(stepsOf({ supervisorUnitId: null, partyUnitId: 9 })).toEqual(['party', 'authority']);
    expect(stepsOf({ supervisorUnitId: null, partyUnitId: null })).toEqual(['authority']);
    expect(nextStep({ supervisorUnitId: 3, partyUnitId: null }, 'supervisor')).toBe('authority');
    expect(nextStep({ supervisorUnitId: 3, partyUnitId: 9 }, 'supervisor')).toBe('party');
  });
});

describe('revocation candidates (DOMAIN.md)', () => {
  it('two consecutive years not inspected', () => {
    expect(
      revocationGround('social_group', [
        { year: 2025, conclusion: null },
        { year: 2024, conclusion: null },
      ]),
    ).toContain('连续两年');
    expect(
      revocationGround('social_group', [
        { year: 2025, conclusion: null },
        { year: 2024, conclusion: 'pass' },
      ]),
    ).toBeNull();
    expect(
      revocationGround('social_group', [
        { year: 2025, conclusion: null },
        { year: 2023, conclusion: null },
      ]),
    ).toBeNull();
    expect(revocationGround('social_group', [{ year: 2025, conclusion: null }])).toBeNull();
  });

  it('two consecutive 不合格 only for service institutions', () => {
    const fails = [
      { year: 2025, conclusion: 'fail' as const },
      { year: 2024, conclusion: 'fail' as const },
    ];
    expect(revocationGround('service_institution', fails)).toContain('不合格');
    expect(revocationGround('social_group', fails)).toBeNull();
    expect(revocationGround('service_institution', [fails[0]!, { year: 2024, conclusion: 'basic_pass' }])).toBeNull();
  });
});
