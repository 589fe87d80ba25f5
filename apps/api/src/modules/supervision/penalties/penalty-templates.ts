import type { DefaultTemplate } from '../../../platform/documents/default-templates';

/**
 * The three documents of the penalty procedure, national version 1, seeded by migration 0019 in the GB/T 9704
 * 'official' layout. The service fills every field from the penalty record; staff edit only the wording of
 * later versions through the template editor.
 */
const addressee = {
  name: 'addressee',
  label: '当事人',
  type: 'text',
  required: true,
  sample: '云阳县建筑业协会',
} as const;
const uscc = {
  name: 'uscc',
  label: '统一社会信用代码',
  type: 'text',
  required: false,
  sample: '51500235MJ0000000X',
} as const;
const facts = {
  name: 'facts',
  label: '违法事实',
  type: 'multiline',
  required: true,
  sample: '经查，你单位于2026年3月未经批准擅自设立分支机构并开展活动。',
} as const;
const basis = {
  name: 'basis',
  label: '处罚依据',
  type: 'multiline',
  required: true,
  sample: '《社会团体登记管理条例》第三十条第一款第（六）项',
} as const;
const penalty = {
  name: 'penalty',
  label: '处罚内容',
  type: 'multiline',
  required: true,
  sample: '警告',
} as const;
const contact = {
  name: 'contact',
  label: '联系人及电话',
  type: 'text',
  required: false,
  sample: '李华，023-55123456',
} as const;
const signedAndSealed = {
  signature: { issuer: '{authorityName}', date: '{issueDate}' },
  seal: { text: '{authorityName}' },
  footer: '（联系人及电话：{contact}）',
};

export const PENALTY_PRIOR_NOTICE_TEMPLATE: DefaultTemplate = {
  kind: 'penalty_prior_notice',
  name: '行政处罚事先告知书',
  fields: [
    addressee,
    uscc,
    facts,
    basis,
    penalty,
    {
      name: 'rights',
      label: '陈述申辩及听证权利',
      type: 'multiline',
      required: true,
      sample: '你单位可在收到本告知书之日起三日内向本机关提出陈述和申辩，逾期视为放弃。',
    },
    contact,
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民罚告',
    title: '行政处罚事先告知书',
    addressee: '{addressee}：',
    body: [
      '统一社会信用代码：{uscc}',
      '{facts}',
      '以上事实违反了{basis}的规定。依据《中华人民共和国行政处罚法》第四十四条，本机关拟对你单位作出如下行政处罚：{penalty}。',
      '{rights}',
      '特此告知。',
    ],
    rows: [],
    ...signedAndSealed,
  },
};

export const HEARING_NOTICE_TEMPLATE: DefaultTemplate = {
  kind: 'hearing_notice',
  name: '行政处罚听证通知书',
  fields: [
    addressee,
    { name: 'caseTitle', label: '案由', type: 'text', required: true, sample: '擅自设立分支机构案' },
    { name: 'hearingOn', label: '听证日期', type: 'text', required: true, sample: '2026年5月20日' },
    { name: 'place', label: '听证地点', type: 'text', required: true, sample: '云阳县民政局三楼会议室' },
    { name: 'host', label: '听证主持人', type: 'text', required: true, sample: '王强' },
    contact,
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民罚听',
    title: '行政处罚听证通知书',
    addressee: '{addressee}：',
    body: [
      '根据你单位的申请，本机关定于{hearingOn}在{place}就{caseTitle}举行听证，由{host}主持。',
      '你单位可以亲自参加听证，也可以委托一至二人代理；认为主持人与本案有直接利害关系的，有权申请回避。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利（《中华人民共和国行政处罚法》第六十四条）。',
      '特此通知。',
    ],
    rows: [],
    ...signedAndSealed,
  },
};

export const PENALTY_DECISION_TEMPLATE: DefaultTemplate = {
  kind: 'penalty_decision',
  name: '行政处罚决定书',
  fields: [
    addressee,
    uscc,
    facts,
    { name: 'evidence', label: '证据', type: 'multiline', required: true, sample: '现场检查笔录、询问笔录等。' },
    {
      name: 'procedure',
      label: '告知及陈述申辩、听证情况',
      type: 'multiline',
      required: true,
      sample: '当事人未陈述申辩。',
    },
    basis,
    penalty,
    {
      name: 'performance',
      label: '履行方式和期限',
      type: 'multiline',
      required: true,
      sample: '自收到本决定书之日起执行。',
    },
    {
      name: 'rights',
      label: '申请行政复议、提起行政诉讼的途径和期限',
      type: 'multiline',
      required: true,
      sample: '如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内提起行政诉讼。',
    },
    contact,
  ],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民罚决',
    title: '行政处罚决定书',
    addressee: '{addressee}：',
    body: [
      '统一社会信用代码：{uscc}',
      '{facts}',
      '上述事实有以下证据证明：{evidence}',
      '{procedure}',
      '你单位的上述行为违反了{basis}的规定。依据《中华人民共和国行政处罚法》第五十七条，本机关决定给予你单位如下行政处罚：{penalty}。',
      '{performance}',
      '{rights}',
    ],
    rows: [],
    ...signedAndSealed,
  },
};

export const PENALTY_TEMPLATES = [PENALTY_PRIOR_NOTICE_TEMPLATE, HEARING_NOTICE_TEMPLATE, PENALTY_DECISION_TEMPLATE];
