import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AlertOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ClockCircleOutlined,
  ControlOutlined,
  DashboardOutlined,
  DeleteRowOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  ImportOutlined,
  KeyOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  ScheduleOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SlidersOutlined,
  StopOutlined,
  TagsOutlined,
  TeamOutlined,
  WarningOutlined,
  UsergroupAddOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import type { TMe } from '@shezu/contracts';
import { TodoBadge } from '../features/home/TodoBadge';
import { TodoKindBadge } from '../features/reviews/ReviewBadge';
import { useT } from '../lib/i18n';
import { ACTIVITIES_GROUP } from './activitiesMenu';
import type { MenuEntry, MenuGroup } from './menuTypes';
import { can, useMe } from './session';

const ENTRIES: (MenuEntry | MenuGroup)[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, testId: 'nav-home', extra: <TodoBadge /> },
  { path: '/orgs', label: 'nav.orgs', icon: <BankOutlined />, testId: 'nav-orgs', permission: 'orgs.read' },
  {
    path: '/applications',
    label: 'nav.applications',
    icon: <FormOutlined />,
    testId: 'nav-applications',
    permission: 'applications.apply',
  },
  {
    path: '/my-annual-reports',
    label: 'nav.myAnnualReports',
    icon: <ScheduleOutlined />,
    testId: 'nav-my-annual-reports',
    permission: 'annual.fill',
  },
  {
    path: '/community-orgs',
    label: 'nav.communityOrgs',
    icon: <UsergroupAddOutlined />,
    testId: 'nav-community-orgs',
    permission: 'community_orgs.read',
  },
  {
    path: '/ledgers',
    label: 'nav.ledgers',
    icon: <ImportOutlined />,
    testId: 'nav-ledgers',
    permission: 'ledgers.import',
  },
  {
    path: '/org-accounts',
    label: 'nav.orgAccounts',
    icon: <KeyOutlined />,
    testId: 'nav-org-accounts',
    permission: 'orgs.accounts',
  },
  {
    path: '/reviews',
    label: 'nav.reviews',
    icon: <AuditOutlined />,
    testId: 'nav-reviews',
    permission: ['applications.review', 'applications.decide'],
    extra: <TodoKindBadge kind="application_review" testId="nav-reviews-badge" />,
  },
  {
    path: '/annual-reports',
    label: 'nav.annualReview',
    icon: <CarryOutOutlined />,
    testId: 'nav-annual-reports',
    permission: ['annual.review', 'annual.decide'],
    extra: <TodoKindBadge kind="annual_review" testId="nav-annual-reports-badge" />,
  },
  {
    path: '/annual-inspections',
    label: 'nav.annualInspections',
    icon: <DashboardOutlined />,
    testId: 'nav-annual-inspections',
    permission: ['annual.review', 'annual.decide', 'annual.cycles'],
  },
  {
    path: '/credit-scores',
    label: 'nav.creditScores',
    icon: <BarChartOutlined />,
    testId: 'nav-credit-scores',
    permission: 'credit.read',
    hiddenWith: 'credit.apply',
  },
  {
    path: '/dormant-campaigns',
    label: 'nav.dormantCampaigns',
    icon: <DeleteRowOutlined />,
    testId: 'nav-dormant-campaigns',
    permission: 'dormant.manage',
  },
  {
    path: '/credit-listings',
    label: 'nav.creditListings',
    icon: <WarningOutlined />,
    testId: 'nav-credit-listings',
    permission: 'credit.read',
    hiddenWith: 'credit.apply',
  },
  {
    path: '/credit-requests',
    label: 'nav.creditRequests',
    icon: <FileProtectOutlined />,
    testId: 'nav-credit-requests',
    permission: 'credit.decide',
  },
  {
    path: '/my-credit',
    label: 'nav.myCredit',
    icon: <SafetyCertificateOutlined />,
    testId: 'nav-my-credit',
    permission: 'credit.apply',
  },
  {
    key: 'supervision',
    label: 'nav.supervision',
    icon: <SafetyCertificateOutlined />,
    testId: 'nav-supervision',
    children: [
      {
        path: '/complaints',
        label: 'nav.complaints',
        icon: <FileSearchOutlined />,
        testId: 'nav-complaints',
        permission: 'supervision.read',
      },
      {
        path: '/penalties',
        label: 'nav.penalties',
        icon: <FileProtectOutlined />,
        testId: 'nav-penalties',
        permission: 'supervision.read',
      },
      {
        path: '/supervision-cases',
        label: 'nav.supervisionCases',
        icon: <AuditOutlined />,
        testId: 'nav-supervision-cases',
        permission: 'supervision.read',
        extra: <TodoKindBadge kind="supervision_case_alarm" testId="nav-supervision-cases-badge" />,
      },
      {
        path: '/case-tasks',
        label: 'nav.caseTasks',
        icon: <TeamOutlined />,
        testId: 'nav-case-tasks',
        permission: 'supervision.partner',
        extra: <TodoKindBadge kind="supervision_case_task" testId="nav-case-tasks-badge" />,
      },
      {
        path: '/my-supervision',
        label: 'nav.mySupervision',
        icon: <SafetyCertificateOutlined />,
        testId: 'nav-my-supervision',
        permission: 'supervision.respond',
        extra: <TodoKindBadge kind="supervision_measure" testId="nav-my-supervision-badge" />,
      },
      {
        path: '/risk-warnings',
        label: 'nav.riskWarnings',
        icon: <AlertOutlined />,
        testId: 'nav-risk-warnings',
        permission: 'supervision.read',
        extra: <TodoKindBadge kind="risk_warning" testId="nav-risk-warnings-badge" />,
      },
      {
        path: '/spot-check-plans',
        label: 'nav.spotCheckPlans',
        icon: <ScheduleOutlined />,
        testId: 'nav-spot-check-plans',
        permission: 'supervision.read',
      },
      {
        path: '/inspectors',
        label: 'nav.inspectors',
        icon: <TeamOutlined />,
        testId: 'nav-inspectors',
        permission: 'supervision.read',
      },
      {
        path: '/my-spot-checks',
        label: 'nav.mySpotChecks',
        icon: <ScheduleOutlined />,
        testId: 'nav-my-spot-checks',
        permission: 'supervision.inspect',
      },
      {
        path: '/illegal-orgs',
        label: 'nav.illegalOrgs',
        icon: <StopOutlined />,
        testId: 'nav-illegal-orgs',
        permission: 'supervision.read',
      },
      {
        path: '/special-campaigns',
        label: 'nav.specialCampaigns',
        icon: <FlagOutlined />,
        testId: 'nav-special-campaigns',
        permission: 'supervision.read',
      },
    ],
  },
  ACTIVITIES_GROUP,
  {
    path: '/documents',
    label: 'nav.documents',
    icon: <FileTextOutlined />,
    testId: 'nav-documents',
    permission: 'documents.read',
  },
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, testId: 'nav-users', permission: 'users.read' },
  {
    path: '/sign-ups',
    label: 'nav.signUps',
    icon: <UserAddOutlined />,
    testId: 'nav-sign-ups',
    permission: 'users.manage',
    extra: <TodoKindBadge kind="sign_up_approval" testId="nav-sign-ups-badge" />,
  },
  { path: '/units', label: 'nav.units', icon: <ApartmentOutlined />, testId: 'nav-units', permission: 'units.read' },
  {
    path: '/audit-logs',
    label: 'nav.audit',
    icon: <FileSearchOutlined />,
    testId: 'nav-audit-logs',
    permission: 'audit.read',
  },
  {
    path: '/regions',
    label: 'nav.regions',
    icon: <EnvironmentOutlined />,
    testId: 'nav-regions',
    permission: 'regions.read',
  },
  {
    key: 'admin',
    label: 'nav.admin',
    icon: <SettingOutlined />,
    testId: 'nav-admin',
    children: [
      {
        path: '/admin/jobs',
        label: 'nav.jobs',
        icon: <ClockCircleOutlined />,
        testId: 'nav-jobs',
        permission: 'jobs.manage',
      },
      {
        path: '/admin/events',
        label: 'nav.events',
        icon: <NotificationOutlined />,
        testId: 'nav-events',
        permission: 'events.manage',
      },
      {
        path: '/admin/calendar',
        label: 'nav.calendar',
        icon: <CalendarOutlined />,
        testId: 'nav-calendar',
        permission: 'calendar.read',
      },
      {
        path: '/admin/document-templates',
        label: 'nav.templates',
        icon: <FileProtectOutlined />,
        testId: 'nav-document-templates',
        permission: 'templates.manage',
      },
      {
        path: '/admin/org-categories',
        label: 'nav.orgCategories',
        icon: <TagsOutlined />,
        testId: 'nav-org-categories',
        permission: 'categories.manage',
      },
      {
        path: '/admin/registration-settings',
        label: 'nav.registrationSettings',
        icon: <ControlOutlined />,
        testId: 'nav-registration-settings',
        permission: 'applications.settings',
      },
      {
        path: '/admin/annual-indicators',
        label: 'nav.annualIndicators',
        icon: <OrderedListOutlined />,
        testId: 'nav-annual-indicators',
        permission: 'annual.indicators',
      },
      {
        path: '/admin/credit-scheme',
        label: 'nav.creditScheme',
        icon: <SlidersOutlined />,
        testId: 'nav-credit-scheme',
        permission: 'credit.scheme',
      },
    ],
  },
];

