import { Flex, Grid, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TUser } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { roleLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { isLocked } from './api';
import { UserActions } from './UserActions';

function StatusTags({ user }: { user: TUser }) {
  const t = useT();
  return (
    <Flex wrap gap={4}>
      {user.disabled ? <Tag>{t('users.statusDisabled')}</Tag> : <Tag color="green">{t('users.statusActive')}</Tag>}
      {isLocked(user) && <Tag color="orange">{t('users.statusLocked')}</Tag>}
      {user.mustChangePassword && <Tag color="blue">{t('users.statusMustChange')}</Tag>}
    </Flex>
  );
}

export function UsersTable({
  users,
  loading,
  onEdit,
  withActions,
  visible,
}: {
  users: TUser[];
  loading: boolean;
  onEdit: (user: TUser) => void;
  withActions: boolean;
  /** Keys of USER_COLUMNS to show, in their order. */
  visible: readonly string[];
}) {
  const t = useT();
  const f = useFormat();
  // Pinned columns leave no room on a phone; there the whole table scrolls.
  const pin = Grid.useBreakpoint().md;
  const all: TableColumnsType<TUser> = [
    {
      title: t('users.colAccount'),
      key: 'account',
      fixed: pin ? 'left' : undefined,
      width: 200,
      render: (_, u) => (
        <Flex vertical>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.username}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('users.colRoles'),
      key: 'roles',
      dataIndex: 'roles',
      width: 220,
      render: (roles: TUser['roles']) => (
        <Flex wrap gap={4}>
          {roles.map((r) => (
            <Tag key={r} color="blue" style={{ marginInlineEnd: 0 }}>
              {roleLabel(t, r)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('users.colRegion'),
      key: 'region',
      dataIndex: 'regionName',
      width: 160,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('users.colUnit'),
      key: 'unit',
      dataIndex: 'unitName',
      width: 200,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('users.colPhone'),
      key: 'phone',
      dataIndex: 'phoneMasked',
      width: 130,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('users.colIdNumber'),
      key: 'idNumber',
      dataIndex: 'idNumberMasked',
      width: 180,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('common.status'), key: 'status', width: 110, render: (_, u) => <StatusTags user={u} /> },
    {
      title: t('users.colLastLogin'),
      key: 'lastLogin',
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (v: string | null) => (v ? f.dateTime(v) : t('users.neverLoggedIn')),
    },
    {
      title: t('users.colCreatedAt'),
      key: 'createdAt',
      dataIndex: 'createdAt',
      width: 170,
      render: (v: string) => f.dateTime(v),
    },
  ];
  const columns = all.filter((c) => visible.includes(String(c.key)));
  if (withActions) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: pin ? 'right' : undefined,
      width: 150,
      render: (_, u) => <UserActions user={u} onEdit={() => onEdit(u)} />,
    });
  }
  return (
    <Table<TUser>
      rowKey="id"
      data-testid="users-table"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
    />
  );
}
