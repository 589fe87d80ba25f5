import type { TTemplateField } from '@shezu/contracts';
import type { DefaultTemplate } from '../../../platform/documents/default-templates';

/**
 * The three notices of a coordinated case (协同处置): 约谈通知书, 工作提醒函 and 责令改正通知书. Seeded by
 * migration 0018 as the national version 1; authorities edit their own lines like any template.
 */
const addressee: TTemplateField = {
  name: 'addressee',
  label: '主送单位',
  type: 'text',
  required: true,
  sample: '云阳县建筑业协会',
};
const contact: TTemplateField = {
  name: 'contact',
  label: '联系人及电话',
  type: 'text',
  required: false,
  sample: '李华，023-55123456',
};
const signedAndSealed = {
  signature: { issuer: '{authorityName}', date: '{issueDate}' },
  seal: { text: '{authorityName}' },
};

export const TALK_NOTICE_TEMPLATE: DefaultTemplate = {
  kind: 'talk_notice',
  name: '约谈通知书',
  fields: [
    addressee,
    {
      name: 'reason',
      label: '约谈事由',
      type: 'multiline',
      required: true,
      sample: '你单位收取会员费未按章程规定公示，群众反映较多。',
    },
    { name: 'talkDate', label: '约谈日期', type: 'date', required: true, sample: '2026-06-10' },
    { name: 'place', label: '约谈地点', type: 'text', required: true, sample: '云阳县民政局三楼会议室' },
    { name: 'attendees', label: '应到人员', type: 'text', required: true, sample: '法定代表人、秘书长' },
    contact,
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民约',
    title: '约谈通知书',
    addressee: '{addressee}：',
    body: ['{reason}', '根据有关规定，请你单位{attendees}于{talkDate}到{place}接受约谈。', '特此通知。'],
    rows: [],
    ...signedAndSealed,
    footer: '（联系人及电话：{contact}）',
  },
};

export const REMINDER_LETTER_TEMPLATE: DefaultTemplate = {
  kind: 'reminder_letter',
  name: '工作提醒函',
  fields: [
    addressee,
    {
      name: 'content',
      label: '提醒事项',
      type: 'multiline',
      required: true,
      sample: '经查，你单位2025年度未按规定公开年度工作报告。',
    },
    { name: 'deadline', label: '反馈期限', type: 'date', required: true, sample: '2026-06-30' },
    contact,
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民提',
    title: '工作提醒函',
    addressee: '{addressee}：',
    body: ['{content}', '请你单位高度重视，认真自查，并于{deadline}前将落实情况书面反馈我局。', '特此函告。'],
    rows: [],
    ...signedAndSealed,
    footer: '（联系人及电话：{contact}）',
  },
};

export const RECTIFICATION_ORDER_TEMPLATE: DefaultTemplate = {
  kind: 'rectification_order',
  name: '责令改正通知书',
  fields: [
    addressee,
    {
      name: 'facts',
      label: '违规事实',
      type: 'multiline',
      required: true,
      sample: '经查，你单位存在强制入会并收取会费的行为。',
    },
    {
      name: 'requirement',
      label: '改正要求',
      type: 'multiline',
      required: true,
      sample: '立即停止强制入会行为，退还违规收取的会费。',
    },
    { name: 'deadline', label: '改正期限', type: 'date', required: true, sample: '2026-06-30' },
    contact,
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民改',
    title: '责令改正通知书',
    addressee: '{addressee}：',
    body: [
      '{facts}',
      '根据有关规定，现责令你单位改正：{requirement}',
      '请你单位于{deadline}前改正完毕，并将改正情况及证明材料书面报告我局。逾期不改正的，我局将依法处理。',
      '特此通知。',
    ],
    rows: [],
    ...signedAndSealed,
    footer: '（联系人及电话：{contact}）',
  },
};

export const CASE_TEMPLATES = [TALK_NOTICE_TEMPLATE, REMINDER_LETTER_TEMPLATE, RECTIFICATION_ORDER_TEMPLATE];
