import { Alert, Divider, Empty, Skeleton } from 'antd';
import { LoadMore } from '../../components/LoadMore';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { AnswerForm } from './AnswerForm';
import { fetchAnswerable, warningKeys } from './api';
import { WarningFacts } from './WarningFacts';

/** The /my-supervision tab: warnings addressed to the organization, each answered in place while open. */
export function MyWarningsTab() {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(warningKeys.answerable, (cursor) => fetchAnswerable(cursor));
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error, lang, t)} />;
  if (query.isPending) return <Skeleton active />;
  if (items.length === 0) return <Empty description={t('riskWarnings.myEmpty')} />;
  return (
    <div data-testid="my-risk-warnings">
      {items.map((w, i) => (
        <div key={w.id}>
          {i > 0 && <Divider style={{ margin: '12px 0' }} />}
          <WarningFacts w={w} />
          {w.status === 'open' && <AnswerForm w={w} />}
        </div>
      ))}
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </div>
  );
}

export default MyWarningsTab;
