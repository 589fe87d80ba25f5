import { useState, type ReactNode } from 'react';
import { Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import {
  BarChartOutlined,
  CameraOutlined,
  CloudDownloadOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { fetchAnnouncements, fetchStats, portalKeys } from './api';
import { AnnouncementCard } from './announcements/AnnouncementCard';
import { PortalLayout } from './PortalLayout';
import { SearchBox } from './search/SearchBox';
import { searchPath } from './search/searchQuery';
import { statsPath } from './stats/RegionDrill';
import { AsOf, StatsFigures } from './stats/StatsFigures';

const LATEST = 5;

function Headline({ region }: { region: string }) {
  const { t, lang } = useI18n();
  const stats = useQuery({ queryKey: portalKeys.stats(region), queryFn: () => fetchStats(region) });
  return (
    <Card
      title={stats.data ? t('portal.home.statsTitle', { region: stats.data.region.fullName }) : t('portal.nav.stats')}
      extra={<Link to={statsPath(region)}>{t('portal.home.moreStats')}</Link>}
      data-testid="portal-home-stats"
    >
      {stats.isPending ? (
        <Skeleton active />
      ) : stats.data ? (
        <Flex vertical gap={8}>
          <StatsFigures stats={stats.data} />
          <AsOf stats={stats.data} />
        </Flex>
      ) : (
        <Typography.Text type="danger">{errorText(stats.error, lang, t)}</Typography.Text>
      )}
    </Card>
  );
}

function Latest({ region }: { region: string | undefined }) {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: portalKeys.latestAnnouncements(region),
    queryFn: () => fetchAnnouncements({ region }, undefined, LATEST),
  });
  const more = region ? `/portal/announcements?region=${region}` : '/portal/announcements';
  return (
    <Card
      title={t('portal.home.latest')}
      extra={<Link to={more}>{t('portal.home.moreAnnouncements')}</Link>}
      style={{ height: '100%' }}
      data-testid="portal-home-announcements"
    >
      {list.isPending ? (
        <Skeleton active />
      ) : list.data?.items.length ? (
        <Flex vertical gap={8}>
          {list.data.items.map((a) => (
            <AnnouncementCard key={a.id} item={a} compact />
          ))}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.announcements.none')} />
      )}
    </Card>
  );
}

function ServiceLink({
  to,
  icon,
  title,
  text,
  testId,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  text: string;
  testId: string;
}) {
  return (
    <Link to={to} data-testid={testId} style={{ display: 'block' }}>
      <Card size="small" hoverable>
        <Flex gap={12} align="center">
          <span style={{ fontSize: 22, color: '#1d4ed8' }}>{icon}</span>
          <Flex vertical style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong>{title}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {text}
            </Typography.Text>
          </Flex>
          <RightOutlined style={{ color: '#bfbfbf' }} />
        </Flex>
      </Card>
    </Link>
  );
}

/** `/portal`: the public portal's front page — search the register, a region's figures, the latest announcements. */
export default function PortalHomePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [region, setRegion] = useState<string | undefined>(undefined);
  return (
    <PortalLayout>
      <Card style={{ marginBottom: 12 }} styles={{ body: { padding: '24px 16px' } }}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
          {t('portal.home.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('portal.home.subtitle')}
        </Typography.Paragraph>
        <SearchBox
          region={region}
          onRegionChange={setRegion}
          onSubmit={(q) => void navigate(searchPath({ q, region }))}
        />
      </Card>
      <Flex vertical gap={12}>
        <Headline region={region ?? NATIONAL_REGION_CODE} />
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={16}>
            <Latest region={region} />
          </Col>
          <Col xs={24} lg={8}>
            <Flex vertical gap={8}>
              <ServiceLink
                to="/portal/activities"
                icon={<CameraOutlined />}
                title={t('portal.nav.activities')}
                text={t('portal.home.activitiesText')}
                testId="portal-home-activities"
              />
              <ServiceLink
                to="/portal/open-data"
                icon={<CloudDownloadOutlined />}
                title={t('portal.nav.openData')}
                text={t('portal.home.openDataText')}
                testId="portal-home-open-data"
              />
              <ServiceLink
                to="/portal/uscc"
                icon={<SafetyCertificateOutlined />}
                title={t('portal.nav.uscc')}
                text={t('portal.home.usccText')}
                testId="portal-home-uscc"
              />
              <ServiceLink
                to={statsPath(region ?? NATIONAL_REGION_CODE)}
                icon={<BarChartOutlined />}
                title={t('portal.nav.stats')}
                text={t('portal.home.statsText')}
                testId="portal-home-stats-link"
              />
            </Flex>
          </Col>
        </Row>
      </Flex>
    </PortalLayout>
  );
}
