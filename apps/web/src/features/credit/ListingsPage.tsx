import { useMemo } from 'react';
import { Alert, Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { CREDIT_LISTS, type CreditList } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { creditKeys, fetchListings, type ListingFilter } from './api';
import { filterFromSearch, searchFromFilter } from './filter';
import { ListingFilters } from './ListingFilters';
import { ListingTable } from './ListingTable';
import { StaffActions } from './StaffActions';

/** 信用名录: one tab per list, filtered on the server, paged by keyset; the authority's entry forms on top. */
export default function ListingsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(params), [params]);
  const { query, items } = useKeysetQuery(creditKeys.listings(filter), (cursor) => fetchListings(filter, cursor));
  const setFilter = (next: ListingFilter) => setParams(searchFromFilter(next), { replace: true });

  return (
    <>
      <PageHeader
        title={t('credit.listings.title')}
        subtitle={t('credit.listings.subtitle')}
        extra={<StaffActions />}
      />
      <Card>
        <Tabs
          activeKey={filter.list}
          onChange={(list) => setFilter({ ...filter, list: list as CreditList, ground: undefined })}
          items={CREDIT_LISTS.map((l) => ({
            key: l,
            label: <span data-testid={`credit-tab-${l}`}>{t(`credit.list.${l}`)}</span>,
          }))}
        />
        <ListingFilters key={filter.list} filter={filter} onChange={setFilter} regionRoot={me.regionCode} />
        {query.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(query.error, lang, t)} />
        )}
        <ListingTable rows={items} loading={query.isPending} />
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
