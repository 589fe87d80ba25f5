import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Divider, Empty, Row, Select, Skeleton } from 'antd';
import { RISK_WARNING_LEVELS, RISK_WARNING_RULES, RISK_WARNING_STATUSES } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchWarnings, warningKeys, type WarningFilter } from './api';
import { NewWarningDrawer } from './NewWarningDrawer';
import { WarningFacts } from './WarningFacts';
import { oneOf, useUrlParams } from '../../lib/urlFilters';

const FILTERS = [
  ['status', RISK_WARNING_STATUSES],
  ['level', RISK_WARNING_LEVELS],
  ['rule', RISK_WARNING_RULES],
] as const;

/** 风险预警: the bureau's (or supervising unit's) warnings, newest first, filtered by status, level and rule. */
export default function WarningsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, set] = useUrlParams();
  const [creating, setCreating] = useState(false);
  const filter = useMemo<WarningFilter>(() => {
    const f: WarningFilter = {};
    const status = oneOf(RISK_WARNING_STATUSES, params.get('status'));
    const level = oneOf(RISK_WARNING_LEVELS, params.get('level'));
    const rule = oneOf(RISK_WARNING_RULES, params.get('rule'));
    if (status) f.status = status;
    if (level) f.level = level;
    if (rule) f.rule = rule;
    return f;
  }, [params]);
  const { query, items } = useKeysetQuery(warningKeys.list(filter), (cursor) => fetchWarnings(filter, cursor));
  return (
    <>
      <PageHeader
        title={t('riskWarnings.title')}
        subtitle={t('riskWarnings.subtitle')}
        extra={
          can(me, 'supervision.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="risk-warnings-new">
              {t('riskWarnings.new')}
            </Button>
          )
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          {FILTERS.map(([key, values]) => (
            <Col xs={24} sm={8} key={key}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t(`riskWarnings.field.${key}`)}
                value={filter[key]}
                options={values.map((v) => ({ value: v, label: t(`riskWarnings.${key}.${v}` as MessageKey) }))}
                onChange={(v) => set(key, v)}
                data-testid={`risk-warnings-${key}`}
              />
            </Col>
          ))}
        </Row>
        {query.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(query.error, lang, t)} />
        )}
        {query.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('riskWarnings.empty')} />
        ) : (
          <div data-testid="risk-warnings-list">
            {items.map((w, i) => (
              <div key={w.id}>
                {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                <WarningFacts w={w} linkTitle />
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
      <NewWarningDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
