import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { x, m, n } = sectionBuilders('activities');

/** 业务活动情况 (§A1 五, §A2 四): summary, events, 评比达标表彰, donations, foreign exchange. */
export const ACTIVITIES_INDICATORS: TIndicator[] = [
  x('act_work_summary', 'text', '年度工作总结', 'Summary of the year’s work', {
    required: true,
    simplified: true,
    public: true,
    maxLength: 1500,
    helpZh: '遵守法律法规、按章程开展活动、财务管理等情况，1500字以内',
  }),
  n('act_events', '举办论坛、讲座、年会、研讨会等活动次数', 'Forums, lectures, conferences held', { public: true }),
  n('act_trainings', '举办培训次数', 'Training courses held', { public: true }),
  n('act_training_participants', '培训人次', 'Training participants', { public: true }),
  n('act_welfare_projects', '公益项目数', 'Public-benefit projects', { public: true }),
  n('act_beneficiaries', '受益人数', 'Beneficiaries', { public: true }),
  x('act_awards', 'rows', '评比达标表彰活动', 'Ratings, standards and commendations', {
    public: true,
    helpZh: '没有则不填；评比、达标、表彰须经批准',
    columns: [
      { code: 'name', labelZh: '活动名称', labelEn: 'Name', type: 'text' },
      { code: 'kind', labelZh: '类型', labelEn: 'Kind', type: 'text' },
      { code: 'date', labelZh: '时间', labelEn: 'Date', type: 'date' },
      { code: 'approved_by', labelZh: '批准单位', labelEn: 'Approved by', type: 'text' },
      { code: 'fee', labelZh: '收费金额', labelEn: 'Fees charged', type: 'money' },
    ],
  }),
  x('act_gov_services', 'text', '承接政府转移职能和购买服务情况', 'Government functions and services undertaken', {
    public: true,
    maxLength: 1000,
  }),
  m('act_donation_domestic', '接受境内捐赠', 'Donations from inside the mainland', { public: true }),
  m('act_donation_foreign', '接受境外捐赠（含港澳台）', 'Donations from abroad (incl. HK, Macao, Taiwan)', {
    public: true,
    helpZh: '在内地登记的外资企业的捐赠计入境内',
  }),
  x('act_foreign_cooperation', 'bool', '是否开展国际交流与合作', 'International exchange or cooperation', {
    required: true,
  }),
  x('act_foreign_desc', 'text', '国际交流与合作情况', 'International exchange and cooperation', { maxLength: 1000 }),
  x('act_other_notes', 'text', '其他需要说明的情况', 'Other matters', {
    maxLength: 2000,
    helpZh: '包括上年度年检整改情况；会员数不足法定人数等应在此说明',
  }),
];
