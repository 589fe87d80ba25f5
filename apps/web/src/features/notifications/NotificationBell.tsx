import { useCallback, useState, type ReactNode } from 'react';
import { Badge, Button, Card, Dropdown, Empty, Flex, Grid, Skeleton } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { usePollWhileActive } from '../../lib/polling';
import { fetchNotifications, fetchUnreadCount, LATEST_COUNT, markAllRead, notificationKeys } from './api';
import { NotificationItem } from './NotificationItem';
import { useOpenNotification } from './useOpenNotification';

const REFRESH_MS = 60_000;

function Latest({ onDone, extra }: { onDone: () => void; extra: ReactNode }) {
  const t = useT();
  const navigate = useNavigate();
  const open = useOpenNotification();
  const latest = useQuery({
    queryKey: notificationKeys.latest,
    queryFn: () => fetchNotifications(false, undefined, LATEST_COUNT).then((p) => p.items),
    staleTime: 0,
  });
  const go = (path: string) => {
    onDone();
    navigate(path);
  };
  return (
    <Card
      size="small"
      className="shezu-bell-panel"
      styles={{ body: { padding: 0 } }}
      title={t('notifications.title')}
      extra={extra}
      data-testid="notification-dropdown"
    >
      {latest.isPending ? (
        <Skeleton active style={{ padding: 12 }} />
      ) : (latest.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        latest.data!.map((n) => (
          <NotificationItem
            key={n.id}
            n={n}
            compact
            onOpen={(item) => {
              onDone();
              void open(item);
            }}
          />
        ))
      )}
      <Flex justify="space-between" style={{ padding: '8px 12px', borderTop: '1px solid #f0f0f0' }}>
        <Button type="link" size="small" onClick={() => go('/notifications')} data-testid="notification-view-all">
          {t('notifications.viewAll')}
        </Button>
        <Button type="link" size="small" onClick={() => go('/notification-settings')}>
          {t('notifications.settings')}
        </Button>
      </Flex>
    </Card>
  );
}

/** The bell in the top bar: unread count (refreshed while the user works), the latest few in a dropdown. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().sm;
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const unread = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: fetchUnreadCount,
    staleTime: 10_000,
    refetchOnWindowFocus: true,
  });
  const { refetch } = unread;
  usePollWhileActive(
    useCallback(() => void refetch(), [refetch]),
    REFRESH_MS,
  );
  const count = unread.data ?? 0;
  const readAll = useMutation({
    mutationFn: markAllRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    onError: (err) => handleError(err),
  });

  const bell = (
    <Button
      type="text"
      aria-label={count > 0 ? t('notifications.unreadCount', { count }) : t('notifications.bell')}
      title={t('notifications.bell')}
      data-testid="notification-bell"
      style={{ color: '#fff', paddingInline: 6 }}
      // A dropdown does not fit beside the other header buttons on a phone: the list page does.
      onClick={phone ? () => navigate('/notifications') : undefined}
    >
      <Badge count={count} overflowCount={99} size="small" offset={[2, -2]} data-testid="notification-badge">
        <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
      </Badge>
    </Button>
  );
  if (phone) return bell;

  return (
    <Dropdown
      open={open}
      onOpenChange={setOpen}
      trigger={['click']}
      placement="bottomRight"
      popupRender={() => (
        <Latest
          onDone={() => setOpen(false)}
          extra={
            count > 0 && (
              <Button
                size="small"
                type="link"
                loading={readAll.isPending}
                onClick={() => readAll.mutate()}
                data-testid="notification-read-all"
              >
                {t('notifications.readAll')}
              </Button>
            )
          }
        />
      )}
    >
      {bell}
    </Dropdown>
  );
}
