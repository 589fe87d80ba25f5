import { Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';

/** The main categories shown; the portal's statistics page has the full breakdown. */
const TOP_CATEGORIES = 5;

const fetchStats = (region: string | null) =>
  unwrap(api.GET('/api/public/stats', { params: { query: region ? { region } : {} } }));

/** The user's region in figures: registered organizations by type with shares, per 10,000 residents, community orgs. */
export function RegionStatsCard({ regionCode }: { regionCode: string | null }) {
  const t = useT();
  const f = useFormat();
  const q = useQuery({ queryKey: ['home', 'stats', regionCode], queryFn: () => fetchStats(regionCode) });
  const s = q.data;
  const pct = (share: number) => `${f.number(share, 2)}%`;

  return (
    <Card
      title={t('home.stats', { region: s?.region.name ?? '' })}
      loading={q.isLoading}
      data-testid="region-stats"
      extra={
        s && <Typography.Text type="secondary">{t('home.statsAsOf', { time: f.dateTime(s.asOf) })}</Typography.Text>
      }
    >
      {s && (
        <Flex vertical gap={12}>
          <Row gutter={[16, 8]}>
            <Col xs={12} md={6}>
              <Statistic
                title={t('home.statsRegistered')}
                value={f.number(s.registered.total)}
                suffix={t('home.statsUnit')}
                data-testid="stats-total"
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('home.statsPer10k')}
                value={s.registered.per10k === null ? t('home.statsUnknown') : f.number(s.registered.per10k, 2)}
                data-testid="stats-per10k"
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('home.statsGrade')} value={f.number(s.registered.grade3aPlus.count)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('home.statsCommunity')} value={f.number(s.communityOrgs.total)} />
            </Col>
          </Row>
          {s.registered.byType.map((b) => (
            <Flex key={b.type} align="center" gap={8} data-testid={`stats-type-${b.type}`}>
              <span style={{ width: 112, flexShrink: 0 }}>{t(`orgType.${b.type}`)}</span>
              <Progress percent={b.share} showInfo={false} style={{ flex: 1, margin: 0 }} />
              <span style={{ width: 132, textAlign: 'right', flexShrink: 0 }}>
                {f.number(b.count)} · {pct(b.share)}
              </span>
            </Flex>
          ))}
          <Typography.Text type="secondary">
            {t('home.statsCategories')}：
            {s.registered.byCategory
              .slice(0, TOP_CATEGORIES)
              .map((c) => `${c.name} ${f.number(c.count)}（${pct(c.share)}）`)
              .join('，')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
