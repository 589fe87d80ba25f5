import type { DefaultTemplate } from '../../../platform/documents/default-templates';

/**
 * 抽查通知书 (双随机一公开): tells a drawn organization that it will be checked, on which items, how and by whom.
 * Seeded by migration 0017 as the national version 1.
 */
export const SPOT_CHECK_NOTICE_TEMPLATE: DefaultTemplate = {
  kind: 'spot_check_notice',
  name: '抽查通知书',
  fields: [
    { name: 'addressee', label: '主送单位', type: 'text', required: true, sample: '云阳县建筑业协会' },
    {
      name: 'content',
      label: '抽查事项',
      type: 'multiline',
      required: true,
      sample: '根据2026年度双随机抽查计划，你单位被随机抽中，将对年度工作报告、信息公开进行实地检查。',
    },
    { name: 'inspectors', label: '检查人员', type: 'text', required: true, sample: '张明、王芳' },
    { name: 'contact', label: '联系人及电话', type: 'text', required: false, sample: '李华，023-55123456' },
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民抽',
    title: '抽查通知书',
    addressee: '{addressee}：',
    body: ['{content}', '检查人员：{inspectors}。', '请你单位做好准备，如实提供有关材料。', '特此通知。'],
    rows: [],
    signature: { issuer: '{authorityName}', date: '{issueDate}' },
    seal: { text: '{authorityName}' },
    footer: '（联系人及电话：{contact}）',
  },
};
