import { Alert, Divider, Empty, Skeleton } from 'antd';
import { LoadMore } from '../../components/LoadMore';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchMatters, matterKeys, type MatterFilter } from './api';
import { MatterItem } from './MatterItem';

/** Reports newest first within the viewer's scope, a page at a time. */
export function MatterList({ filter, showOrg }: { filter: MatterFilter; showOrg: boolean }) {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(matterKeys.list(filter), (cursor) => fetchMatters(filter, cursor));
  return (
    <>
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      {query.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('mm.empty')} />
      ) : (
        <div data-testid="mm-list">
          {items.map((m, i) => (
            <div key={m.id}>
              {i > 0 && <Divider style={{ margin: '12px 0' }} />}
              <MatterItem m={m} showOrg={showOrg} />
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
    </>
  );
}
