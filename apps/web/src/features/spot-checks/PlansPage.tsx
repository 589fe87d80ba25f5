import { useState } from 'react';
import { Alert, Button, Card, Divider, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { formatShare } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchPlans, spotKeys } from './api';
import { NewPlanDrawer } from './NewPlanDrawer';

export const PLAN_STATUS_COLOR = { draft: 'default', drawn: 'processing', concluded: 'success' } as const;

/** `/spot-check-plans`: the bureau's plans (spot checks and the yearly audit sampling), newest first. */
export default function PlansPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  // A special campaign links here with ?campaignId=: the new plan is drawn within that campaign.
  const [params] = useSearchParams();
  const campaignId = Number(params.get('campaignId')) || null;
  const [creating, setCreating] = useState(campaignId !== null && can(me, 'supervision.manage'));
  const { query, items } = useKeysetQuery(spotKeys.plans(), (cursor) => fetchPlans(cursor));
  return (
    <>
      <PageHeader
        title={t('spotChecks.title')}
        subtitle={t('spotChecks.subtitle')}
        extra={
          can(me, 'supervision.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="spot-plans-new">
              {t('spotChecks.new')}
            </Button>
          )
        }
      />
      <Card>
        {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
        {query.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('spotChecks.empty')} />
        ) : (
          <div data-testid="spot-plans-list">
            {items.map((p, i) => (
              <div key={p.id}>
                {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                <Flex justify="space-between" wrap gap={8}>
                  <Link to={`/spot-check-plans/${p.id}`}>{p.title}</Link>
                  <Tag color={PLAN_STATUS_COLOR[p.status]}>{t(`spotChecks.status.${p.status}`)}</Tag>
                </Flex>
                <Typography.Text type="secondary">
                  {p.year} · {t(`spotChecks.kind.${p.kind}`)} · {t(`spotChecks.purpose.${p.purpose}`)} ·{' '}
                  {formatShare(p.shareBp)}
                  {p.draw && ` · ${t('spotChecks.plan.drawn', { drawn: p.draw.drawn, population: p.draw.population })}`}
                </Typography.Text>
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
      </Card>
      <NewPlanDrawer open={creating} campaignId={campaignId} onClose={() => setCreating(false)} />
    </>
  );
}
