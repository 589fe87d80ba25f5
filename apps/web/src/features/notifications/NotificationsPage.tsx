import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Segmented, Skeleton } from 'antd';
import { CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchNotifications, markAllRead, markRead, notificationKeys } from './api';
import { NotificationItem } from './NotificationItem';
import { useOpenNotification } from './useOpenNotification';

export default function NotificationsPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const open = useOpenNotification();
  const [unread, setUnread] = useState(false);
  const { query, items } = useKeysetQuery(notificationKeys.list(unread), (cursor) =>
    fetchNotifications(unread, cursor),
  );
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });

  const readOne = useMutation({ mutationFn: markRead, onSuccess: refresh, onError: (err) => handleError(err) });
  const readAll = useMutation({
    mutationFn: markAllRead,
    onSuccess: (count) => {
      message.success(t('notifications.readAllDone', { count }));
      refresh();
    },
    onError: (err) => handleError(err),
  });

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
          <>
            <Button
              icon={<CheckOutlined />}
              loading={readAll.isPending}
              onClick={() => readAll.mutate()}
              data-testid="notifications-read-all"
            >
              {t('notifications.readAll')}
            </Button>
            <Link to="/notification-settings">
              <Button icon={<SettingOutlined />}>{t('notifications.settings')}</Button>
            </Link>
          </>
        }
      />
      <Card>
        <Segmented<'all' | 'unread'>
          value={unread ? 'unread' : 'all'}
          onChange={(v) => setUnread(v === 'unread')}
          options={[
            { value: 'all', label: t('notifications.all') },
            {
              value: 'unread',
              label: <span data-testid="notifications-filter-unread">{t('notifications.unread')}</span>,
            },
          ]}
          style={{ marginBottom: 8 }}
        />
        <div data-testid="notifications-list">
          {query.isPending ? (
            <Skeleton active />
          ) : items.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(unread ? 'notifications.emptyUnread' : 'notifications.empty')}
            />
          ) : (
            items.map((n) => (
              <NotificationItem
                key={n.id}
                n={n}
                onOpen={(item) => void open(item)}
                onMarkRead={(item) => readOne.mutate(item.id)}
              />
            ))
          )}
        </div>
        <Flex justify="center">
          <LoadMore
            count={items.length}
            hasMore={!!query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoad={() => void query.fetchNextPage()}
          />
        </Flex>
      </Card>
    </>
  );
}
