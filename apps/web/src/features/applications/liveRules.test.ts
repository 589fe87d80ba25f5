import { describe, expect, it } from 'vitest';
import { changeFundsProblems, foundingProblems, preparationWindow } from './liveRules';
import { kindsFor, missingRoles } from './kinds';

describe('founding minimums while typing', () => {
  const base = { authorityRegionCode: '500235', type: 'social_group' as const, registeredFundsYuan: '30000' };

  it('asks a local social group for 50 individual or 30 unit members', () => {
    expect(foundingProblems('establishment', { ...base, memberCount: 49 }).memberCount).toContain(
      '不少于50个，当前49个',
    );
    expect(foundingProblems('establishment', { ...base, memberCount: 50 })).toEqual({});
    expect(foundingProblems('establishment', { ...base, unitMemberCount: 29 }).unitMemberCount).toContain('30');
    expect(foundingProblems('establishment', { ...base, memberCount: 20, unitMemberCount: 30 })).toEqual({});
  });

  it('shows the funds floor beside the 元 field, national or local', () => {
    const local = foundingProblems('establishment', { ...base, memberCount: 60, registeredFundsYuan: '29999.99' });
    expect(local.registeredFundsYuan).toContain('地方性社会团体的活动资金应不少于3万元');
    const national = foundingProblems('establishment', { ...base, authorityRegionCode: '100000', memberCount: 60 });
    expect(national.registeredFundsYuan).toContain('全国性社会团体的活动资金应不少于10万元');
  });

  it('checks only the funds at preparation, and a foundation’s fund by fundraising', () => {
    expect(foundingProblems('preparation', { ...base, memberCount: 0 })).toEqual({});
    const f = { authorityRegionCode: '500235', type: 'foundation' as const, registeredFundsYuan: '2000000' };
    expect(foundingProblems('establishment', f)).toEqual({});
    expect(foundingProblems('establishment', { ...f, publicFundraising: true }).registeredFundsYuan).toContain(
      '地方性公募基金会的原始基金应不少于400万元',
    );
  });

  it('says nothing before the type and the bureau are chosen', () => {
    expect(foundingProblems('establishment', { registeredFundsYuan: '1' })).toEqual({});
  });

  it('keeps a change of funds above the floor of the organization', () => {
    const org = { type: 'social_group' as const, authorityRegionCode: '500235', publicFundraising: false };
    expect(
      changeFundsProblems({ changeFields: ['registeredFundsFen'], registeredFundsYuan: '1000' }, org),
    ).toHaveProperty('registeredFundsYuan');
    expect(changeFundsProblems({ changeFields: ['address'], registeredFundsYuan: '1000' }, org)).toEqual({});
  });
});

describe('the 6-month preparation window', () => {
  it('runs to the same day six months later, China time', () => {
    // Approved at 2026-01-31 20:00 UTC = 1 February in China.
    const w = preparationWindow('2026-01-31T20:00:00Z', new Date('2026-07-31T03:00:00Z'));
    expect(w.deadline).toBe('2026-08-01');
    expect(w.problem).toBeNull();
    const late = preparationWindow('2026-01-31T20:00:00Z', new Date('2026-08-02T03:00:00Z'));
    expect(late.problem).toContain('现已超过6个月');
  });
});

describe('who files what', () => {
  const me = (roles: string[], orgId: number | null) =>
    ({ roles, orgId, permissions: ['applications.apply'] }) as Parameters<typeof kindsFor>[0];

  it('gives founders 筹备 and 成立, organizations the other four', () => {
    expect(kindsFor(me(['applicant'], null))).toEqual(['preparation', 'establishment']);
    expect(kindsFor(me(['org_account'], 7))).toEqual(['change', 'charter', 'responsible_person', 'deregistration']);
    expect(kindsFor(me(['org_account'], null))).toEqual([]);
    expect(kindsFor({ roles: ['authority_staff'], orgId: null, permissions: [] })).toEqual([]);
  });

  it('names the materials a kind cannot be submitted without', () => {
    expect(missingRoles('deregistration', ['other'])).toEqual(['liquidation_report']);
    expect(missingRoles('charter', ['charter'])).toEqual([]);
  });
});
