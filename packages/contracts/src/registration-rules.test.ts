import { describe, expect, it } from 'vitest';
import { formatYuan, minimumProblems, preparationDeadline, preparationWindowProblem } from './registration-rules';

const group = (over: Record<string, unknown> = {}) => ({
  type: 'social_group' as const,
  authorityRegionCode: '500235',
  memberCount: 50,
  unitMemberCount: 0,
  registeredFundsFen: 3_000_000,
  ...over,
});

describe('social group minimums (《社会团体登记管理条例》第十条)', () => {
  it('50 individual members, or 30 unit members, or 50 in total when mixed', () => {
    expect(minimumProblems(group())).toEqual({});
    expect(minimumProblems(group({ memberCount: 49 }))).toEqual({
      memberCount: '个人会员应不少于50个，当前49个（《社会团体登记管理条例》第十条）',
    });
    expect(minimumProblems(group({ memberCount: 0, unitMemberCount: 30 }))).toEqual({});
    expect(minimumProblems(group({ memberCount: null, unitMemberCount: 29 }))).toEqual({
      unitMemberCount: '单位会员应不少于30个，当前29个（《社会团体登记管理条例》第十条）',
    });
    expect(minimumProblems(group({ memberCount: 20, unitMemberCount: 30 }))).toEqual({});
    expect(minimumProblems(group({ memberCount: 20, unitMemberCount: 29 })).memberCount).toBe(
      '个人会员与单位会员混合组成的，会员总数应不少于50个，当前共49个（《社会团体登记管理条例》第十条）',
    );
    expect(minimumProblems(group({ memberCount: 0, unitMemberCount: 0 })).memberCount).toMatch(/^请填写会员数量/);
  });

  it('activity funds: 10万元 national, 3万元 local', () => {
    expect(minimumProblems(group({ registeredFundsFen: 2_999_999 }))).toEqual({
      registeredFundsFen: '地方性社会团体的活动资金应不少于3万元，当前29999.99元（《社会团体登记管理条例》第十条）',
    });
    expect(minimumProblems(group({ authorityRegionCode: '100000', registeredFundsFen: 3_000_000 }))).toEqual({
      registeredFundsFen: '全国性社会团体的活动资金应不少于10万元，当前3万元（《社会团体登记管理条例》第十条）',
    });
    expect(minimumProblems(group({ authorityRegionCode: '100000', registeredFundsFen: 10_000_000 }))).toEqual({});
  });

  it('at preparation only the funds count (members join at the founding assembly)', () => {
    expect(minimumProblems(group({ memberCount: 0 }), 'funds')).toEqual({});
    expect(Object.keys(minimumProblems(group({ memberCount: 0, registeredFundsFen: 0 }), 'funds'))).toEqual([
      'registeredFundsFen',
    ]);
  });
});

describe('foundation original fund (《基金会管理条例》第八条)', () => {
  const fdn = (authorityRegionCode: string, publicFundraising: boolean, registeredFundsFen: number) =>
    minimumProblems({ type: 'foundation', authorityRegionCode, publicFundraising, registeredFundsFen });
  it('800万 national public, 400万 local public, 200万 non-public', () => {
    expect(fdn('100000', true, 800_000_000)).toEqual({});
    expect(fdn('100000', true, 799_999_900).registeredFundsFen).toBe(
      '全国性公募基金会的原始基金应不少于800万元，当前7999999元（《基金会管理条例》第八条）',
    );
    expect(fdn('33', true, 400_000_000)).toEqual({});
    expect(fdn('33', true, 399_000_000).registeredFundsFen).toMatch(/^地方性公募基金会的原始基金应不少于400万元/);
    expect(fdn('3308', false, 200_000_000)).toEqual({});
    expect(fdn('100000', false, 199_000_000).registeredFundsFen).toMatch(/^非公募基金会的原始基金应不少于200万元/);
  });

  it('service institutions have no national figure', () => {
    expect(
      minimumProblems({ type: 'service_institution', authorityRegionCode: '500235', registeredFundsFen: 0 }),
    ).toEqual({});
  });
});

describe('the preparation window (《社会团体登记管理条例》第十四条)', () => {
  it('ends on the same day six months on, or on the month end when there is none', () => {
    expect(preparationDeadline('2026-03-02')).toBe('2026-09-02');
    expect(preparationDeadline('2026-08-31')).toBe('2027-02-28');
    expect(preparationDeadline('2027-08-31')).toBe('2028-02-29');
    expect(preparationDeadline('2026-07-15')).toBe('2027-01-15');
  });

  it('is open on the last day and closed the day after', () => {
    expect(preparationWindowProblem('2026-03-02', '2026-09-02')).toBeNull();
    expect(preparationWindowProblem('2026-03-02', '2026-09-03')).toBe(
      '筹备已于2026-03-02获批，应在2026-09-02前申请成立登记，现已超过6个月，请重新申请筹备（《社会团体登记管理条例》第十四条）',
    );
  });

  it('formats money as the forms show it', () => {
    expect(formatYuan(3_000_000)).toBe('3万元');
    expect(formatYuan(800_000_000)).toBe('800万元');
    expect(formatYuan(12_345)).toBe('123.45元');
    expect(formatYuan(0)).toBe('0元');
  });
});
