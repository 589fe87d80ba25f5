import { useState } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { TSpecialCampaign } from '@shezu/contracts';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { campaignKeys, fetchCampaigns } from './api';
import { NewCampaignDrawer } from './NewCampaignDrawer';

/** 专项整治: the campaigns in the user's scope; a bureau starts its own. */
export default function CampaignsPage() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const mayCreate = useCan('supervision.manage');
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: campaignKeys.list, queryFn: fetchCampaigns });

  const columns: TableColumnsType<TSpecialCampaign> = [
    {
      title: t('sc.col.title'),
      key: 'title',
      render: (_, c) => (
        <Link to={`/special-campaigns/${c.id}`} data-testid={`sc-link-${c.id}`}>
          {c.title}
        </Link>
      ),
    },
    { title: t('sc.col.authority'), dataIndex: 'authorityName', key: 'authority', responsive: ['md'] },
    {
      title: t('sc.col.period'),
      key: 'period',
      responsive: ['md'],
      render: (_, c) => t('sc.period', { from: f.date(c.startsOn), to: f.date(c.endsOn) }),
    },
    {
      title: t('sc.col.status'),
      key: 'status',
      render: (_, c) => <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`sc.status.${c.status}`)}</Tag>,
    },
    { title: t('sc.col.inScope'), key: 'inScope', render: (_, c) => f.number(c.inScopeCount) },
  ];

  return (
    <>
      <PageHeader
        title={t('sc.title')}
        subtitle={t('sc.subtitle')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="sc-new">
              {t('sc.new')}
            </Button>
          )
        }
      />
      <Card>
        <Table<TSpecialCampaign>
          rowKey="id"
          size="small"
          data-testid="sc-table"
          loading={list.isPending}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('sc.empty') }}
        />
      </Card>
      {creating && (
        <NewCampaignDrawer
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void navigate(`/special-campaigns/${c.id}`);
          }}
        />
      )}
    </>
  );
}
