import type { TIndicator } from '../indicator-set';
import { sectionBuilders, type IndicatorExtra } from './helpers';

const { x } = sectionBuilders('disclosure');
const yes = (code: string, zh: string, en: string, extra: IndicatorExtra = {}) =>
  x(code, 'bool', zh, en, { required: true, public: true, ...extra });

/** 信息公开 checklist (§A3.2 三, §A4.1 八, 慈善组织信息公开办法). */
export const DISCLOSURE_INDICATORS: TIndicator[] = [
  yes('disc_annual_report_published', '上年度年度报告是否已向社会公开', 'Last year’s report published'),
  yes('disc_certificate_displayed', '登记证书、税务登记等是否公示', 'Certificates displayed'),
  yes('disc_fee_standard_published', '收费标准是否公示', 'Fee scales published', {
    helpZh: '没有收费项目的填“是”',
  }),
  yes('disc_donor_reports', '是否向捐赠方报告资金使用情况', 'Donors informed of the use of funds', {
    helpZh: '未接受捐赠的填“是”',
  }),
  yes('disc_charity_platform', '是否在全国慈善信息公开平台公开年度报告', 'Published on the national charity platform', {
    appliesWhen: 'org.charity',
  }),
  yes('disc_related_parties', '是否报送关联方名单及关联关系说明', 'Related-party list submitted', {
    appliesWhen: 'org.charity',
  }),
  x('disc_channels', 'text', '信息公开渠道', 'Where information is published', { public: true, maxLength: 500 }),
];