const isGroup = (e: MenuEntry | MenuGroup): e is MenuGroup => 'children' in e;
const allowed = (me: TMe, e: MenuEntry) =>
  (!e.permission || [e.permission].flat().some((p) => can(me, p))) && !(e.hiddenWith && can(me, e.hiddenWith));

/** The entry a path belongs to (the longest entry path that is it or a parent of it), '' for none. */
export function selectedEntry(pathname: string): string {
  const paths = ENTRIES.flatMap((e) => (isGroup(e) ? e.children : [e])).map((e) => e.path);
  const hits = paths.filter((p) => pathname === p || (p !== '/' && pathname.startsWith(p + '/')));
  return hits.sort((a, b) => b.length - a.length)[0] ?? '';
}

/** Side navigation: only the modules the user's permissions open; 系统管理 groups the platform's admin pages. */
export function MainMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = selectedEntry(pathname);

  const item = (e: MenuEntry) => ({
    key: e.path,
    icon: e.icon,
    label: (
      <span data-testid={e.testId} style={{ display: 'inline-flex', alignItems: 'center' }}>
        {t(e.label)}
        {e.extra}
      </span>
    ),
  });
  const items: MenuProps['items'] = ENTRIES.flatMap((e) => {
    if (!isGroup(e)) return allowed(me, e) ? [item(e)] : [];
    const children = e.children.filter((c) => allowed(me, c)).map(item);
    if (children.length === 0) return [];
    return [{ key: e.key, icon: e.icon, label: <span data-testid={e.testId}>{t(e.label)}</span>, children }];
  });
  const openGroup = ENTRIES.find((e) => isGroup(e) && e.children.some((c) => c.path === selected));

  return (
    <Menu
      data-testid="main-menu"
      mode="inline"
      selectedKeys={[selected]}
      defaultOpenKeys={openGroup && isGroup(openGroup) ? [openGroup.key] : []}
      items={items}
      style={{ borderInlineEnd: 'none', padding: '8px 0' }}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
