import { App, Button, Descriptions, Dropdown, Flex, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { DownOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TUser } from '@shezu/contracts';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { useCan } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { fetchPersonalData, isLocked, resetPassword, setDisabled, unlockUser, userKeys } from './api';

type Action = 'reset' | 'disable' | 'enable' | 'unlock';

/** Row actions of the account list; each asks first when it cannot be undone quietly. */
export function UserActions({ user, onEdit }: { user: TUser; onEdit: () => void }) {
  const t = useT();
  const canManage = useCan('users.manage');
  const canSeePii = useCan('users.pii');
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: userKeys.all });
  const name = `${user.displayName}（${user.username}）`;

  const run = useMutation({
    mutationFn: async (action: Action) => {
      if (action === 'reset') return { action, password: (await resetPassword(user.id, user.version)).initialPassword };
      if (action === 'unlock') await unlockUser(user.id);
      else await setDisabled(user.id, action === 'disable', user.version);
      return { action, password: null };
    },
    onSuccess: ({ action, password }) => {
      refresh();
      if (password) {
        modal.success({
          title: t('users.oneTimeTitle'),
          width: 480,
          content: <OneTimeSecret secret={password} name={name} />,
          okText: t('common.close'),
        });
        return;
      }
      message.success(
        t(
          action === 'disable'
            ? 'users.disabledDone'
            : action === 'enable'
              ? 'users.enabledDone'
              : 'users.unlockedDone',
        ),
      );
    },
    onError: (err) => handleError(err, { onStale: refresh }),
  });

  const reveal = useMutation({
    mutationFn: () => fetchPersonalData(user.id),
    onSuccess: (pii) =>
      modal.info({
        title: t('users.piiTitle', { name }),
        width: 480,
        okText: t('common.close'),
        content: (
          <Flex vertical gap={8} data-testid="pii-dialog">
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'phone', label: t('users.phone'), children: pii.phone ?? t('users.notRegistered') },
                { key: 'id', label: t('users.idNumber'), children: pii.idNumber ?? t('users.notRegistered') },
              ]}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('users.piiAudited')}
            </Typography.Text>
          </Flex>
        ),
      }),
    onError: (err) => handleError(err),
  });

  const confirm = (action: Action, content: string) =>
    modal.confirm({
      title: content,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: action === 'disable' || action === 'reset' },
      onOk: () => run.mutateAsync(action).catch(() => undefined),
    });

  const items: MenuProps['items'] = [
    { key: 'reset', label: <span data-testid="user-action-reset">{t('users.resetPassword')}</span> },
    user.disabled
      ? { key: 'enable', label: <span data-testid="user-action-enable">{t('users.enable')}</span> }
      : { key: 'disable', label: <span data-testid="user-action-disable">{t('users.disable')}</span>, danger: true },
    ...(isLocked(user)
      ? [{ key: 'unlock', label: <span data-testid="user-action-unlock">{t('users.unlock')}</span> }]
      : []),
  ];

  return (
    <Flex gap={4} wrap={false}>
      {canManage && (
        <Button type="link" size="small" onClick={onEdit} data-testid={`user-edit-${user.username}`}>
          {t('common.edit')}
        </Button>
      )}
      {canSeePii && (
        <Tooltip title={t('users.revealPii')}>
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            aria-label={t('users.revealPii')}
            loading={reveal.isPending}
            onClick={() => reveal.mutate()}
            data-testid={`user-pii-${user.username}`}
          />
        </Tooltip>
      )}
      {canManage && (
        <Dropdown
          trigger={['click']}
          menu={{
            items,
            onClick: ({ key }) => {
              const action = key as Action;
              if (action === 'unlock') run.mutate(action);
              else if (action === 'reset') confirm(action, t('users.resetConfirm', { name }));
              else confirm(action, t(action === 'disable' ? 'users.disableConfirm' : 'users.enableConfirm', { name }));
            },
          }}
        >
          <Button type="link" size="small" loading={run.isPending} data-testid={`user-more-${user.username}`}>
            {t('common.more')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Flex>
  );
}
