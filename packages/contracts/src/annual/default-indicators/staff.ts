import type { TIndicator } from '../indicator-set';
import { sectionBuilders } from './helpers';

const { x, m, n } = sectionBuilders('staff');

/** 工作人员 (§A1 一, §A2 三). */
export const STAFF_INDICATORS: TIndicator[] = [
  n('staff_total', '工作人员总数', 'Staff in total', { required: true, simplified: true, public: true }),
  n('staff_fulltime', '专职工作人员', 'Full-time staff', { required: true, public: true }),
  n('staff_parttime', '兼职工作人员', 'Part-time staff', { required: true, public: true }),
  n('staff_rehired', '离退休返聘人员', 'Re-hired retirees'),
  n('staff_contracts', '签订劳动合同人数', 'Staff with labour contracts'),
  n('staff_insured', '参加社会保险人数', 'Staff with social insurance'),
  n('staff_volunteers', '志愿者人数', 'Volunteers', { public: true }),
  x('staff_volunteer_hours', 'number', '志愿服务时长（小时）', 'Volunteer hours', { min: 0, public: true }),
  m('staff_avg_salary', '工作人员平均年工资', 'Average annual salary'),
];
