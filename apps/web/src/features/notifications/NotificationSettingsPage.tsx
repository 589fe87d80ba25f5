import { useState } from 'react';
import { App, Button, Card, Flex, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { eventLabel } from '../../lib/labels';
import { fetchSubscriptions, notificationKeys, saveSubscriptions, type Subscription } from './api';

export default function NotificationSettingsPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const saved = useQuery({ queryKey: notificationKeys.subscriptions, queryFn: fetchSubscriptions });
  // Choices made on this page and not saved yet, by event.
  const [edits, setEdits] = useState<Record<string, boolean>>({});
  const rows = (saved.data ?? []).map((s) => (s.eventName in edits ? { ...s, enabled: edits[s.eventName]! } : s));
  const dirty = (saved.data ?? []).some((s) => s.eventName in edits && edits[s.eventName] !== s.enabled);

  const save = useMutation({
    mutationFn: () => saveSubscriptions(rows),
    onSuccess: (items) => {
      queryClient.setQueryData(notificationKeys.subscriptions, items);
      setEdits({});
      message.success(t('notifications.saved'));
    },
    onError: (err) => handleError(err),
  });

  const columns: TableColumnsType<Subscription> = [
    {
      title: t('notifications.colEvent'),
      key: 'event',
      width: 220,
      render: (_, s) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{eventLabel(t, s.eventName)}</Typography.Text>
          {s.customized && !(s.eventName in edits) && (
            <span>
              <Tag color="blue" variant="filled">
                {t('notifications.customized')}
              </Tag>
            </span>
          )}
        </Flex>
      ),
    },
    { title: t('notifications.colDescription'), dataIndex: 'description', responsive: ['md'] },
    {
      title: t('notifications.colDefault'),
      dataIndex: 'byDefault',
      width: 120,
      render: (v: boolean) =>
        v ? <Tag color="green">{t('notifications.defaultOn')}</Tag> : <Tag>{t('notifications.defaultOff')}</Tag>,
    },
    {
      title: t('notifications.colEnabled'),
      key: 'enabled',
      width: 100,
      render: (_, s) => (
        <Switch
          checked={s.enabled}
          onChange={(enabled) => setEdits((e) => ({ ...e, [s.eventName]: enabled }))}
          aria-label={eventLabel(t, s.eventName)}
          data-testid={`subscription-${s.eventName}`}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('notifications.settingsTitle')}
        subtitle={t('notifications.settingsSubtitle')}
        extra={
          <>
            <Button
              onClick={() => setEdits(Object.fromEntries((saved.data ?? []).map((s) => [s.eventName, s.byDefault])))}
              data-testid="subscriptions-defaults"
            >
              {t('notifications.restoreDefaults')}
            </Button>
            <Button
              type="primary"
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate()}
              data-testid="subscriptions-save"
            >
              {t('common.save')}
            </Button>
          </>
        }
      />
      <Card>
        {dirty && (
          <Typography.Text type="warning" style={{ display: 'block', marginBottom: 8 }}>
            {t('notifications.unsaved')}
          </Typography.Text>
        )}
        <Table<Subscription>
          rowKey="eventName"
          size="middle"
          data-testid="subscriptions-table"
          loading={saved.isPending}
          dataSource={rows}
          columns={columns}
          pagination={false}
        />
      </Card>
    </>
  );
}
