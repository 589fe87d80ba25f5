import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { ActivityFacts, ActivityReasons } from './ActivityFacts';
import { ActivityStatusTag } from './ActivityTags';
import {
  activityKeys,
  decideApproval,
  fetchActivity,
  finishActivity,
  reviewActivity,
  takeStep,
  unpublishActivity,
  type Step,
} from './api';
import { PhotosCard } from './PhotosCard';
import { StepButtons, type ActivityAction } from './StepButtons';
import { DecisionDialog, FinishDialog } from './StepDialogs';

const DIRECT: Partial<Record<ActivityAction, Step>> = {
  request_approval: 'request-approval',
  start: 'start',
  submit: 'submit',
  cancel: 'cancel',
};
type Dialog = 'finish' | 'decide_approval' | 'review' | 'unpublish' | null;

/**
 * One activity, for the organization (`/my-activities/:id`) and for staff (`/activities/:id`): the buttons are
 * the `actions` the API allows this viewer, so one page serves both.
 */
export default function ActivityDetailPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const mine = useLocation().pathname.startsWith('/my-activities');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<ActivityAction | null>(null);
  const query = useQuery({ queryKey: activityKeys.one(id), queryFn: () => fetchActivity(id) });

  const run = useMutation({
    mutationFn: ({ call }: { action: ActivityAction; call: () => Promise<unknown> }) => call(),
    onMutate: ({ action }) => setBusy(action),
    onSuccess: async () => {
      setDialog(null);
      message.success(t('act.step.done'));
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
    },
    onError: (err) => onError(err, { onStale: () => void query.refetch() }),
    onSettled: () => setBusy(null),
  });

  const onAction = (action: ActivityAction) => {
    const step = DIRECT[action];
    if (step) run.mutate({ action, call: () => takeStep(id, step) });
    else if (action === 'edit') void navigate(`/my-activities/${id}/edit`);
    else setDialog(action as Dialog);
  };

  const a = query.data;
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="act-detail-title">{a?.title ?? ''}</span>
            {a && <ActivityStatusTag status={a.status} testId="act-status" />}
          </Flex>
        }
        extra={
          <Link to={mine ? '/my-activities' : '/activities'}>
            <Button icon={<ArrowLeftOutlined />} />
          </Link>
        }
      />
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      {query.isPending && <Skeleton active />}
      {a && (
        <Flex vertical gap={12}>
          <ActivityReasons a={a} />
          <StepButtons actions={a.actions} busy={busy} onAction={onAction} />
          <Card size="small" title={t('act.detail.facts')}>
            <ActivityFacts a={a} />
          </Card>
          {(a.photos.length > 0 || a.actions.includes('finish')) && (
            <PhotosCard
              activityId={a.id}
              photos={a.photos}
              editable={a.actions.includes('finish') || a.actions.includes('submit')}
            />
          )}
          <FinishDialog
            open={dialog === 'finish'}
            activity={a}
            busy={run.isPending}
            onCancel={() => setDialog(null)}
            onSubmit={(body) => run.mutate({ action: 'finish', call: () => finishActivity(id, body) })}
          />
          {(dialog === 'decide_approval' || dialog === 'review' || dialog === 'unpublish') && (
            <DecisionDialog
              open
              kind={dialog}
              busy={run.isPending}
              onCancel={() => setDialog(null)}
              onSubmit={(body) =>
                run.mutate({
                  action: dialog,
                  call: () =>
                    dialog === 'decide_approval'
                      ? decideApproval(id, body)
                      : dialog === 'review'
                        ? reviewActivity(id, body)
                        : unpublishActivity(id, body.reason ?? ''),
                })
              }
            />
          )}
        </Flex>
      )}
    </>
  );
}
