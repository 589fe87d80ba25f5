import { useState } from 'react';
import { Outlet } from 'react-router';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { EnvironmentOutlined, MenuOutlined } from '@ant-design/icons';
import { LangSwitch } from '../components/LangSwitch';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useT } from '../lib/i18n';
import { MainMenu } from './MainMenu';
import { UserMenu } from './UserMenu';
import { can, useMe } from './session';

const SIDER_WIDTH = 208;

function Brand({ full }: { full: boolean }) {
  const t = useT();
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <span className="shezu-brand-mark" aria-hidden>
        社
      </span>
      <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Typography.Text>
      {full && (
        <Typography.Text
          style={{ color: 'rgba(255,255,255,0.75)', fontSize: 14, whiteSpace: 'nowrap' }}
          ellipsis
          data-testid="app-full-name"
        >
          {t('app.fullName')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Staff layout: header with scope, language and user menu; side menu that becomes a drawer on phones. */
export function AppLayout() {
  const t = useT();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const mobile = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const scope = [me.regionName, me.unitName].filter(Boolean).join(' · ');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 20, display: 'flex', alignItems: 'center', gap: 8 }}>
        {mobile && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('nav.openMenu')}
            data-testid="menu-toggle"
            style={{ color: '#fff' }}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Brand full={!!screens.md} />
        <Flex align="center" gap={screens.sm ? 8 : 2} style={{ marginInlineStart: 'auto' }}>
          {scope && screens.md && (
            <Typography.Text
              data-testid="user-scope"
              style={{ color: 'rgba(255,255,255,0.85)', fontSize: 13, maxWidth: 360 }}
              ellipsis={{ tooltip: scope }}
            >
              <EnvironmentOutlined style={{ marginInlineEnd: 4 }} />
              {scope}
            </Typography.Text>
          )}
          {can(me, 'notifications.read') && <NotificationBell />}
          <LangSwitch light />
          <UserMenu compact={!screens.sm} />
        </Flex>
      </Layout.Header>
      <Layout>
        {!mobile && (
          <Layout.Sider
            width={SIDER_WIDTH}
            theme="light"
            style={{ position: 'sticky', top: 56, height: 'calc(100vh - 56px)', overflow: 'auto' }}
          >
            <MainMenu />
          </Layout.Sider>
        )}
        {mobile && (
          <Drawer
            placement="left"
            size={240}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('app.name')}
            styles={{ body: { padding: 0 } }}
          >
            <MainMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
