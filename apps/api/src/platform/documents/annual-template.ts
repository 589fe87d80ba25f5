import type { DefaultTemplate } from './default-templates';

/**
 * 年检结论通知书: the authority's conclusion on one organization's annual inspection (合格 / 基本合格 /
 * 不合格, with reasons and rectification items). Seeded by migration 0015 as the national version 1.
 */
export const ANNUAL_CONCLUSION_TEMPLATE: DefaultTemplate = {
  kind: 'annual_conclusion',
  name: '年检结论通知书',
  fields: [
    { name: 'addressee', label: '主送单位', type: 'text', required: true, sample: '云阳县建筑业协会' },
    {
      name: 'content',
      label: '结论、理由及整改要求',
      type: 'multiline',
      required: true,
      sample: '经审查，你单位2025年度检查结论为：基本合格。理由：财务管理不规范。',
    },
    { name: 'contact', label: '联系人及电话', type: 'text', required: false, sample: '李华，023-55123456' },
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民检',
    title: '年度检查结论通知书',
    addressee: '{addressee}：',
    body: ['{content}', '特此通知。'],
    rows: [],
    signature: { issuer: '{authorityName}', date: '{issueDate}' },
    seal: { text: '{authorityName}' },
    footer: '（联系人及电话：{contact}）',
  },
};
