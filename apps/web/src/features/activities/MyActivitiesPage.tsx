import { Alert, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { TActivitySummary } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { activityKeys, fetchActivities } from './api';
import { ActivityStatusTag, NEXT_STEP } from './ActivityTags';

/** The next step an organization takes on its card (the detail page shows exactly what the API allows). */
export function nextStepOf(a: Pick<TActivitySummary, 'status' | 'approvalRequired'>) {
  if (a.status === 'planned' && a.approvalRequired) return 'request_approval';
  return NEXT_STEP[a.status] ?? null;
}

/** `/my-activities`: the organization's activities as cards (a phone first), newest first. */
export default function MyActivitiesPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const { query, items } = useKeysetQuery(activityKeys.list({}), (cursor) => fetchActivities({}, cursor));
  return (
    <>
      <PageHeader
        title={t('act.my.title')}
        subtitle={t('act.my.subtitle')}
        extra={
          <Link to="/my-activities/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="act-new">
              {t('act.my.new')}
            </Button>
          </Link>
        }
      />
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      {query.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('act.my.empty')} />
      ) : (
        <Flex vertical gap={8} data-testid="my-activities">
          {items.map((a) => {
            const next = nextStepOf(a);
            return (
              <Link key={a.id} to={`/my-activities/${a.id}`} data-testid={`my-activity-${a.id}`}>
                <Card size="small" hoverable>
                  <Flex justify="space-between" align="flex-start" gap={8}>
                    <Typography.Text strong style={{ minWidth: 0 }} ellipsis>
                      {a.title}
                    </Typography.Text>
                    <ActivityStatusTag status={a.status} testId={`my-activity-status-${a.id}`} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {t(`act.kind.${a.kind}`)} · {f.date(a.startsOn)}
                    {a.endsOn !== a.startsOn ? ` – ${f.date(a.endsOn)}` : ''} · {a.place}
                  </Typography.Text>
                  <Flex gap={4} wrap style={{ marginTop: 4 }}>
                    {next && <Tag color="blue">{t('act.next', { step: t(`act.step.${next}`) })}</Tag>}
                    {a.approvalLate && <Tag color="orange">{t('act.late')}</Tag>}
                  </Flex>
                </Card>
              </Link>
            );
          })}
        </Flex>
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
