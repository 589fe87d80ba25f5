import type { ReactNode } from 'react';
import { Alert, Card, Divider, Empty } from 'antd';
import type { QueryKey } from '@tanstack/react-query';
import { LoadMore } from '../../components/LoadMore';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery, type Page } from '../../lib/useKeysetQuery';
import { PortalLoadError } from './PortalLayout';

/**
 * A public, keyset-paged list of items in one card, divided: loading, load error with retry, empty, and
 * "load more" — the portal's published lists (annual inspection results, credit lists) look alike.
 */
export function PublicKeysetList<T>(props: {
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  keyOf: (item: T) => string | number;
  render: (item: T) => ReactNode;
  empty: string;
  testId: string;
  emptyTestId: string;
}) {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(props.queryKey, props.fetchPage);
  if (query.isPending) return <Card loading />;
  if (query.isError && items.length === 0)
    return <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0)
    return (
      <Card data-testid={props.emptyTestId}>
        <Empty description={props.empty} />
      </Card>
    );
  return (
    <>
      <Card data-testid={props.testId}>
        {items.map((item, i) => (
          <div key={props.keyOf(item)}>
            {i > 0 && <Divider style={{ margin: '8px 0' }} />}
            {props.render(item)}
          </div>
        ))}
      </Card>
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
