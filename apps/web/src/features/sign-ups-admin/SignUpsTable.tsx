import { Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { SignUpStatus, TSignUp } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';

const COLORS: Record<SignUpStatus, string | undefined> = {
  active: undefined,
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
};

/** Sign-ups with their decision; the buttons a sign-up's state allows (a refused one may still be approved). */
export function SignUpsTable({
  items,
  loading,
  busyId,
  onApprove,
  onReject,
  emptyText,
}: {
  items: TSignUp[];
  emptyText?: string;
  loading: boolean;
  busyId: number | null;
  onApprove: (s: TSignUp) => void;
  onReject: (s: TSignUp) => void;
}) {
  const t = useT();
  const f = useFormat();
  const columns: TableColumnsType<TSignUp> = [
    {
      title: t('signUps.col.name'),
      key: 'name',
      fixed: 'left',
      width: 140,
      render: (_, s) => <Typography.Text strong>{s.displayName}</Typography.Text>,
    },
    { title: t('signUps.col.username'), dataIndex: 'username', key: 'username', width: 140 },
    { title: t('signUps.col.phone'), key: 'phone', width: 130, render: (_, s) => s.phoneMasked ?? '—' },
    { title: t('signUps.col.region'), key: 'region', width: 200, render: (_, s) => s.regionName ?? s.regionCode },
    { title: t('signUps.col.createdAt'), key: 'createdAt', width: 170, render: (_, s) => f.dateTime(s.createdAt) },
    {
      title: t('signUps.col.decision'),
      key: 'decision',
      width: 240,
      render: (_, s) => (
        <Flex vertical gap={2} align="flex-start">
          <Tag color={COLORS[s.status]} data-testid={`sign-up-status-${s.id}`} style={{ marginInlineEnd: 0 }}>
            {t(`signUps.status.${s.status}`)}
          </Tag>
          {s.decidedByName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('signUps.decidedBy', { name: s.decidedByName, at: f.dateTime(s.decidedAt) })}
            </Typography.Text>
          )}
          {s.reason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('signUps.reason', { reason: s.reason })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 170,
      render: (_, s) =>
        s.status === 'pending' || s.status === 'rejected' ? (
          <Flex gap={8} wrap>
            <Popconfirm
              title={t('signUps.approveConfirm', { name: s.displayName, username: s.username })}
              okText={t('signUps.approve')}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'sign-up-approve-confirm' }}
              onConfirm={() => onApprove(s)}
            >
              <Button size="small" type="primary" loading={busyId === s.id} data-testid={`sign-up-approve-${s.id}`}>
                {t(s.status === 'rejected' ? 'signUps.approveAgain' : 'signUps.approve')}
              </Button>
            </Popconfirm>
            {s.status === 'pending' && (
              <Button size="small" danger onClick={() => onReject(s)} data-testid={`sign-up-reject-${s.id}`}>
                {t('signUps.reject')}
              </Button>
            )}
          </Flex>
        ) : null,
    },
  ];
  return (
    <Table<TSignUp>
      rowKey="id"
      data-testid="sign-ups-table"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={emptyText ? { emptyText } : undefined}
    />
  );
}
