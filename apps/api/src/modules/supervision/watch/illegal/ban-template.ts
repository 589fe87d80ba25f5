import type { DefaultTemplate } from '../../../../platform/documents/default-templates';

/**
 * 取缔决定书 (《取缔非法民间组织暂行办法》): the bureau's ban of a group acting as a social organization without
 * registration. Seeded by migration 0020 as the national version 1; the official GB/T 9704 layout.
 */
export const BAN_DECISION_TEMPLATE: DefaultTemplate = {
  kind: 'ban_decision',
  name: '取缔决定书',
  fields: [
    { name: 'addressee', label: '当事人（所用名称）', type: 'text', required: true, sample: '“云阳县国学文化研究会”' },
    {
      name: 'facts',
      label: '违法事实',
      type: 'multiline',
      required: true,
      sample: '经查，“云阳县国学文化研究会”未经登记，擅自以社会团体名义在双江街道开展收费培训活动。',
    },
    {
      name: 'decision',
      label: '取缔决定及依据',
      type: 'multiline',
      required: true,
      sample:
        '依据《社会团体登记管理条例》第三十五条和《取缔非法民间组织暂行办法》第二条，决定予以取缔，收缴其印章、标识、资料。',
    },
    {
      name: 'rights',
      label: '救济途径',
      type: 'multiline',
      required: true,
      default:
        '如不服本决定，可以在收到本决定书之日起六十日内向本级人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。',
    },
    { name: 'contact', label: '联系人及电话', type: 'text', required: false, sample: '李华，023-55123456' },
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民取缔',
    title: '取缔决定书',
    addressee: '{addressee}：',
    body: ['{facts}', '{decision}', '{rights}'],
    rows: [],
    signature: { issuer: '{authorityName}', date: '{issueDate}' },
    seal: { text: '{authorityName}' },
    footer: '（联系人及电话：{contact}）',
  },
};
