import { Alert, Card, Col, Empty, Row } from 'antd';
import { LoadMore } from '../../../components/LoadMore';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useKeysetQuery } from '../../../lib/useKeysetQuery';
import { PortalLoadError } from '../PortalLayout';
import { ActivityCardView } from './ActivityCardView';
import { fetchFeed, feedKeys, type FeedFilter } from './api';

/** The feed as a grid of cards (one column on a phone), newest first, "load more" with the cursor. */
export function FeedList({ filter, compact }: { filter: FeedFilter; compact?: boolean }) {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(feedKeys.list(filter), (cursor) => fetchFeed(filter, cursor));
  if (query.isPending) return <Card loading />;
  if (query.isError && items.length === 0)
    return <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0)
    return (
      <Card data-testid="portal-act-empty">
        <Empty description={t('portal.act.empty')} />
      </Card>
    );
  return (
    <>
      <Row gutter={[12, 12]} data-testid="portal-act-list">
        {items.map((a) => (
          <Col key={a.id} xs={24} sm={12} lg={compact ? 8 : 6}>
            <ActivityCardView a={a} />
          </Col>
        ))}
      </Row>
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
