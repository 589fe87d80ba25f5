import { describe, expect, it } from 'vitest';
import { completeUscc } from '@shezu/contracts';
import { translate, type Lang } from '../../lib/i18n';
import { problemText, usccFeedback, type UsccContext } from './uscc';

const VALID = completeUscc('51500235MJ123456'); // 51500235MJ12345613
const COUNTY = { orgType: 'social_group', authorityGb: '500235' } as const satisfies UsccContext;

const texts = (input: string, ctx: UsccContext, lang: Lang = 'zh-CN') =>
  usccFeedback(input, ctx)!.problems.map((p) => problemText((k, v) => translate(lang, k, v), p));

describe('live credit-code feedback', () => {
  it('passes a valid code of the bureau and reads out its parts', () => {
    const fb = usccFeedback(VALID.toLowerCase(), COUNTY)!;
    expect(fb).toMatchObject({ code: VALID, valid: true, problems: [] });
    expect(fb.parts).toEqual({ department: '5', category: '1', regionCode: '500235', orgCode: 'MJ1234561' });
    expect(usccFeedback('  ', COUNTY)).toBeNull();
  });

  it('names the position 2 category the chosen type needs, while the rest is still being typed', () => {
    expect(texts('52', COUNTY)).toEqual(['第2位机构类别应为1（社会团体），当前为2']);
    expect(texts('52', COUNTY, 'en')).toEqual(['Position 2 (category) must be 1 (Social group), not 2']);
    // The type digit follows the type chosen on the form.
    expect(texts('52', { ...COUNTY, orgType: 'service_institution' })).toEqual([]);
    expect(texts('51500235', { ...COUNTY, orgType: 'foundation' })).toEqual(['第2位机构类别应为3（基金会），当前为1']);
    expect(texts('57', COUNTY)[0]).toContain('第2位机构类别“7”不是民政部门的类别');
  });

  it('names characters outside the code set by position, and the department and region parts', () => {
    expect(texts('515I', COUNTY)).toEqual(['第4位“I”不是代码字符（代码不使用 I、O、Z、S、V）']);
    expect(texts('91', COUNTY)).toEqual(['第1位登记管理部门应为5（民政），当前为9']);
    expect(texts('51330802', COUNTY)).toEqual(['第3–8位行政区划码应为登记管理机关的500235，当前为330802']);
    expect(texts('51330802', COUNTY, 'en')).toEqual([
      'Positions 3–8 must be the authority’s region 500235, not 330802',
    ]);
    const partial = usccFeedback('515002', COUNTY)!;
    expect(partial).toMatchObject({ valid: false, problems: [], parts: { regionCode: '5002', orgCode: '' } });
  });

  it('gives the expected check characters of positions 17 and 18 once all 18 are typed', () => {
    const wrong18 = VALID.slice(0, 17) + (VALID[17] === '0' ? '1' : '0');
    expect(texts(wrong18, COUNTY)).toEqual([`第18位（校验码）应为${VALID[17]}，当前为${wrong18[17]}`]);
    const wrong17 = VALID.slice(0, 16) + '9' + VALID[17];
    expect(texts(wrong17, COUNTY)).toContain('第17位（组织机构代码校验码）应为1，当前为9');
    expect(texts(VALID + '7', COUNTY)).toEqual(['统一社会信用代码应为18位，当前为19位']);
    // Another type makes the same complete code wrong at position 2 (the check digits stay as they are).
    expect(texts(VALID, { ...COUNTY, orgType: 'foundation' })).toEqual(['第2位机构类别应为3（基金会），当前为1']);
  });
});
