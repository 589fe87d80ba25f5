import { useState } from 'react';
import { Card, Col, Descriptions, Flex, Image, Row, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { PortalLayout, PortalLoadError, PortalNotFound, isNotFound } from '../PortalLayout';
import { Counts } from './ActivityCardView';
import { fetchActivity, feedKeys, qrUrl, type PublicActivity } from './api';
import { LikeButton } from './LikeButton';
import { ShareButton } from './ShareButton';

function Gallery({ photos }: { photos: PublicActivity['photos'] }) {
  const t = useT();
  if (photos.length === 0) return null;
  return (
    <Card title={t('portal.act.photos')} size="small" data-testid="portal-act-photos">
      <Image.PreviewGroup>
        <Flex wrap gap={8}>
          {photos.map((p) => (
            <Image
              key={p.id}
              src={p.thumbUrl}
              preview={{ src: p.url }}
              alt={p.caption ?? ''}
              width={150}
              height={110}
              style={{ objectFit: 'cover' }}
            />
          ))}
        </Flex>
      </Image.PreviewGroup>
    </Card>
  );
}

function ActivityView({ a }: { a: PublicActivity }) {
  const t = useT();
  const f = useFormat();
  const [shares, setShares] = useState(a.shareCount);
  const dates = a.startsOn === a.endsOn ? f.date(a.startsOn) : `${f.date(a.startsOn)} – ${f.date(a.endsOn)}`;
  return (
    <Flex vertical gap={12}>
      <Flex vertical gap={4}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="portal-act-title">
          {a.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t(`act.kind.${a.kind}`)} · {a.regionName} · {t('portal.act.published', { date: f.date(a.publishedAt) })}
        </Typography.Text>
        <Counts a={{ ...a, shareCount: shares }} />
      </Flex>
      <Flex gap={8} wrap>
        <LikeButton id={a.id} liked={a.liked} likeCount={a.likeCount} />
        <ShareButton id={a.id} onShared={() => setShares((n) => n + 1)} />
      </Flex>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={12}>
            <Card size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('portal.act.organizer')}>
                  {a.uscc ? (
                    <Link to={`/org/${a.uscc}`} data-testid="portal-act-org">
                      {a.orgName}
                    </Link>
                  ) : (
                    a.orgName
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('portal.act.when')}>{dates}</Descriptions.Item>
                <Descriptions.Item label={t('portal.act.place')}>{a.place}</Descriptions.Item>
                {a.attendance !== null && (
                  <Descriptions.Item label={t('portal.act.attendance')}>
                    {t('portal.act.attendanceValue', { count: a.attendance })}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card size="small" title={t('portal.act.description')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.description}</Typography.Paragraph>
            </Card>
            {a.summary && (
              <Card size="small" title={t('portal.act.summary')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="portal-act-summary">
                  {a.summary}
                </Typography.Paragraph>
              </Card>
            )}
            <Gallery photos={a.photos} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('portal.act.qr')} styles={{ body: { textAlign: 'center' } }}>
            <img src={qrUrl(a.id)} alt={t('portal.act.qrAlt')} width={180} height={180} data-testid="portal-act-qr" />
            {a.uscc && (
              <div style={{ marginTop: 8 }}>
                <Link to={`/org/${a.uscc}`}>{t('portal.act.orgPage')}</Link>
              </div>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

/** `/portal/activities/<id>`: one published activity; the server put its title and cover into the page head. */
export default function ActivityPage() {
  const t = useT();
  const { id = '' } = useParams();
  const n = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : 0;
  const query = useQuery({
    queryKey: feedKeys.one(n),
    queryFn: () => fetchActivity(n),
    enabled: n > 0,
    retry: (count, err) => count < 1 && !isApiError(err),
  });
  const missing = n === 0 || isNotFound(query.error);
  return (
    <PortalLayout>
      {missing ? (
        <PortalNotFound
          title={t('portal.act.notFound')}
          hint={t('portal.act.notFoundHint')}
          testId="portal-act-missing"
        />
      ) : query.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : query.data ? (
        <ActivityView a={query.data} />
      ) : (
        <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />
      )}
      <div style={{ marginTop: 12 }}>
        <Link to="/portal/activities">{t('portal.act.backToList')}</Link>
      </div>
    </PortalLayout>
  );
}
