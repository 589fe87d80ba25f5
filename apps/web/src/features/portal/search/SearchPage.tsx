import { useMemo } from 'react';
import { Alert, Card, Col, Empty, Flex, Row, Select, Typography } from 'antd';
import { ORG_STATUSES, REGISTERED_ORG_TYPES } from '@shezu/contracts';
import { useSearchParams } from 'react-router';
import { LoadMore } from '../../../components/LoadMore';
import { PageHeader } from '../../../components/PageHeader';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useKeysetQuery } from '../../../lib/useKeysetQuery';
import { portalKeys, searchOrgs, type PortalSearch } from '../api';
import { PortalLayout, PortalLoadError } from '../PortalLayout';
import { OrgResultCard } from './OrgResultCard';
import { SearchBox } from './SearchBox';
import { compactSearch, paramsFromSearch, searchFromParams } from './searchQuery';

function Results({ search }: { search: PortalSearch }) {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(portalKeys.search(search), (cursor) => searchOrgs(search, cursor));
  if (query.isPending) return <Card loading data-testid="portal-results-loading" />;
  if (query.isError && items.length === 0)
    return <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) {
    return (
      <Card data-testid="portal-results-empty">
        <Empty description={t('portal.results.none')}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('portal.results.noneHint')}
          </Typography.Text>
        </Empty>
      </Card>
    );
  }
  return (
    <>
      <Flex vertical gap={8} data-testid="portal-results">
        {items.map((o) => (
          <OrgResultCard key={o.uscc} org={o} />
        ))}
      </Flex>
      {query.isFetchNextPageError && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(query.error, lang, t)} />
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

/** `/portal/search?q=&region=`: the public register by name part or credit code, every status, keyset paged. */
export default function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => searchFromParams(params), [params]);
  const set = (next: PortalSearch) => setParams(paramsFromSearch(compactSearch(next)));
  const hasCriteria = Object.keys(search).length > 0;

  return (
    <PortalLayout>
      <PageHeader title={t('portal.search.title')} subtitle={t('portal.search.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <SearchBox
          key={search.q ?? ''}
          initialText={search.q}
          region={search.region}
          onRegionChange={(region) => set({ ...search, region })}
          onSubmit={(q) => set({ ...search, q })}
          allowEmpty
          size="middle"
        />
        <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
          <Col xs={12} md={8}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('orgField.type')}
              value={search.type}
              options={REGISTERED_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
              onChange={(type) => set({ ...search, type })}
              data-testid="portal-filter-type"
            />
          </Col>
          <Col xs={12} md={8}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('orgField.status')}
              value={search.status}
              options={ORG_STATUSES.map((v) => ({ value: v, label: t(`orgStatus.${v}`) }))}
              onChange={(status) => set({ ...search, status })}
              data-testid="portal-filter-status"
            />
          </Col>
        </Row>
      </Card>
      {hasCriteria ? (
        <Results search={search} />
      ) : (
        <Card data-testid="portal-search-prompt">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.search.prompt')} />
        </Card>
      )}
    </PortalLayout>
  );
}
