import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { x, n } = sectionBuilders('party');

/** 党建情况 (§A3.2 四). "应建未建" = 3 or more formal party members among full-time staff and no organization. */
export const PARTY_INDICATORS: TIndicator[] = [
  x('party_org_form', 'choice', '党组织建立形式', 'Form of the party organization', {
    required: true,
    simplified: true,
    public: true,
    helpZh: '建有多级的，填最高一级',
    options: [
      { value: 'committee', labelZh: '基层党委', labelEn: 'Primary party committee' },
      { value: 'general_branch', labelZh: '党总支', labelEn: 'General branch' },
      { value: 'branch', labelZh: '党支部', labelEn: 'Branch' },
      { value: 'joint_branch', labelZh: '联合党支部', labelEn: 'Joint branch' },
      { value: 'party_group', labelZh: '党组', labelEn: 'Party group' },
      { value: 'none', labelZh: '未建立', labelEn: 'None' },
    ],
  }),
  n('party_members', '从业人员中党员人数', 'Party members among staff', { required: true }),
  n('party_members_fulltime', '专职工作人员中党员人数', 'Party members among full-time staff', { required: true }),
  x('party_not_established_reason', 'text', '未建立党组织的原因', 'Why no party organization exists', {
    maxLength: 1000,
  }),
  n('party_activities', '本年度党组织活动次数', 'Party activities this year'),
  x('party_instructor', 'bool', '是否有党建指导员（联络员）', 'Party-building instructor assigned', {}),
];
