import { useMemo, useState } from 'react';
import { Alert, Button, Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { CREDIT_LISTS, type CreditList } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { creditKeys, fetchListings, type ListingFilter } from './api';
import { filterFromSearch, searchFromFilter } from './filter';
import { LetterDrawer } from './LetterDrawer';
import { ListingFilters } from './ListingFilters';
import { ListingTable } from './ListingTable';
import { NewListingDrawer } from './NewListingDrawer';
import { PenaltyDrawer } from './PenaltyDrawer';

type Drawer = 'list' | 'penalty' | 'letter' | null;

/** 信用名录: one tab per list, filtered on the server, paged by keyset; the authority's entry forms on top. */
export default function ListingsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(params), [params]);
  const { query, items } = useKeysetQuery(creditKeys.listings(filter), (cursor) => fetchListings(filter, cursor));
  const [drawer, setDrawer] = useState<Drawer>(null);
  const setFilter = (next: ListingFilter) => setParams(searchFromFilter(next), { replace: true });
  const decide = can(me, 'credit.decide');

  return (
    <>
      <PageHeader
        title={t('credit.listings.title')}
        subtitle={t('credit.listings.subtitle')}
        extra={
          decide && (
            <>
              <Button type="primary" onClick={() => setDrawer('list')} data-testid="credit-new">
                {t('credit.action.list')}
              </Button>
              <Button onClick={() => setDrawer('penalty')} data-testid="credit-penalty">
                {t('credit.action.penalty')}
              </Button>
              <Button onClick={() => setDrawer('letter')} data-testid="credit-letter">
                {t('credit.action.letter')}
              </Button>
            </>
          )
        }
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
      {decide && (
        <>
          <NewListingDrawer open={drawer === 'list'} onClose={() => setDrawer(null)} />
          <PenaltyDrawer open={drawer === 'penalty'} onClose={() => setDrawer(null)} />
          <LetterDrawer open={drawer === 'letter'} onClose={() => setDrawer(null)} />
        </>
      )}
    </>
  );
}
