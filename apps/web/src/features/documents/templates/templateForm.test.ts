import { describe, expect, it } from 'vitest';
import { templateFormPath, toFormValues, toTemplateInput } from './templateForm';

const template = {
  name: '通知书',
  fields: [{ name: 'addressee', label: '主送单位', type: 'text' as const, required: true }],
  layout: {
    style: 'official' as const,
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民通',
    title: '{noticeTitle}',
    addressee: null,
    body: ['{content}', '特此通知。'],
    rows: [],
    signature: { issuer: '{authorityName}', date: '{issueDate}' },
    seal: null,
    footer: '（联系人及电话：{contact}）',
  },
};

describe('template editor values', () => {
  it('round-trips a template, with empty lines and no seal as null', () => {
    const values = toFormValues(template);
    expect(values.sealed).toBe(false);
    expect(values.layout.addressee).toBe('');
    expect(toTemplateInput(values)).toEqual({
      name: '通知书',
      fields: [{ name: 'addressee', label: '主送单位', type: 'text', required: true, default: null, sample: null }],
      layout: template.layout,
    });
    expect(
      toTemplateInput({ ...values, sealed: true, layout: { ...values.layout, seal: { text: '{authorityName}' } } })
        .layout.seal,
    ).toEqual({
      text: '{authorityName}',
    });
  });

  it('maps the API’s error paths to the inputs that hold them', () => {
    expect(templateFormPath('layout.body.1')).toEqual(['layout', 'body', 1]);
    expect(templateFormPath('layout.rows.0.value')).toEqual(['layout', 'rows', 0, 'value']);
    expect(templateFormPath('layout.signature.date')).toEqual(['layout', 'signature', 'date']);
    expect(templateFormPath('layout.seal.text')).toEqual(['layout', 'seal', 'text']);
    expect(templateFormPath('fields.2.name')).toEqual(['fields', 2, 'name']);
    expect(templateFormPath('name')).toEqual(['name']);
    // Whole lists have no input of their own: the editor lists them above the form.
    expect(templateFormPath('layout.rows')).toBeNull();
    expect(templateFormPath('layout.body')).toBeNull();
    expect(templateFormPath('authorityRegionCode')).toBeNull();
  });
});
