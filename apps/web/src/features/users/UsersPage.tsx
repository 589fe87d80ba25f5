import { useState } from 'react';
import { Button, Card, Col, Input, Modal, Row, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROLES, type Role, type TUser } from '@shezu/contracts';
import { ColumnSettings } from '../../components/ColumnSettings';
import { ExportButton } from '../../components/ExportButton';
import { LoadMore } from '../../components/LoadMore';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { useCan, useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { roleLabel } from '../../lib/labels';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { exportUsers, fetchUsers, userKeys, type UserFilter } from './api';
import { DEFAULT_USER_COLUMNS, USER_COLUMNS, exportColumnsOf } from './columns';
import { UserFormDrawer } from './UserFormDrawer';
import { UsersTable } from './UsersTable';

type Editing = { user: TUser | null } | null;

export default function UsersPage() {
  const t = useT();
  const me = useMe();
  const canManage = useCan('users.manage');
  const canSeePii = useCan('users.pii');
  const canExport = useCan('users.export');
  const [visible, setVisible] = useState<string[]>(DEFAULT_USER_COLUMNS);
  const [filter, setFilter] = useState<UserFilter>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);
  const { query, items } = useKeysetQuery(userKeys.list(filter), (cursor) => fetchUsers(filter, cursor));
  const patch = (p: Partial<UserFilter>) => setFilter((f) => ({ ...f, ...p }));

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <>
            <ColumnSettings
              columns={USER_COLUMNS.map((c) => ({ key: c.key, label: t(c.label) }))}
              visible={visible}
              onChange={setVisible}
              testId="users-columns"
            />
            {canExport && (
              <ExportButton onExport={() => exportUsers(filter, exportColumnsOf(visible))} testId="users-export" />
            )}
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ user: null })}
                data-testid="user-create"
              >
                {t('users.create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} sm={12} lg={6}>
            <Input.Search
              allowClear
              placeholder={t('users.search')}
              onSearch={(q) => patch({ q: q.trim() || undefined })}
              data-testid="users-search"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select<Role>
              allowClear
              style={{ width: '100%' }}
              placeholder={t('users.filterRole')}
              options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
              onChange={(role) => patch({ role })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <RegionPicker
              root={me.regionCode}
              placeholder={t('users.filterRegion')}
              value={filter.regionCode}
              onChange={(code) => patch({ regionCode: code ?? undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select<'true' | 'false'>
              allowClear
              style={{ width: '100%' }}
              placeholder={t('users.filterStatus')}
              options={[
                { value: 'false', label: t('users.statusActive') },
                { value: 'true', label: t('users.statusDisabled') },
              ]}
              onChange={(disabled) => patch({ disabled })}
            />
          </Col>
        </Row>
        <UsersTable
          users={items}
          loading={query.isPending}
          withActions={canManage || canSeePii}
          visible={visible}
          onEdit={(user) => setEditing({ user })}
        />
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
      {editing && (
        <UserFormDrawer
          key={editing.user?.id ?? 'new'}
          user={editing.user}
          onClose={() => setEditing(null)}
          onCreated={(user, password) => setIssued({ name: `${user.displayName}（${user.username}）`, password })}
        />
      )}
      <Modal
        open={!!issued}
        title={t('users.oneTimeTitle')}
        onCancel={() => setIssued(null)}
        footer={<Button onClick={() => setIssued(null)}>{t('common.close')}</Button>}
        destroyOnHidden
      >
        {issued && <OneTimeSecret secret={issued.password} name={issued.name} />}
      </Modal>
    </>
  );
}
