import { Button, Card, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TDormantCandidate } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { dormantKeys, fetchCandidates, type CandidateFilter } from './api';
import { SignalTags } from './SignalTags';

function DisposalCell({ c }: { c: TDormantCandidate }) {
  const t = useT();
  const f = useFormat();
  return c.disposal ? (
    <Flex vertical gap={0} data-testid={`candidate-disposal-${c.id}`}>
      <Tag color={c.disposal === 'revoke' || c.disposal === 'deregister' ? 'red' : 'green'}>
        {t(`dormant.disposal.${c.disposal}`)}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dormant.disposedOn', { date: f.date(c.disposedOn), by: c.disposedByName ?? '' })}
      </Typography.Text>
    </Flex>
  ) : (
    <Tag data-testid={`candidate-disposal-${c.id}`}>{t('dormant.filter.pending')}</Tag>
  );
}

/**
 * A campaign's candidates, keyset-paged, with their signals and disposal; a 整改 may still change. On a phone
 * each candidate is a card (a table would hide the disposal and its button beyond the right edge).
 */
export function CandidateTable({
  campaignId,
  filter,
  canManage,
  onDispose,
}: {
  campaignId: number;
  filter: CandidateFilter;
  canManage: boolean;
  onDispose: (c: TDormantCandidate) => void;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { query, items } = useKeysetQuery(dormantKeys.candidates(campaignId, filter), (cursor) =>
    fetchCandidates(campaignId, filter, cursor),
  );
  const open = (c: TDormantCandidate) => !c.disposal || c.disposal === 'rectify' || c.disposal === 'reactivate';
  const button = (c: TDormantCandidate) =>
    canManage &&
    open(c) && (
      <Button size="small" onClick={() => onDispose(c)} data-testid={`candidate-dispose-${c.id}`}>
        {t('dormant.dispose')}
      </Button>
    );
  const columns: TableColumnsType<TDormantCandidate> = [
    {
      title: t('dormant.col.org'),
      key: 'org',
      render: (_, c) => (
        <Flex vertical gap={0} style={{ minWidth: 160 }}>
          <Typography.Text style={{ wordBreak: 'break-all' }}>{c.orgName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.uscc ?? ''} {t(`orgType.${c.orgType}` as Parameters<typeof t>[0])}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('dormant.col.signals'), key: 'signals', render: (_, c) => <SignalTags signals={c.signals} /> },
    { title: t('dormant.col.disposal'), key: 'disposal', render: (_, c) => <DisposalCell c={c} /> },
    ...(canManage
      ? [
          {
            title: t('dormant.col.action'),
            key: 'action',
            render: (_: unknown, c: TDormantCandidate) => button(c),
          },
        ]
      : []),
  ];
  const more = (
    <LoadMore
      count={items.length}
      hasMore={!!query.hasNextPage}
      loading={query.isFetchingNextPage}
      onLoad={() => void query.fetchNextPage()}
    />
  );
  if (screens.md === false)
    return (
      <>
        <List
          loading={query.isPending}
          dataSource={items}
          data-testid="candidates-cards"
          renderItem={(c) => (
            <Card size="small" key={c.id} style={{ marginBottom: 8 }} data-testid={`candidate-card-${c.id}`}>
              <Flex vertical gap={6}>
                <Typography.Text strong style={{ wordBreak: 'break-all' }}>
                  {c.orgName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.uscc ?? ''} {t(`orgType.${c.orgType}` as Parameters<typeof t>[0])}
                </Typography.Text>
                <SignalTags signals={c.signals} />
                <Flex justify="space-between" align="center" gap={8}>
                  <DisposalCell c={c} />
                  {button(c)}
                </Flex>
              </Flex>
            </Card>
          )}
        />
        {more}
      </>
    );
  return (
    <>
      <Table<TDormantCandidate>
        rowKey="id"
        size="small"
        data-testid="candidates-table"
        loading={query.isPending}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {more}
    </>
  );
}
