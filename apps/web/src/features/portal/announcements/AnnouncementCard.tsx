import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/useFormat';
import type { Announcement } from '../api';
import { AnnouncementKindTag } from './AnnouncementKindTag';

/** One announcement in a list: kind, title, date and the start of its text. */
export function AnnouncementCard({ item, compact }: { item: Announcement; compact?: boolean }) {
  const f = useFormat();
  return (
    <Card size="small" data-testid={`portal-announcement-${item.id}`}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
          <AnnouncementKindTag kind={item.kind} />
          <Link to={`/portal/announcements/${item.id}`} style={{ fontWeight: 600 }}>
            {item.title}
          </Link>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13, whiteSpace: 'nowrap' }}>
          {f.date(item.publishedOn)}
        </Typography.Text>
      </Flex>
      {!compact && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '6px 0 0', fontSize: 13 }}>
          {item.body}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
