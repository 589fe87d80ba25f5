import { Card, Empty, Flex, Grid, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { TActivitySummary } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { ActivityStatusTag } from './ActivityTags';

/** Staff's list of activities: a table on a desktop, cards on a phone. */
export function ActivitiesList({
  items,
  loading,
  emptyText,
}: {
  items: TActivitySummary[];
  loading: boolean;
  emptyText?: string;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const empty = emptyText ?? t('act.list.empty');
  const screens = Grid.useBreakpoint();
  const dates = (a: TActivitySummary) =>
    `${f.date(a.startsOn)}${a.endsOn !== a.startsOn ? ` – ${f.date(a.endsOn)}` : ''}`;
  const counts = (a: TActivitySummary) => `${a.viewCount} / ${a.shareCount} / ${a.likeCount}`;

  if (!screens.md) {
    if (!loading && items.length === 0) return <Empty description={empty} />;
    return (
      <Flex vertical gap={8} data-testid="act-list">
        {items.map((a) => (
          <Card key={a.id} size="small" data-testid={`act-row-${a.id}`}>
            <Flex justify="space-between" gap={8} align="flex-start">
              <Link to={`/activities/${a.id}`} data-testid={`act-link-${a.id}`}>
                {a.title}
              </Link>
              <ActivityStatusTag status={a.status} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.orgName} · {t(`act.kind.${a.kind}`)} · {dates(a)}
            </Typography.Text>
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Table<TActivitySummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      data-testid="act-list"
      locale={{ emptyText: empty }}
      onRow={(a) => ({ 'data-testid': `act-row-${a.id}` }) as object}
      columns={[
        {
          title: t('act.col.title'),
          key: 'title',
          render: (_, a) => (
            <Link to={`/activities/${a.id}`} data-testid={`act-link-${a.id}`}>
              {a.title}
            </Link>
          ),
        },
        { title: t('act.col.org'), dataIndex: 'orgName' },
        { title: t('act.col.kind'), key: 'kind', render: (_, a) => t(`act.kind.${a.kind}`) },
        { title: t('act.col.dates'), key: 'dates', render: (_, a) => dates(a) },
        { title: t('act.col.status'), key: 'status', render: (_, a) => <ActivityStatusTag status={a.status} /> },
        { title: t('act.col.counts'), key: 'counts', render: (_, a) => counts(a) },
      ]}
    />
  );
}
