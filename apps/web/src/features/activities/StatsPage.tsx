import { useState } from 'react';
import { Alert, Card, Col, DatePicker, Row, Skeleton, Statistic } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { activityKeys, fetchStats } from './api';
import { CountChart } from './StatsCharts';

/** `/activity-stats`: a year's activities by kind, region and month, and the public feed's views, shares, likes. */
export default function StatsPage() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(() => dayjs().year());
  const query = useQuery({ queryKey: activityKeys.stats(year), queryFn: () => fetchStats(year) });
  const s = query.data;
  const figures = (['total', 'published', 'views', 'shares', 'likes'] as const).map((key) => [key, s?.[key]] as const);
  const count = t('act.stats.count');
  return (
    <>
      <PageHeader
        title={t('act.stats.title')}
        extra={
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => d && setYear(d.year())}
            aria-label={t('act.stats.year')}
            data-testid="act-stats-year"
          />
        }
      />
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      {query.isPending ? (
        <Skeleton active />
      ) : (
        s && (
          <Row gutter={[12, 12]}>
            {figures.map(([key, value]) => (
              <Col key={key} xs={12} sm={8} lg={4}>
                <Card size="small">
                  <div data-testid={`act-stats-${key}`} data-value={value ?? 0}>
                    <Statistic title={t(`act.stats.${key}`)} value={value ?? 0} />
                  </div>
                </Card>
              </Col>
            ))}
            <Col xs={24} lg={12}>
              <Card size="small" title={t('act.stats.byKind')}>
                <CountChart
                  kind="pie"
                  seriesName={count}
                  testId="act-stats-by-kind"
                  data={s.byKind
                    .filter((k) => k.count > 0)
                    .map((k) => ({ name: t(`act.kind.${k.kind}`), value: k.count }))}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('act.stats.byRegion')}>
                <CountChart
                  horizontal
                  seriesName={count}
                  testId="act-stats-by-region"
                  data={s.byRegion
                    .filter((r) => r.count > 0)
                    .sort((a, b) => b.count - a.count)
                    .map((r) => ({ name: r.regionName, value: r.count }))}
                />
              </Card>
            </Col>
            <Col xs={24}>
              <Card size="small" title={t('act.stats.byMonth')}>
                <CountChart
                  seriesName={count}
                  testId="act-stats-by-month"
                  data={s.byMonth.map((m) => ({ name: m.month.slice(5), value: m.count }))}
                />
              </Card>
            </Col>
          </Row>
        )
      )}
    </>
  );
}
