import { useState } from 'react';
import { App, Button, Flex, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { TApplicationDetail } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { REVIEW_ACTIONS, reviewKeys, type ReviewAction } from './api';
import { DecisionDialog } from './DecisionDialog';

const STYLE: Record<ReviewAction, { type?: 'primary'; danger?: boolean }> = {
  'supervisor-approve': { type: 'primary' },
  approve: { type: 'primary' },
  'supervisor-return': {},
  return: {},
  reject: { danger: true },
};

/** The decisions the API allows this user now (`allowedActions`), each through its dialog. */
export function ReviewActions({ application, onReload }: { application: TApplicationDetail; onReload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<ReviewAction | null>(null);
  const actions = REVIEW_ACTIONS.filter((a) => application.allowedActions.includes(a));

  const done = (updated: TApplicationDetail) => {
    queryClient.setQueryData(reviewKeys.detail(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: ['reviews', 'queue'] });
    void queryClient.invalidateQueries({ queryKey: ['todos'] });
    if (updated.orgId) void queryClient.invalidateQueries({ queryKey: ['orgs'] });
    message.success(
      t('reviews.done', {
        action: t(`reviews.action.${open!}`),
        name: updated.orgName ?? t('reviews.no', { id: updated.id }),
      }),
    );
    setOpen(null);
  };

  // The dialog outlives the buttons: after a conflict the reloaded application may allow nothing more,
  // and the reviewer must still read why and keep what they typed.
  return (
    <>
      {actions.length === 0 ? (
        <Typography.Text type="secondary" data-testid="review-no-actions">
          {t('reviews.noActions')}
        </Typography.Text>
      ) : (
        <Flex gap={8} wrap data-testid="review-actions">
          {actions.map((a) => (
            <Button key={a} {...STYLE[a]} onClick={() => setOpen(a)} data-testid={`review-action-${a}`}>
              {t(`reviews.action.${a}`)}
            </Button>
          ))}
        </Flex>
      )}
      {open && (
        <DecisionDialog
          application={application}
          action={open}
          onClose={() => setOpen(null)}
          onDone={done}
          onReload={onReload}
        />
      )}
    </>
  );
}
