import { describe, expect, it } from 'vitest';
import { isValidIdNumber, maskAddress, maskIdNumber, maskPhone } from './pii';
import { passwordProblems } from './auth';

describe('personal data', () => {
  it('validates resident ID numbers by their check character', () => {
    expect(isValidIdNumber('500235199001011239')).toBe(true);
    expect(isValidIdNumber('500235199001011231')).toBe(false);
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('5002351990010112')).toBe(false);
  });

  it('masks ID numbers, phones and addresses', () => {
    expect(maskIdNumber('500235199001011239')).toBe('500***********1239');
    expect(maskPhone('13800235678')).toBe('138****5678');
    expect(maskAddress('重庆市云阳县双江街道滨江大道999号')).toBe('重庆市云阳县****');
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('password policy', () => {
  it('wants 10+ characters from 3 of 4 classes', () => {
    expect(passwordProblems('Shezu@2026')).toEqual([]);
    expect(passwordProblems('short1A')).toContain('密码至少10位');
    expect(passwordProblems('alllowercase1')).toEqual(['密码须包含大写字母、小写字母、数字、符号中的至少三类']);
  });
});

describe('address masking keeps the administrative part only', () => {
  it.each([
    ['浙江省衢州市柯城区府山街道123号', '浙江省衢州市柯城区****'],
    ['北京市海淀区中关村大街27号', '北京市海淀区****'],
    ['某某路1号', '某某路1****'],
  ])('%s → %s', (input, expected) => expect(maskAddress(input)).toBe(expected));
});
