import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ControlOutlined,
  FlagOutlined,
} from '@ant-design/icons';
import type { MenuGroup } from './menuTypes';

/**
 * 活动与重大事项 (issue 9): kept beside MainMenu so that file stays small. The major-matters pages add their
 * entries to `children` here. Organization accounts see their own pages (我的活动, 重大事项报告) only.
 */
export const ACTIVITIES_GROUP: MenuGroup = {
  key: 'activities',
  label: 'nav.activitiesGroup',
  icon: <FlagOutlined />,
  testId: 'nav-activities-group',
  children: [
    {
      path: '/my-activities',
      label: 'nav.myActivities',
      icon: <FlagOutlined />,
      testId: 'nav-my-activities',
      permission: 'activities.post',
    },
    {
      path: '/activities',
      label: 'nav.activities',
      icon: <CalendarOutlined />,
      testId: 'nav-activities',
      permission: 'activities.read',
      hiddenWith: 'activities.post',
    },
    {
      path: '/activity-stats',
      label: 'nav.activityStats',
      icon: <BarChartOutlined />,
      testId: 'nav-activity-stats',
      permission: 'activities.read',
      hiddenWith: 'activities.post',
    },
    {
      path: '/my-major-matters',
      label: 'nav.myMajorMatters',
      icon: <AlertOutlined />,
      testId: 'nav-my-major-matters',
      permission: 'major_matters.report',
    },
    {
      path: '/major-matters',
      label: 'nav.majorMatters',
      icon: <AuditOutlined />,
      testId: 'nav-major-matters',
      permission: 'activities.read',
      hiddenWith: 'major_matters.report',
    },
    {
      path: '/activity-settings',
      label: 'nav.activitySettings',
      icon: <ControlOutlined />,
      testId: 'nav-activity-settings',
      permission: 'activities.decide',
    },
  ],
};
