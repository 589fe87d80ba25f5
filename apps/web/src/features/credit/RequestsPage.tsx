import { useMemo } from 'react';
import { Alert, Card, Col, Divider, Empty, Row, Select, Skeleton } from 'antd';
import { useSearchParams } from 'react-router';
import {
  CREDIT_REQUEST_KINDS,
  CREDIT_REQUEST_STATUSES,
  type CreditRequestKind,
  type CreditRequestStatus,
} from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { creditKeys, fetchRequests, type RequestFilter } from './api';
import { compact } from './filter';
import { RequestActions } from './RequestActions';
import { RequestItem } from './RequestItem';
import { oneOf } from '../../lib/urlFilters';

/** 移出与异议申请: the authority's queue of removal, objection and repair requests. */
export default function RequestsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filter = useMemo<RequestFilter>(
    () =>
      compact({
        status: oneOf<CreditRequestStatus>(CREDIT_REQUEST_STATUSES, params.get('status')),
        kind: oneOf<CreditRequestKind>(CREDIT_REQUEST_KINDS, params.get('kind')),
      }),
    [params],
  );
  const { query, items } = useKeysetQuery(creditKeys.requests(filter), (cursor) => fetchRequests(filter, cursor));
  const set = (key: 'status' | 'kind', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const decide = can(me, 'credit.decide');
  return (
    <>
      <PageHeader title={t('credit.requests.title')} subtitle={t('credit.requests.subtitle')} />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('credit.requests.filter.status')}
              value={filter.status}
              options={CREDIT_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`credit.requestStatus.${s}`) }))}
              onChange={(v) => set('status', v)}
              data-testid="credit-requests-status"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('credit.requests.filter.kind')}
              value={filter.kind}
              options={CREDIT_REQUEST_KINDS.map((k) => ({ value: k, label: t(`credit.kind.${k}`) }))}
              onChange={(v) => set('kind', v)}
              data-testid="credit-requests-kind"
            />
          </Col>
        </Row>
        {query.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(query.error, lang, t)} />
        )}
        {query.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('credit.requests.empty')} />
        ) : (
          <div data-testid="credit-requests-list">
            {items.map((r, i) => (
              <div key={r.id}>
                {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                <RequestItem r={r} showOrg linkListing actions={decide && <RequestActions r={r} />} />
              </div>
            ))}
          </div>
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
