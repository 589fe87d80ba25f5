import { describe, expect, it } from 'vitest';
import { ZTemplateLayout, type TTemplateField } from '@shezu/contracts';
import { DEFAULT_TEMPLATES } from './default-templates';
import { composeDocument } from './document-model';
import {
  displayValues,
  fill,
  formatChineseDate,
  formatWanYuan,
  normalizeValues,
  placeholdersIn,
  validateTemplate,
} from './placeholders';

const fields: TTemplateField[] = [
  { name: 'orgName', label: '名称', type: 'text', required: true },
  { name: 'funds', label: '活动资金', type: 'money', required: true },
  { name: 'deadline', label: '改正期限', type: 'date', required: false },
  { name: 'closing', label: '结束语', type: 'text', required: true, default: '特此函告。' },
];

describe('placeholders', () => {
  it('finds {names} and refuses stray braces', () => {
    expect(placeholdersIn('关于{orgName}的{noticeTitle}')).toEqual(['orgName', 'noticeTitle']);
    expect(placeholdersIn('没有占位符')).toEqual([]);
    expect(placeholdersIn('坏的{占位符}')).toBeNull();
    expect(placeholdersIn('半个{orgName')).toBeNull();
  });

  it('formats dates the GB/T 9704-2012 way and money from fen in 万元', () => {
    expect(formatChineseDate('2026-03-02')).toBe('2026年3月2日');
    expect(formatWanYuan(3_000_000)).toBe('3万元');
    expect(formatWanYuan(12_500_000)).toBe('12.5万元');
    expect(formatWanYuan(123_456)).toBe('0.123456万元');
    expect(formatWanYuan(0)).toBe('0万元');
  });

  it('leaves out a line that refers to an optional value left empty', () => {
    expect(fill('请于{deadline}前改正', { deadline: '2026年4月30日' })).toBe('请于2026年4月30日前改正');
    expect(fill('请于{deadline}前改正', { deadline: '' })).toBeNull();
    expect(fill('请于{unknown}前改正', {})).toBeNull();
  });
});

describe('issuer values against the template', () => {
  it('applies defaults, checks types and refuses unknown fields', () => {
    const ok = normalizeValues(fields, { orgName: ' 云阳县青少年体育协会 ', funds: '3000000' });
    expect(ok.errors).toEqual({});
    expect(ok.values).toEqual({
      orgName: '云阳县青少年体育协会',
      funds: 3_000_000,
      deadline: null,
      closing: '特此函告。',
    });
    expect(displayValues(fields, ok.values)).toMatchObject({ funds: '3万元', deadline: '' });

    const bad = normalizeValues(fields, { funds: 12.5, deadline: '2026-02-30', extra: 'x' });
    expect(Object.keys(bad.errors).sort()).toEqual([
      'fields.deadline',
      'fields.extra',
      'fields.funds',
      'fields.orgName',
    ]);
    expect(bad.errors['fields.orgName']).toBe('请填写名称');
    expect(bad.errors['fields.deadline']).toContain('有效日期');
    expect(normalizeValues(fields, { orgName: '两行\n名称', funds: 1 }).errors['fields.orgName']).toBe('名称不能换行');
  });
});

describe('template validation', () => {
  const layout = ZTemplateLayout.parse({
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民函',
    title: '关于{orgName}的函',
    body: ['{orgName}：请于{deadline}前报送。'],
    signature: { issuer: '{authorityName}', date: '{issueDate}' },
  });

  it('accepts the national defaults and a well-formed template', () => {
    for (const t of DEFAULT_TEMPLATES) expect(validateTemplate(t.fields, t.layout), t.kind).toEqual({});
    expect(validateTemplate(fields, layout)).toEqual({});
  });

  it('names every unknown placeholder, reserved or repeated field and field-dependent number prefix', () => {
    const errors = validateTemplate(
      [...fields, { name: 'number', label: '编号', type: 'text', required: false }, fields[0]!],
      {
        ...layout,
        numberPrefix: '{orgName}民函',
        title: '关于{orgNmae}的函',
        body: ['{orgName}：请于{deadline}前报送。', '坏的{ 括号'],
      },
    );
    expect(errors).toEqual({
      'fields.4.name': '“number”由系统填写，不能作为字段名',
      'fields.5.name': '字段名“orgName”重复',
      'layout.numberPrefix': '未定义的占位符：{orgName}',
      'layout.title': '未定义的占位符：{orgNmae}',
      'layout.body.1': '花括号只能用于占位符，如 {orgName}',
    });
  });
});

describe('composing a document', () => {
  it('numbers it, fills every line and splits a multi-line value into paragraphs', () => {
    const letter = DEFAULT_TEMPLATES.find((t) => t.kind === 'letter')!;
    const { values } = normalizeValues(letter.fields, {
      addressee: '云阳县教育委员会',
      subject: '年度检查',
      content: '第一段。\n\n第二段。',
    });
    const m = composeDocument(
      letter,
      values,
      { authorityName: '云阳县民政局', regionAbbr: '云', year: 2026, seq: 7, issueDate: '2026-03-02' },
      { code: 'c', url: 'u' },
    );
    expect(m.number).toBe('云民函〔2026〕7号');
    expect(m.title).toBe('云阳县民政局关于年度检查的函');
    expect(m.addressee).toBe('云阳县教育委员会：');
    expect(m.paragraphs).toEqual(['第一段。', '第二段。', '特此函告。']);
    expect(m.signature).toEqual({ issuer: '云阳县民政局', date: '2026年3月2日' });
    expect(m.footer).toBeNull();
  });
});
