import { describe, expect, it } from 'vitest';
import { completeUscc, failsOnlyFinalCheck, validateUscc } from './uscc';

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts the worked example and rejects its altered check character', () => {
    expect(validateUscc('91350100M000100Y43', { civilAffairs: false })).toMatchObject({ valid: true, errors: [] });
    const bad = validateUscc('91350100M000100Y4Z', { civilAffairs: false });
    expect(bad.valid).toBe(false);
    expect(bad.errors).toEqual([{ kind: 'charset', position: 18, message: expect.stringContaining('Z') }]);
    const wrongCheck = validateUscc('91350100M000100Y44', { civilAffairs: false });
    expect(wrongCheck.errors).toEqual([{ kind: 'check18', position: 18, message: '第18位（校验码）应为3，当前为4' }]);
    expect(failsOnlyFinalCheck(wrongCheck)).toBe(true);
  });

  it('parses department, category and region', () => {
    expect(validateUscc('91350100M000100Y43', { civilAffairs: false }).parsed).toEqual({
      department: '9',
      category: '1',
      regionCode: '350100',
      orgCode: 'M000100Y4',
    });
  });

  it('says what is wrong and where: length, character set, position-17 check', () => {
    expect(validateUscc('5150023').errors).toEqual([
      { kind: 'length', position: 0, message: '统一社会信用代码应为18位，当前为7位' },
    ]);
    const letters = validateUscc('51500235MJ0O00100X');
    expect(letters.errors[0]).toMatchObject({ kind: 'charset', position: 12 });
    expect(letters.errors[0]!.message).toContain('I、O、Z、S、V');
    const code = completeUscc('51500235MJ000010');
    const broken17 = code.slice(0, 16) + (code[16] === '1' ? '2' : '1') + code[17];
    const r = validateUscc(broken17);
    expect(r.errors.map((e) => e.kind)).toContain('check17');
    expect(r.errors.find((e) => e.kind === 'check17')!.message).toContain(`应为${code[16]}`);
  });

  it('wants civil affairs (5) and the category digit of the org type', () => {
    const market = completeUscc('91500235MA000001');
    expect(validateUscc(market).errors).toEqual([
      { kind: 'department', position: 1, message: '第1位登记管理部门应为5（民政），当前为9' },
    ]);
    const group = completeUscc('51500235MJ000010');
    expect(validateUscc(group, { orgType: 'social_group' }).valid).toBe(true);
    expect(validateUscc(group, { orgType: 'foundation' }).errors).toEqual([
      { kind: 'category', position: 2, message: '第2位机构类别应为3（基金会），当前为1' },
    ]);
    expect(validateUscc(completeUscc('54500235MJ000010')).errors[0]).toMatchObject({ kind: 'category', position: 2 });
  });

  it('checks the region: unknown is an error, retired a warning, the authority must match', () => {
    const regions = (gb: string) => (gb === '500235' ? 'current' : gb === '500234' ? 'retired' : 'unknown');
    const ok = completeUscc('52500235MJ000020');
    expect(validateUscc(ok, { regionStatus: regions }).valid).toBe(true);
    const retired = validateUscc(completeUscc('52500234MJ000020'), { regionStatus: regions });
    expect(retired.valid).toBe(true);
    expect(retired.warnings[0]!.message).toContain('500234');
    expect(validateUscc(completeUscc('52990000MJ000020'), { regionStatus: regions }).errors[0]).toMatchObject({
      kind: 'region',
      position: 3,
    });
    expect(validateUscc(ok, { authorityGbCode: '330800' }).errors[0]!.message).toContain('330800');
    // 民政部 registers as 100000, which is no region of the division tables.
    expect(validateUscc(completeUscc('53100000MJ000030'), { regionStatus: regions }).valid).toBe(true);
  });

  it('accepts lower case and surrounding spaces', () => {
    const code = completeUscc('51500235MJ000010');
    expect(validateUscc(`  ${code.toLowerCase()} `).valid).toBe(true);
  });
});
