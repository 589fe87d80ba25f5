import { Alert, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { LoadMore } from '../../components/LoadMore';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchAssigned, spotKeys } from './api';

/** `/my-spot-checks`: an inspector's own checks (supervision.inspect), each opening its result entry. */
export default function MyChecksPage() {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(spotKeys.assigned(), (cursor) => fetchAssigned(cursor));
  return (
    <>
      <PageHeader title={t('nav.mySpotChecks')} />
      <Card>
        {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
        {query.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty />
        ) : (
          <List
            data-testid="my-spot-checks"
            dataSource={items}
            renderItem={(c) => (
              <List.Item>
                <Flex vertical style={{ width: '100%' }} gap={2}>
                  <Flex justify="space-between" wrap gap={8}>
                    <Link to={`/spot-checks/${c.id}`}>{c.orgName}</Link>
                    <Tag>{t(`spotChecks.checkStatus.${c.status}`)}</Tag>
                  </Flex>
                  <Typography.Text type="secondary">{c.planTitle}</Typography.Text>
                </Flex>
              </List.Item>
            )}
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
