import { useState, type ReactNode } from 'react';
import { Button, Drawer, Flex, Grid, Menu } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  CameraOutlined,
  CloudDownloadOutlined,
  HomeOutlined,
  LoginOutlined,
  MenuOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  StopOutlined,
  UserAddOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useT, type MessageKey } from '../../lib/i18n';
import { navSection } from './navSection';

const ENTRIES: { path: string; label: MessageKey; icon: ReactNode; testId: string }[] = [
  { path: '/portal', label: 'portal.nav.home', icon: <HomeOutlined />, testId: 'portal-nav-home' },
  { path: '/portal/search', label: 'portal.nav.search', icon: <SearchOutlined />, testId: 'portal-nav-search' },
  {
    path: '/portal/announcements',
    label: 'portal.nav.announcements',
    icon: <NotificationOutlined />,
    testId: 'portal-nav-announcements',
  },
  {
    path: '/portal/annual-inspections',
    label: 'portal.nav.annualInspections',
    icon: <AuditOutlined />,
    testId: 'portal-nav-annual-inspections',
  },
  {
    path: '/portal/credit-listings',
    label: 'portal.nav.creditListings',
    icon: <WarningOutlined />,
    testId: 'portal-nav-credit-listings',
  },
  {
    path: '/portal/illegal-orgs',
    label: 'portal.nav.illegalOrgs',
    icon: <StopOutlined />,
    testId: 'portal-nav-illegal-orgs',
  },
  {
    path: '/portal/spot-check-results',
    label: 'portal.nav.spotCheckResults',
    icon: <AuditOutlined />,
    testId: 'portal-nav-spot-check-results',
  },
  {
    path: '/portal/activities',
    label: 'portal.nav.activities',
    icon: <CameraOutlined />,
    testId: 'portal-nav-activities',
  },
  { path: '/portal/stats', label: 'portal.nav.stats', icon: <BarChartOutlined />, testId: 'portal-nav-stats' },
  {
    path: '/portal/open-data',
    label: 'portal.nav.openData',
    icon: <CloudDownloadOutlined />,
    testId: 'portal-nav-open-data',
  },
  { path: '/portal/uscc', label: 'portal.nav.uscc', icon: <SafetyCertificateOutlined />, testId: 'portal-nav-uscc' },
  {
    path: '/portal/complaints/new',
    label: 'portal.nav.complaints',
    icon: <NotificationOutlined />,
    testId: 'portal-nav-complaints',
  },
  {
    path: '/portal/penalties',
    label: 'portal.nav.penalties',
    icon: <AuditOutlined />,
    testId: 'portal-nav-penalties',
  },
  // Founders of a new organization start here (申请人注册), then apply for 筹备 / 成立.
  { path: '/sign-up', label: 'portal.nav.signUp', icon: <UserAddOutlined />, testId: 'portal-nav-sign-up' },
];

/** A real link (it can open in a new tab) that navigates inside the app. */
function LoginLink() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button
      size="small"
      icon={<LoginOutlined />}
      href="/login"
      onClick={(e) => {
        e.preventDefault();
        void navigate('/login');
      }}
      data-testid="portal-nav-login"
    >
      {t('portal.nav.login')}
    </Button>
  );
}

/** The portal's own navigation: a menu bar on wide screens, a drawer behind one button on a phone. */
export function PortalNav() {
  const t = useT();
  const { pathname } = useLocation();
  const wide = Grid.useBreakpoint().lg !== false;
  const [open, setOpen] = useState(false);
  const selected = navSection(pathname);
  const items = ENTRIES.map((e) => ({
    key: e.path,
    icon: e.icon,
    label: (
      <Link to={e.path} data-testid={e.testId} onClick={() => setOpen(false)}>
        {t(e.label)}
      </Link>
    ),
  }));

  if (wide) {
    return (
      <Flex align="center" gap={8} style={{ flex: 1, minWidth: 0, justifyContent: 'flex-end' }}>
        <Menu
          mode="horizontal"
          selectedKeys={selected ? [selected] : []}
          items={items}
          style={{ flex: 1, minWidth: 0, borderBottom: 'none', justifyContent: 'flex-end' }}
          data-testid="portal-nav"
        />
        <LoginLink />
      </Flex>
    );
  }
  return (
    <Flex align="center" gap={4} style={{ marginInlineStart: 'auto' }}>
      <Button
        type="text"
        icon={<MenuOutlined />}
        aria-label={t('portal.nav.open')}
        onClick={() => setOpen(true)}
        data-testid="portal-nav-toggle"
      />
      <Drawer
        placement="right"
        size={260}
        open={open}
        onClose={() => setOpen(false)}
        title={t('portal.title')}
        styles={{ body: { padding: 0 } }}
      >
        <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} data-testid="portal-nav" />
        <div style={{ padding: 16 }}>
          <LoginLink />
        </div>
      </Drawer>
    </Flex>
  );
}
