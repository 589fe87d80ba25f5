import { Alert, Button, Card, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { FormInstance } from 'antd';
import type { TActivityInput } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { ActivityForm } from './ActivityForm';
import { fromDetail } from './activityForm';
import { activityKeys, createActivity, fetchActivity, updateActivity } from './api';

/** `/my-activities/new` and `/my-activities/:id/edit`: the organization plans (or corrects) an activity. */
export default function ActivityFormPage() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const activityId = id ? Number(id) : null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();
  const existing = useQuery({
    queryKey: activityKeys.one(activityId ?? 0),
    queryFn: () => fetchActivity(activityId!),
    enabled: activityId !== null,
  });
  const save = useMutation({
    mutationFn: ({ input }: { input: TActivityInput; form: FormInstance }) =>
      activityId === null
        ? createActivity(input)
        : updateActivity(activityId, { ...input, version: existing.data!.version }).then(() => ({ id: activityId })),
    onSuccess: async ({ id: saved }) => {
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
      void navigate(`/my-activities/${saved}`);
    },
    onError: (err, { form }) => onError(err, { form, onStale: () => void existing.refetch() }),
  });

  const back = activityId === null ? '/my-activities' : `/my-activities/${activityId}`;
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader
        title={t(activityId === null ? 'act.form.newTitle' : 'act.form.editTitle')}
        extra={
          <Link to={back}>
            <Button icon={<ArrowLeftOutlined />} />
          </Link>
        }
      />
      <Card size="small">
        {existing.isError ? (
          <Alert type="error" showIcon title={errorText(existing.error, lang, t)} />
        ) : activityId !== null && existing.isPending ? (
          <Skeleton active />
        ) : (
          <ActivityForm
            initial={existing.data ? fromDetail(existing.data) : undefined}
            submitting={save.isPending}
            onSubmit={(input, form) => save.mutate({ input, form })}
          />
        )}
      </Card>
    </div>
  );
}
