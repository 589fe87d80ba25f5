import { Alert } from 'antd';
import type { TOrg } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { ActivitiesList } from './ActivitiesList';
import { activityKeys, fetchActivities } from './api';

/** The 活动 tab of the staff organization page: that organization's activities, newest first. */
export default function OrgActivitiesTab({ org }: { org: TOrg }) {
  const { t, lang } = useI18n();
  const filter = { orgId: org.id };
  const { query, items } = useKeysetQuery(activityKeys.list(filter), (cursor) => fetchActivities(filter, cursor));
  return (
    <>
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      <ActivitiesList items={items} loading={query.isPending} emptyText={t('act.tab.empty')} />
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}
