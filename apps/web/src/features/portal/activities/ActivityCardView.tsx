import { Card, Flex, Typography } from 'antd';
import { EyeOutlined, LikeOutlined, PictureOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { activityPath, type ActivityCard } from './api';

const COVER_HEIGHT = 160;

/** The counts under a card and on the activity page. */
export function Counts({ a }: { a: Pick<ActivityCard, 'viewCount' | 'shareCount' | 'likeCount'> }) {
  const t = useT();
  return (
    <Flex gap={12} wrap style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }} data-testid="portal-act-counts">
      <span aria-label={t('portal.act.views', { count: a.viewCount })}>
        <EyeOutlined /> {a.viewCount}
      </span>
      <span aria-label={t('portal.act.shares', { count: a.shareCount })}>
        <ShareAltOutlined /> {a.shareCount}
      </span>
      <span aria-label={t('portal.act.likes', { count: a.likeCount })}>
        <LikeOutlined /> {a.likeCount}
      </span>
    </Flex>
  );
}

/** One activity in the feed: cover, title, organization, region, date and counts; the whole card links. */
export function ActivityCardView({ a }: { a: ActivityCard }) {
  const t = useT();
  const f = useFormat();
  const cover = a.coverThumbUrl ? (
    <img
      src={a.coverThumbUrl}
      alt={a.title}
      loading="lazy"
      style={{ height: COVER_HEIGHT, width: '100%', objectFit: 'cover' }}
    />
  ) : (
    <Flex
      align="center"
      justify="center"
      vertical
      style={{ height: COVER_HEIGHT, background: '#f5f5f5', color: '#bfbfbf' }}
    >
      <PictureOutlined style={{ fontSize: 28 }} />
      <span style={{ fontSize: 12 }}>{t('portal.act.noPhoto')}</span>
    </Flex>
  );
  return (
    <Link to={activityPath(a.id)} style={{ display: 'block', height: '100%' }} data-testid="portal-act-card">
      <Card hoverable size="small" cover={cover} style={{ height: '100%' }}>
        <Flex vertical gap={4}>
          <Typography.Text strong ellipsis={{ tooltip: a.title }} data-testid="portal-act-card-title">
            {a.title}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {a.orgName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`act.kind.${a.kind}`)} · {a.regionName} · {t('portal.act.published', { date: f.date(a.publishedAt) })}
          </Typography.Text>
          <Counts a={a} />
        </Flex>
      </Card>
    </Link>
  );
}
