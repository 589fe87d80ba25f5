import { Card, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { fetchAnnouncement, portalKeys, type Announcement } from '../api';
import { PortalLayout, PortalLoadError, PortalNotFound, isNotFound } from '../PortalLayout';
import { AnnouncementKindTag } from './AnnouncementKindTag';

function AnnouncementView({ item }: { item: Announcement }) {
  const t = useT();
  const f = useFormat();
  return (
    <Card data-testid="portal-announcement">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <AnnouncementKindTag kind={item.kind} />
          <Typography.Text type="secondary">
            {t('portal.announcement.published', { date: f.date(item.publishedOn) })}
          </Typography.Text>
        </Flex>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="portal-announcement-title">
          {item.title}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.9, margin: '8px 0' }}>
          {item.body}
        </Typography.Paragraph>
        {item.uscc && (
          <Link to={`/org/${item.uscc}`} data-testid="portal-announcement-org">
            {t('portal.announcement.orgPage', { name: item.orgName })} <RightOutlined />
          </Link>
        )}
      </Flex>
    </Card>
  );
}

/** `/portal/announcements/:id`: one announcement in full, with the way to the organization's page. */
export default function AnnouncementPage() {
  const t = useT();
  const { id: idParam = '' } = useParams();
  const id = /^[1-9]\d{0,15}$/.test(idParam) ? Number(idParam) : null;
  const query = useQuery({
    queryKey: portalKeys.announcement(id ?? 0),
    queryFn: () => fetchAnnouncement(id!),
    enabled: id !== null,
    retry: (count, err) => count < 1 && !isApiError(err),
  });
  const notFound = <PortalNotFound title={t('portal.announcement.notFound')} testId="portal-announcement-not-found" />;
  return (
    <PortalLayout>
      <Link to="/portal/announcements" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('portal.announcement.back')}
      </Link>
      {id === null ? (
        notFound
      ) : query.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : query.data ? (
        <AnnouncementView item={query.data} />
      ) : isNotFound(query.error) ? (
        notFound
      ) : (
        <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />
      )}
    </PortalLayout>
  );
}
