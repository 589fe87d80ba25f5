import { useMemo } from 'react';
import { Alert, Card, Col, Row, Select, Tabs } from 'antd';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, type ActivityKind, type ActivityStatus } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { OrgPicker } from '../credit/formBits';
import { ActivitiesCalendar } from './ActivitiesCalendar';
import { ActivitiesList } from './ActivitiesList';
import { activityKeys, fetchActivities, type ActivityFilter } from './api';
import { oneOf, useUrlParams } from '../../lib/urlFilters';

/** `/activities`: the bureau's activities, filtered by status, kind, region and organization; list or calendar. */
export default function ActivitiesPage() {
  const { t, lang } = useI18n();
  const [params, set] = useUrlParams();
  const filter = useMemo<ActivityFilter>(() => {
    const out: ActivityFilter = {};
    const status = oneOf<ActivityStatus>(ACTIVITY_STATUSES, params.get('status'));
    const kind = oneOf<ActivityKind>(ACTIVITY_KINDS, params.get('kind'));
    const region = params.get('region');
    const orgId = Number(params.get('orgId'));
    if (status) out.status = status;
    if (kind) out.kind = kind;
    if (region && /^\d{2,12}$/.test(region)) out.region = region;
    if (Number.isInteger(orgId) && orgId > 0) out.orgId = orgId;
    return out;
  }, [params]);
  const tab = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const { query, items } = useKeysetQuery(activityKeys.list(filter), (cursor) => fetchActivities(filter, cursor));

  return (
    <>
      <PageHeader title={t('act.list.title')} subtitle={t('act.list.subtitle')} />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('act.list.status')}
              value={filter.status}
              options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`act.status.${s}`) }))}
              onChange={(v) => set('status', v)}
              data-testid="act-filter-status"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('act.list.kind')}
              value={filter.kind}
              options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`act.kind.${k}`) }))}
              onChange={(v) => set('kind', v)}
              data-testid="act-filter-kind"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <RegionPicker
              allowClear
              style={{ width: '100%' }}
              placeholder={t('act.list.region')}
              value={filter.region ?? null}
              onChange={(code) => set('region', code ?? undefined)}
              data-testid="act-filter-region"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <OrgPicker value={filter.orgId} onChange={(id) => set('orgId', id ? String(id) : undefined)} />
          </Col>
        </Row>
        <Tabs
          activeKey={tab}
          onChange={(k) => set('view', k === 'calendar' ? 'calendar' : undefined)}
          items={[
            {
              key: 'list',
              label: <span data-testid="act-tab-list">{t('act.list.tab.list')}</span>,
              children: (
                <>
                  {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
                  <ActivitiesList items={items} loading={query.isPending} />
                  <LoadMore
                    count={items.length}
                    hasMore={!!query.hasNextPage}
                    loading={query.isFetchingNextPage}
                    onLoad={() => void query.fetchNextPage()}
                  />
                </>
              ),
            },
            {
              key: 'calendar',
              label: <span data-testid="act-tab-calendar">{t('act.list.tab.calendar')}</span>,
              children: <ActivitiesCalendar filter={filter} />,
            },
          ]}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
