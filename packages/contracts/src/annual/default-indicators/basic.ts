import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { x, m, n } = sectionBuilders('basic');
const core = { required: true, simplified: true };

/** 一、基本信息: confirmed against the register (prefill), plus members, council and structures. */
export const BASIC_INDICATORS: TIndicator[] = [
  x('basic_name', 'text', '组织名称', 'Name', { ...core, public: true, prefill: 'register.name', maxLength: 100 }),
  x('basic_uscc', 'text', '统一社会信用代码', 'Unified social credit code', {
    ...core,
    public: true,
    prefill: 'register.uscc',
    maxLength: 18,
  }),
  x('basic_legal_rep', 'text', '法定代表人', 'Legal representative', {
    ...core,
    prefill: 'register.legal_representative',
    maxLength: 50,
  }),
  x('basic_legal_rep_duty', 'choice', '法定代表人担任职务', 'Office held by the legal representative', {
    required: true,
    options: [
      { value: 'chair', labelZh: '会长（理事长）', labelEn: 'Chair' },
      { value: 'vice_chair', labelZh: '副会长（副理事长）', labelEn: 'Vice chair' },
      { value: 'secretary_general', labelZh: '秘书长', labelEn: 'Secretary general' },
      { value: 'director', labelZh: '院长（校长、主任）', labelEn: 'Director' },
      { value: 'other', labelZh: '其他', labelEn: 'Other' },
    ],
  }),
  x('basic_address', 'text', '住所', 'Registered address', {
    ...core,
    public: true,
    prefill: 'register.address',
    maxLength: 200,
  }),
  x('basic_supervisor', 'text', '业务主管单位', 'Supervising unit', {
    public: true,
    appliesWhen: '!org.direct',
    prefill: 'register.supervisor',
    maxLength: 100,
  }),
  m('basic_registered_funds', '注册资金（活动资金/开办资金/原始基金）', 'Registered funds', {
    ...core,
    public: true,
    prefill: 'register.registered_funds',
  }),
  x('basic_founded_on', 'date', '成立日期', 'Founded on', { public: true, prefill: 'register.founded_on' }),
  x('basic_business_scope', 'text', '业务范围', 'Business scope', {
    public: true,
    prefill: 'register.business_scope',
    maxLength: 1000,
  }),
  x('basic_contact_name', 'text', '年报联系人', 'Contact person', { required: true, maxLength: 50 }),
  x('basic_contact_phone', 'text', '联系电话', 'Contact phone', { required: true, maxLength: 30 }),
  x('basic_website', 'text', '网站', 'Website', { public: true, maxLength: 200 }),
  n('basic_individual_members', '个人会员数', 'Individual members', {
    ...core,
    public: true,
    orgTypes: ['social_group'],
    helpZh: '成立时应有50个以上个人会员或30个以上单位会员，混合组成的会员总数不少于50个（条例第十条）',
  }),
  n('basic_unit_members', '单位会员数', 'Unit members', { ...core, public: true, orgTypes: ['social_group'] }),
  n('basic_council_size', '理事（董事）人数', 'Council members', { ...core, public: true }),
  n('basic_standing_council_size', '常务理事人数', 'Standing council members', { orgTypes: ['social_group'] }),
  n('basic_supervisor_count', '监事人数', 'Supervisors', { required: true }),
  n('basic_leaders', '负责人人数', 'Leaders', {
    helpZh: '负责人指会长（理事长）、副会长（副理事长）、秘书长，不含名誉职务、顾问、常务理事、理事和副秘书长',
  }),
  n('basic_civil_servant_leaders', '现职公务员兼任负责人人数', 'Serving civil servants among leaders'),
  n('basic_retired_leaders', '离退休人员担任负责人人数', 'Retired officials among leaders'),
  n('basic_retired_leaders_over70', '其中70岁以上', 'Of which over 70'),
  n('basic_branches', '分支机构数', 'Branches', { public: true }),
  n('basic_rep_offices', '代表机构数', 'Representative offices', { public: true }),
  n('basic_special_funds', '专项基金数', 'Special funds', { orgTypes: ['social_group', 'foundation'] }),
  x('basic_fee_standard', 'text', '会费标准', 'Membership fee scale', {
    orgTypes: ['social_group'],
    public: true,
    maxLength: 500,
    helpZh: '会费标准应经会员（代表）大会无记名投票通过并在30日内备案（民发〔2003〕95号）',
  }),
];
