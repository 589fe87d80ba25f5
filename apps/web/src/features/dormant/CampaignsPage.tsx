import { useState } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { TDormantCampaign } from '@shezu/contracts';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { dormantKeys, fetchCampaigns } from './api';
import { NewCampaignDrawer } from './NewCampaignDrawer';

/** 清理整治: the campaigns in the user's scope; a bureau starts its own with a candidate preview. */
export default function CampaignsPage() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const mayCreate = useCan('dormant.manage');
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: dormantKeys.list, queryFn: fetchCampaigns });

  const columns: TableColumnsType<TDormantCampaign> = [
    {
      title: t('dormant.col.title'),
      key: 'title',
      render: (_, c) => (
        <Link to={`/dormant-campaigns/${c.id}`} data-testid={`campaign-link-${c.id}`}>
          {c.title}
        </Link>
      ),
    },
    { title: t('dormant.col.authority'), dataIndex: 'authorityName', key: 'authority', responsive: ['md'] },
    {
      title: t('dormant.col.period'),
      key: 'period',
      responsive: ['md'],
      render: (_, c) => t('dormant.period', { from: f.date(c.startsOn), to: f.date(c.endsOn) }),
    },
    {
      title: t('dormant.col.status'),
      key: 'status',
      render: (_, c) => (
        <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`dormant.status.${c.status}`)}</Tag>
      ),
    },
    { title: t('dormant.col.listed'), key: 'listed', render: (_, c) => f.number(c.counts.listed) },
    { title: t('dormant.col.disposed'), key: 'disposed', render: (_, c) => f.number(c.counts.disposed) },
    {
      title: t('dormant.col.rate'),
      key: 'rate',
      render: (_, c) => (
        <span data-testid={`campaign-rate-${c.id}`}>
          {c.counts.completionRate === null
            ? t('dormant.noRate')
            : t('dormant.rate', { rate: c.counts.completionRate })}
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('dormant.title')}
        subtitle={t('dormant.subtitle')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="campaign-new">
              {t('dormant.new')}
            </Button>
          )
        }
      />
      <Card>
        <Table<TDormantCampaign>
          rowKey="id"
          size="small"
          data-testid="campaigns-table"
          loading={list.isPending}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('dormant.empty') }}
        />
      </Card>
      {creating && (
        <NewCampaignDrawer
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void navigate(`/dormant-campaigns/${c.id}`);
          }}
        />
      )}
    </>
  );
}
