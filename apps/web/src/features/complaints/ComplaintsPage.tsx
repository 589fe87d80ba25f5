import { useMemo, useState } from 'react';
import { Alert, Card, Col, Flex, Grid, Input, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { COMPLAINT_STATUSES, type TComplaint } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { complaintKeys, fetchComplaints, type ComplaintFilter } from './api';
import { CaseStatusText } from './ComplaintTrackPage';
import { useUrlParams } from '../../lib/urlFilters';

export function ComplaintStatusTag({ c }: { c: Pick<TComplaint, 'status' | 'caseStatus'> }) {
  const { t } = useI18n();
  const color = c.status === 'received' ? 'orange' : c.status === 'replied' ? 'green' : 'blue';
  return (
    <Tag color={color} data-testid="complaint-status-tag">
      {t(`complaints.status.${c.status}`)}
      {c.caseStatus && (
        <>
          {' · '}
          <CaseStatusText status={c.caseStatus} />
        </>
      )}
    </Tag>
  );
}

function OrgCell({ c }: { c: TComplaint }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={0}>
      <Link to={`/complaints/${c.id}`} data-testid={`complaint-link-${c.id}`}>
        {c.orgName}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {c.uscc ?? t('complaints.detail.unregisteredOrg')} · {c.trackingNo}
      </Typography.Text>
    </Flex>
  );
}

const filterOf = (p: URLSearchParams): ComplaintFilter => {
  const status = p.get('status') as ComplaintFilter['status'];
  const registered = p.get('registered') as ComplaintFilter['registered'];
  return {
    ...(status && COMPLAINT_STATUSES.includes(status) ? { status } : {}),
    ...(registered === 'true' || registered === 'false' ? { registered } : {}),
    ...(p.get('q') ? { q: p.get('q')! } : {}),
  };
};

/** `/complaints`: the bureau's complaints, newest first, filtered on the server and paged by keyset. */
export default function ComplaintsPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const phone = Grid.useBreakpoint().md === false;
  const [params, set] = useUrlParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const [text, setText] = useState(filter.q ?? '');
  const { query, items } = useKeysetQuery(complaintKeys.list(filter), (cursor) => fetchComplaints(filter, cursor));
  const columns: TableColumnsType<TComplaint> = [
    { title: t('complaints.org'), key: 'org', width: 260, render: (_, c) => <OrgCell c={c} /> },
    {
      title: t('complaints.category'),
      key: 'cat',
      width: 140,
      render: (_, c) => t(`complaints.category.${c.category}`),
    },
    { title: t('complaints.summary'), dataIndex: 'summary', ellipsis: true },
    { title: t('complaints.receivedOn'), key: 'on', width: 110, render: (_, c) => f.date(c.receivedOn) },
    { title: t('complaints.status'), key: 'status', width: 170, render: (_, c) => <ComplaintStatusTag c={c} /> },
  ];
  return (
    <>
      <PageHeader title={t('complaints.list.title')} subtitle={t('complaints.list.subtitle')} />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} md={10}>
            <Input.Search
              allowClear
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => set('q', v.trim() || undefined)}
              placeholder={t('complaints.list.search')}
              data-testid="complaints-search"
            />
          </Col>
          <Col xs={12} md={7}>
            <Select
              allowClear
              style={{ width: '100%' }}
              value={filter.status}
              placeholder={t('complaints.list.allStatus')}
              onChange={(v?: string) => set('status', v)}
              options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))}
              data-testid="complaints-status-filter"
            />
          </Col>
          <Col xs={12} md={7}>
            <Select
              allowClear
              style={{ width: '100%' }}
              value={filter.registered}
              placeholder={t('complaints.org')}
              onChange={(v?: string) => set('registered', v)}
              options={[
                { value: 'true', label: t('complaints.list.registered') },
                { value: 'false', label: t('complaints.list.unregistered') },
              ]}
            />
          </Col>
        </Row>
        {query.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(query.error, lang, t)} />
        )}
        {phone ? (
          <Flex vertical gap={8} data-testid="complaint-cards">
            {items.map((c) => (
              <Card key={c.id} size="small">
                <Flex justify="space-between" gap={8}>
                  <OrgCell c={c} />
                  <ComplaintStatusTag c={c} />
                </Flex>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '8px 0 0' }}>
                  {f.date(c.receivedOn)} · {t(`complaints.category.${c.category}`)} · {c.summary}
                </Typography.Paragraph>
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<TComplaint>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={query.isPending}
            pagination={false}
            data-testid="complaints-table"
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
