import type { ReactNode } from 'react';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApartmentOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  HomeOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import type { Permission } from '@shezu/contracts';
import { useT, type MessageKey } from '../lib/i18n';
import { can, useMe } from './session';

interface Entry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  permission?: Permission;
}

const ENTRIES: Entry[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, permission: 'users.read' },
  { path: '/units', label: 'nav.units', icon: <ApartmentOutlined />, permission: 'units.read' },
  { path: '/audit-logs', label: 'nav.audit', icon: <FileSearchOutlined />, permission: 'audit.read' },
  { path: '/regions', label: 'nav.regions', icon: <EnvironmentOutlined />, permission: 'regions.read' },
];

/** Side navigation: only the modules the user's permissions open. */
export function MainMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = '/' + (pathname.split('/')[1] ?? '');

  const items: MenuProps['items'] = ENTRIES.filter((e) => !e.permission || can(me, e.permission)).map((e) => ({
    key: e.path,
    icon: e.icon,
    label: <span data-testid={`nav-${e.path === '/' ? 'home' : e.path.slice(1)}`}>{t(e.label)}</span>,
  }));

  return (
    <Menu
      data-testid="main-menu"
      mode="inline"
      selectedKeys={[selected]}
      items={items}
      style={{ borderInlineEnd: 'none', padding: '8px 0' }}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
