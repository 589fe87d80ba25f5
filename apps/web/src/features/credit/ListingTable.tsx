import type { HTMLAttributes } from 'react';
import { Card, Empty, Flex, Grid, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TCreditListing } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { GroundText, ListingStatusTag } from './CreditTags';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 };

function OrgCell({ l }: { l: TCreditListing }) {
  return (
    <Flex vertical gap={0}>
      <Link to={`/credit-listings/${l.id}`} data-testid={`credit-link-${l.id}`}>
        {l.orgName}
      </Link>
      <Typography.Text type="secondary" style={mono}>
        {l.uscc ?? ''}
      </Typography.Text>
    </Flex>
  );
}

/** A table on wide screens; below md each listing is a card, so a phone reads it without scrolling sideways. */
export function ListingTable({ rows, loading }: { rows: TCreditListing[]; loading: boolean }) {
  const t = useT();
  const f = useFormat();
  const phone = Grid.useBreakpoint().md === false;

  if (phone) {
    if (!loading && rows.length === 0) return <Empty description={t('credit.empty')} />;
    return (
      <Flex vertical gap={8} data-testid="credit-listing-cards">
        {loading && rows.length === 0 && <Card loading size="small" />}
        {rows.map((l) => (
          <Card key={l.id} size="small" data-testid={`credit-row-${l.id}`}>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <OrgCell l={l} />
              <ListingStatusTag status={l.status} />
            </Flex>
            <Flex vertical gap={4} style={{ marginTop: 8 }}>
              {l.grounds.map((g) => (
                <GroundText key={g.id} g={g} compact />
              ))}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('credit.public.listedOn', { date: f.date(l.listedOn) })} · {l.authorityName}
              </Typography.Text>
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<TCreditListing> = [
    { title: t('credit.col.org'), key: 'org', width: 260, render: (_, l) => <OrgCell l={l} /> },
    {
      title: t('credit.col.grounds'),
      key: 'grounds',
      render: (_, l) => (
        <Flex vertical gap={4}>
          {l.grounds.map((g) => (
            <GroundText key={g.id} g={g} compact />
          ))}
        </Flex>
      ),
    },
    { title: t('credit.col.listedOn'), key: 'listedOn', width: 130, render: (_, l) => f.date(l.listedOn) },
    {
      title: t('credit.col.status'),
      key: 'status',
      width: 150,
      render: (_, l) => <ListingStatusTag status={l.status} testId={`credit-status-${l.id}`} />,
    },
    {
      title: t('credit.col.authority'),
      key: 'authority',
      width: 160,
      render: (_, l) => (
        <Flex vertical gap={0}>
          <span>{l.authorityName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l.regionName}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Table<TCreditListing>
      rowKey="id"
      data-testid="credit-listing-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('credit.empty') }}
      onRow={(l) => ({ 'data-testid': `credit-row-${l.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
