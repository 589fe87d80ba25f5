import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE, ZRegionCode } from '@shezu/contracts';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { RegionPicker } from '../../../components/RegionPicker';
import { useT } from '../../../lib/i18n';
import { fetchStats, portalKeys } from '../api';
import { PortalLayout, PortalLoadError, PortalNotFound, isNotFound } from '../PortalLayout';
import { ChildRegions, RegionTrail, statsPath } from './RegionDrill';
import { StatsBreakdown } from './StatsBreakdown';
import { AsOf, StatsFigures } from './StatsFigures';

const regionFrom = (raw: string | null) => (raw && ZRegionCode.safeParse(raw).success ? raw : NATIONAL_REGION_CODE);

/** `/portal/stats?region=`: a region's figures with the shares by type and category, drilled down level by level. */
export default function StatsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const code = regionFrom(params.get('region'));
  const stats = useQuery({ queryKey: portalKeys.stats(code), queryFn: () => fetchStats(code) });

  return (
    <PortalLayout>
      <PageHeader title={t('portal.stats.title')} subtitle={t('portal.stats.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={14}>
            <RegionTrail code={code} />
          </Col>
          <Col xs={24} md={10}>
            <RegionPicker
              value={code === NATIONAL_REGION_CODE ? null : code}
              onChange={(c) => void navigate(statsPath(c ?? NATIONAL_REGION_CODE))}
              placeholder={t('portal.stats.pickRegion')}
              data-testid="stats-region"
            />
          </Col>
          <Col xs={24}>
            <ChildRegions code={code} />
          </Col>
        </Row>
      </Card>
      {stats.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : stats.data ? (
        <Flex vertical gap={12} data-testid="stats-result">
          <Flex justify="space-between" align="baseline" wrap gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="stats-region-name">
              {stats.data.region.fullName}
            </Typography.Title>
            <AsOf stats={stats.data} />
          </Flex>
          <StatsFigures stats={stats.data} />
          <StatsBreakdown stats={stats.data} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('portal.stats.footnote')}
          </Typography.Text>
        </Flex>
      ) : isNotFound(stats.error) ? (
        <PortalNotFound title={t('portal.stats.regionNotFound')} />
      ) : (
        <PortalLoadError error={stats.error} onRetry={() => void stats.refetch()} />
      )}
    </PortalLayout>
  );
}
