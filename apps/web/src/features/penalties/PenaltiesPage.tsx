import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Flex, Grid, Input, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { PENALTY_STATUSES, type PenaltyStatus, type TPenalty } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { useCan } from '../../app/session';
import { fetchPenalties, penaltyKeys, type PenaltyFilter } from './api';
import { useUrlParams } from '../../lib/urlFilters';

const DONE: PenaltyStatus[] = ['decided', 'served', 'executed', 'closed'];

export function PenaltyStatusTag({ status }: { status: PenaltyStatus }) {
  const { t } = useI18n();
  const color = status === 'closed' ? 'default' : DONE.includes(status) ? 'green' : 'blue';
  return (
    <Tag color={color} data-testid="penalty-status">
      {t(`penalties.status.${status}`)}
    </Tag>
  );
}

export function KindsText({ p }: { p: Pick<TPenalty, 'kinds'> }) {
  const { t } = useI18n();
  return <>{p.kinds.map((k) => t(`penalties.kind.${k}`)).join('、') || '—'}</>;
}

function OrgCell({ p }: { p: TPenalty }) {
  return (
    <Flex vertical gap={0}>
      <Link to={`/penalties/${p.id}`} data-testid={`penalty-link-${p.id}`}>
        {p.orgName}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {p.decisionNumber ?? p.title}
      </Typography.Text>
    </Flex>
  );
}

const filterOf = (p: URLSearchParams): PenaltyFilter => {
  const status = p.get('status') as PenaltyStatus | null;
  return {
    ...(status && PENALTY_STATUSES.includes(status) ? { status } : {}),
    ...(p.get('overdue') === 'true' ? { publicationOverdue: 'true' as const } : {}),
    ...(p.get('caseId') ? { caseId: Number(p.get('caseId')) } : {}),
    ...(p.get('q') ? { q: p.get('q')! } : {}),
  };
};

/** `/penalties`: the bureau's penalty cases, newest first, filtered on the server and paged by keyset. */
export default function PenaltiesPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const mayFile = useCan('penalties.manage');
  const phone = Grid.useBreakpoint().md === false;
  const [params, set] = useUrlParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const [text, setText] = useState(filter.q ?? '');
  const { query, items } = useKeysetQuery(penaltyKeys.list(filter), (cursor) => fetchPenalties(filter, cursor));
  const columns: TableColumnsType<TPenalty> = [
    { title: t('penalties.col.org'), key: 'org', width: 260, render: (_, p) => <OrgCell p={p} /> },
    { title: t('penalties.col.title'), dataIndex: 'title', ellipsis: true },
    { title: t('penalties.col.kinds'), key: 'kinds', width: 180, render: (_, p) => <KindsText p={p} /> },
    { title: t('penalties.col.filedOn'), key: 'on', width: 110, render: (_, p) => f.date(p.filedOn) },
    {
      title: t('penalties.col.status'),
      key: 'status',
      width: 150,
      render: (_, p) => <PenaltyStatusTag status={p.status} />,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('penalties.list.title')}
        subtitle={t('penalties.list.subtitle')}
        extra={
          mayFile && (
            <Link to="/penalties/new">
              <Button type="primary" data-testid="penalty-new">
                {t('penalties.list.new')}
              </Button>
            </Link>
          )
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} md={10}>
            <Input.Search
              allowClear
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => set('q', v.trim() || undefined)}
              placeholder={t('penalties.list.search')}
              data-testid="penalties-search"
            />
          </Col>
          <Col xs={16} md={8}>
            <Select
              allowClear
              style={{ width: '100%' }}
              value={filter.status}
              placeholder={t('penalties.list.allStatus')}
              onChange={(v?: string) => set('status', v)}
              options={PENALTY_STATUSES.map((s) => ({ value: s, label: t(`penalties.status.${s}`) }))}
              data-testid="penalties-status-filter"
            />
          </Col>
          <Col xs={8} md={6}>
            <Checkbox
              checked={filter.publicationOverdue === 'true'}
              onChange={(e) => set('overdue', e.target.checked ? 'true' : undefined)}
            >
              {t('penalties.list.overdue')}
            </Checkbox>
          </Col>
        </Row>
        {query.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(query.error, lang, t)} />
        )}
        {phone ? (
          <Flex vertical gap={8} data-testid="penalty-cards">
            {items.map((p) => (
              <Card key={p.id} size="small">
                <Flex justify="space-between" gap={8}>
                  <OrgCell p={p} />
                  <PenaltyStatusTag status={p.status} />
                </Flex>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '8px 0 0' }}>
                  {f.date(p.filedOn)} · {p.title}
                </Typography.Paragraph>
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<TPenalty>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={query.isPending}
            pagination={false}
            data-testid="penalties-table"
          />
        )}
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
    </>
  );
}
