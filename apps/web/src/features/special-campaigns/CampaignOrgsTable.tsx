import { Card, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TCampaignOrg } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { useT } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { campaignKeys, fetchCampaignOrgs, type OrgFilter } from './api';
import { RectificationCell } from './RectificationCell';

function SelfCell({ o }: { o: TCampaignOrg }) {
  const t = useT();
  return (
    <Flex gap={4} wrap data-testid={`sc-self-${o.orgId}`}>
      <Tag color={o.status === 'submitted' ? 'green' : 'default'}>{t(`sc.self.${o.status}`)}</Tag>
      {o.problemFound && <Tag color="red">{t('sc.self.problem')}</Tag>}
    </Flex>
  );
}

/** The organizations in scope (the snapshot), keyset-paged; cards on a phone. */
export function CampaignOrgsTable({
  campaignId,
  filter,
  canManage,
}: {
  campaignId: number;
  filter: OrgFilter;
  canManage: boolean;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { query, items } = useKeysetQuery(campaignKeys.orgs(campaignId, filter), (cursor) =>
    fetchCampaignOrgs(campaignId, filter, cursor),
  );
  const org = (o: TCampaignOrg) => (
    <Flex vertical gap={0}>
      <span>{o.orgName}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {o.uscc ?? '—'}
      </Typography.Text>
    </Flex>
  );
  const columns: TableColumnsType<TCampaignOrg> = [
    { title: t('sc.col.org'), key: 'org', render: (_, o) => org(o) },
    { title: t('sc.col.selfInspection'), key: 'self', render: (_, o) => <SelfCell o={o} /> },
    {
      title: t('sc.col.rectification'),
      key: 'rect',
      render: (_, o) => <RectificationCell campaignId={campaignId} row={o} canManage={canManage} />,
    },
  ];
  return (
    <>
      {screens.md === false ? (
        <List
          dataSource={items}
          loading={query.isPending}
          renderItem={(o) => (
            <Card size="small" key={o.id} style={{ marginBottom: 8 }} data-testid={`sc-org-${o.orgId}`}>
              {org(o)}
              <SelfCell o={o} />
              <RectificationCell campaignId={campaignId} row={o} canManage={canManage} />
            </Card>
          )}
        />
      ) : (
        <Table<TCampaignOrg>
          rowKey="id"
          size="small"
          data-testid="sc-orgs"
          loading={query.isPending}
          columns={columns}
          dataSource={items}
          pagination={false}
          onRow={(o) => ({ 'data-testid': `sc-org-${o.orgId}` }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}
