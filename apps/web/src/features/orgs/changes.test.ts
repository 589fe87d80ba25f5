import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../lib/i18n';
import { changeLine } from './changes';

const line = (field: string, before: unknown, after: unknown, lang: Lang = 'zh-CN') => {
  const l = changeLine(
    { field, before, after },
    {
      t: (k, v) => translate(lang, k, v),
      lang,
      lookups: {
        category: (c) => ({ culture: '文化类' })[c],
        unit: (id) => (id === 3 ? '云阳县教育委员会' : undefined),
      },
    },
  );
  return `${l.label}：${l.before} → ${l.after}`;
};

describe('timeline changes', () => {
  it('shows each change with the field’s label and values as people read them', () => {
    expect(line('address', '沿江路66号', '复兴路1号')).toBe('住所：沿江路66号 → 复兴路1号');
    expect(line('registeredFundsFen', 17000000, 17000001)).toBe('注册资金：170,000.00 元 → 170,000.01 元');
    expect(line('foundedOn', '2018-06-01', '2018-06-02')).toBe('成立登记日期：2018年6月1日 → 2018年6月2日');
    expect(line('hasPartyOrg', false, true)).toBe('党组织：否 → 是');
    expect(line('type', 'social_group', 'foundation')).toBe('组织类型：社会团体 → 基金会');
    expect(line('status', 'registered', 'revoked')).toBe('登记状态：正常 → 已撤销登记');
    expect(line('evaluationGrade', null, '4A')).toBe('评估等级：（空） → 4A级');
    expect(line('categoryCode', 'culture', 'unknown_code')).toBe('领域类别：文化类 → unknown_code');
    expect(line('supervisorUnitId', 3, 9)).toBe('业务主管单位：云阳县教育委员会 → #9');
    expect(line('someNewField', 'a', 'b')).toBe('someNewField：a → b');
    expect(line('registeredFundsFen', 1999, 2000, 'en')).toBe('Registered funds：¥19.99 → ¥20.00');
  });

  it('never shows the legal representative’s personal data, whatever the record holds', () => {
    expect(line('legalRepIdNumber', '11010519491231002X', '110105194912310021')).toBe(
      '法定代表人身份证号码：*** → ***',
    );
    expect(line('legalRepPhone', null, '13800000000')).toBe('法定代表人联系电话：*** → ***');
  });
});
