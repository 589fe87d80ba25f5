import { Avatar, Button, Dropdown } from 'antd';
import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../lib/i18n';
import { useLogout } from './useLogout';
import { useMe } from './session';

export function UserMenu({ compact }: { compact?: boolean }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const logout = useLogout();

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'notifications',
            icon: <BellOutlined />,
            label: <span data-testid="notification-settings">{t('header.notificationSettings')}</span>,
          },
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: <span data-testid="change-password">{t('header.changePassword')}</span>,
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            danger: true,
            label: <span data-testid="logout">{t('header.logout')}</span>,
          },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') void logout();
          else navigate(key === 'notifications' ? '/notification-settings' : '/change-password');
        },
      }}
    >
      <Button type="text" data-testid="user-menu" style={{ color: '#fff', paddingInline: 6 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1a5fb4' }} />
        {!compact && <span>{me.displayName}</span>}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
