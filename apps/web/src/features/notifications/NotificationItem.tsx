import { Badge, Button, Flex, Typography } from 'antd';
import { useT } from '../../lib/i18n';
import { eventLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import type { Notification } from './api';

/** One notification: unread dot, title (opens its page), body, event and time; optional mark-read. */
export function NotificationItem({
  n,
  onOpen,
  onMarkRead,
  compact,
}: {
  n: Notification;
  onOpen: (n: Notification) => void;
  onMarkRead?: (n: Notification) => void;
  compact?: boolean;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <Flex
      className="shezu-notification"
      gap={10}
      align="flex-start"
      data-testid={`notification-${n.id}`}
      data-read={n.read}
      style={{ padding: compact ? '8px 12px' : '12px 0' }}
    >
      <Badge
        status={n.read ? 'default' : 'processing'}
        style={{ marginTop: 6, visibility: n.read ? 'hidden' : 'visible' }}
      />
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Link
          strong={!n.read}
          onClick={() => onOpen(n)}
          style={{ color: n.read ? 'rgba(0,0,0,0.65)' : undefined }}
          ellipsis={compact}
        >
          {n.title}
        </Typography.Link>
        {n.body && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis={compact ? { tooltip: n.body } : false}>
            {n.body}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {eventLabel(t, n.kind)} · {f.dateTime(n.createdAt)}
        </Typography.Text>
      </Flex>
      {onMarkRead && !n.read && (
        <Button size="small" type="link" onClick={() => onMarkRead(n)} data-testid={`notification-read-${n.id}`}>
          {t('notifications.markRead')}
        </Button>
      )}
    </Flex>
  );
}
