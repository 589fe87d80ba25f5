import { describe, expect, it } from 'vitest';
import { completeUscc } from '@shezu/contracts';
import { checkOrgUscc, domicileFits, orgLevelOf, regionStatusFrom } from './org-rules';

const current = new Set(['500000', '500235', '500154', '330000', '330800', '330802']);

describe('credit codes of registered organizations', () => {
  it('accepts a social group registered by 云阳县', () => {
    const code = completeUscc('51500235MJ000010');
    expect(checkOrgUscc(code, { type: 'social_group', authorityRegionCode: '500235' }, current)).toMatchObject({
      valid: true,
      warnings: [],
    });
  });

  it("refuses another bureau's region and the wrong type digit", () => {
    const code = completeUscc('51500235MJ000010');
    const r = checkOrgUscc(code, { type: 'social_group', authorityRegionCode: '3308' }, current);
    expect(r.errors).toEqual([
      { kind: 'region', position: 3, message: '第3–8位行政区划码应为登记管理机关的330800，当前为500235' },
    ]);
    expect(checkOrgUscc(code, { type: 'foundation', authorityRegionCode: '500235' }, current).errors[0]!.kind).toBe(
      'category',
    );
  });

  it('warns about a retired region (500234 开县) without refusing the code', () => {
    const code = completeUscc('52500234MJ000020');
    const r = checkOrgUscc(code, { type: 'service_institution', authorityRegionCode: '500154' }, current);
    expect(r.valid).toBe(true);
    expect(r.warnings[0]!.message).toContain('500234');
    expect(regionStatusFrom(current)('990101')).toBe('unknown');
  });

  it('gives the level of the bureau and keeps domiciles inside its region', () => {
    expect(orgLevelOf('500235')).toBe('county');
    expect(orgLevelOf('3308')).toBe('city');
    expect(orgLevelOf('100000')).toBe('national');
    expect(domicileFits('500235001', '500235')).toBe(true);
    expect(domicileFits('500236', '500235')).toBe(false);
    expect(domicileFits('330802', '100000')).toBe(true);
  });
});
