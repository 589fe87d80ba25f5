import type { TTemplateField, TTemplateLayout } from '@shezu/contracts';

export interface DefaultTemplate {
  kind: string;
  name: string;
  fields: TTemplateField[];
  layout: TTemplateLayout;
}

const signedAndSealed = {
  signature: { issuer: '{authorityName}', date: '{issueDate}' },
  seal: { text: '{authorityName}' },
};

const contact: TTemplateField = {
  name: 'contact',
  label: '联系人及电话',
  type: 'text',
  required: false,
  sample: '李华，023-55123456',
};

/**
 * The national defaults every authority starts from (version 1, seeded by migration 0007). Changing
 * them later takes a new migration that inserts version 2; issued documents keep the version they used.
 */
export const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  {
    kind: 'registration_certificate',
    name: '社会团体法人登记证书',
    fields: [
      { name: 'certificateTitle', label: '证书名称', type: 'text', required: true, default: '社会团体法人登记证书' },
      { name: 'orgName', label: '名称', type: 'text', required: true, sample: '云阳县青少年体育协会' },
      { name: 'uscc', label: '统一社会信用代码', type: 'text', required: true, sample: '51500235MJ0000000X' },
      { name: 'legalRepresentative', label: '法定代表人', type: 'text', required: true, sample: '张明' },
      { name: 'domicile', label: '住所', type: 'text', required: true, sample: '重庆市云阳县双江街道滨江大道88号' },
      {
        name: 'businessScope',
        label: '业务范围',
        type: 'multiline',
        required: true,
        sample: '组织开展青少年体育训练、竞赛和交流活动；开展体育技能培训；提供体育健身咨询服务。',
      },
      { name: 'registeredFunds', label: '活动资金（分）', type: 'money', required: true, sample: '3000000' },
      { name: 'supervisor', label: '业务主管单位', type: 'text', required: false, sample: '云阳县教育委员会' },
      { name: 'validFrom', label: '有效期起', type: 'date', required: true, sample: '2026-03-02' },
      { name: 'validUntil', label: '有效期止', type: 'date', required: true, sample: '2031-03-01' },
    ],
    layout: {
      style: 'certificate',
      issuer: '{authorityName}',
      numberPrefix: '{regionAbbr}民登',
      title: '{certificateTitle}',
      addressee: null,
      body: [],
      rows: [
        { label: '统一社会信用代码', value: '{uscc}' },
        { label: '名称', value: '{orgName}' },
        { label: '住所', value: '{domicile}' },
        { label: '法定代表人', value: '{legalRepresentative}' },
        { label: '活动资金', value: '{registeredFunds}' },
        { label: '业务范围', value: '{businessScope}' },
        { label: '业务主管单位', value: '{supervisor}' },
        { label: '有效期', value: '自{validFrom}至{validUntil}' },
        { label: '登记管理机关', value: '{authorityName}' },
      ],
      ...signedAndSealed,
      footer: '本证书是社会团体法人的合法凭证，应当放置于住所醒目位置；扫描二维码可核验真伪。',
    },
  },
  {
    kind: 'notice',
    name: '通知书（责令改正通知书等）',
    fields: [
      { name: 'addressee', label: '主送单位', type: 'text', required: true, sample: '云阳县青少年体育协会' },
      { name: 'noticeTitle', label: '文书名称', type: 'text', required: true, default: '责令改正通知书' },
      {
        name: 'content',
        label: '事实与要求',
        type: 'multiline',
        required: true,
        sample:
          '经查，你单位未按规定于2026年5月31日前报送2025年度工作报告，不符合《社会团体登记管理条例》第二十八条的规定。',
      },
      { name: 'deadline', label: '改正期限', type: 'date', required: false, sample: '2026-04-30' },
      contact,
    ],
    layout: {
      style: 'official',
      issuer: '{authorityName}',
      numberPrefix: '{regionAbbr}民通',
      title: '{noticeTitle}',
      addressee: '{addressee}：',
      body: [
        '{content}',
        '请你单位于{deadline}前完成改正，并将改正情况书面报告我局。逾期不改正的，我局将依法处理。',
        '特此通知。',
      ],
      rows: [],
      ...signedAndSealed,
      footer: '（联系人及电话：{contact}）',
    },
  },
  {
    kind: 'letter',
    name: '函',
    fields: [
      { name: 'addressee', label: '主送机关', type: 'text', required: true, sample: '云阳县教育委员会' },
      { name: 'subject', label: '事由', type: 'text', required: true, sample: '商请协助开展2025年度社会组织年度检查' },
      {
        name: 'content',
        label: '正文',
        type: 'multiline',
        required: true,
        sample:
          '为做好2025年度社会组织年度检查工作，请你单位对所主管的社会组织年度工作报告进行初审，并于2026年4月30日前将初审意见反馈我局。',
      },
      { name: 'closing', label: '结束语', type: 'text', required: true, default: '特此函告。' },
      contact,
    ],
    layout: {
      style: 'official',
      issuer: '{authorityName}',
      numberPrefix: '{regionAbbr}民函',
      title: '{authorityName}关于{subject}的函',
      addressee: '{addressee}：',
      body: ['{content}', '{closing}'],
      rows: [],
      ...signedAndSealed,
      footer: '（联系人及电话：{contact}）',
    },
  },
];
