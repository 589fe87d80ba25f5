import { useState } from 'react';
import { App, Button, Input, Modal, Popconfirm } from 'antd';
import { EditOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { TApplicationDetail } from '@shezu/contracts';
import { isApiError } from '../../../api/errors';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { applicationKeys, submitApplication, withdrawApplication } from '../api';

/** What the applicant may do now, as the API says (`allowedActions`): edit, submit, withdraw. */
export function OwnerActions({ app }: { app: TApplicationDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [withdrawing, setWithdrawing] = useState(false);
  const [comment, setComment] = useState('');
  const can = (a: TApplicationDetail['allowedActions'][number]) => app.allowedActions.includes(a);

  const done = (next: TApplicationDetail, text: string) => {
    queryClient.setQueryData(applicationKeys.detail(next.id), next);
    void queryClient.invalidateQueries({ queryKey: applicationKeys.all, refetchType: 'none' });
    void queryClient.invalidateQueries({ queryKey: ['todos'] });
    message.success(text);
  };
  const onStale = () => void queryClient.invalidateQueries({ queryKey: applicationKeys.detail(app.id) });

  const submit = useMutation({
    mutationFn: () => submitApplication(app.id, app.version),
    onSuccess: (next) => done(next, t('applications.submitted')),
    // Missing or wrong fields: the form opens with each message beside its field.
    onError: (err) => {
      if (!isApiError(err) || !err.hasFields || !can('edit')) return handleError(err, { onStale });
      message.error(t('applications.form.fixFields'));
      void navigate(`/applications/${app.id}/edit`, { state: { fieldErrors: err.fields } });
    },
  });
  const withdraw = useMutation({
    mutationFn: () => withdrawApplication(app.id, app.version, comment.trim() || undefined),
    onSuccess: (next) => {
      setWithdrawing(false);
      done(next, t('applications.withdrawn'));
    },
    onError: (err) => handleError(err, { onStale }),
  });

  return (
    <>
      {can('edit') && (
        <Button
          icon={<EditOutlined />}
          onClick={() => void navigate(`/applications/${app.id}/edit`)}
          data-testid="application-edit"
        >
          {t('applications.action.edit')}
        </Button>
      )}
      {can('submit') && (
        <Popconfirm
          title={t('applications.confirmSubmit')}
          onConfirm={() => submit.mutate()}
          okText={t('applications.action.submit')}
          cancelText={t('common.cancel')}
        >
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} data-testid="application-submit">
            {t('applications.action.submit')}
          </Button>
        </Popconfirm>
      )}
      {can('withdraw') && (
        <Button
          danger
          icon={<RollbackOutlined />}
          onClick={() => setWithdrawing(true)}
          data-testid="application-withdraw"
        >
          {t('applications.action.withdraw')}
        </Button>
      )}
      <Modal
        open={withdrawing}
        title={t('applications.withdrawTitle')}
        okText={t('applications.action.withdraw')}
        okButtonProps={{
          danger: true,
          loading: withdraw.isPending,
          ...{ 'data-testid': 'application-withdraw-confirm' },
        }}
        cancelText={t('common.cancel')}
        onOk={() => withdraw.mutate()}
        onCancel={() => setWithdrawing(false)}
      >
        <p>{t('applications.withdrawText')}</p>
        <Input.TextArea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={1000}
          placeholder={t('applications.withdrawComment')}
          autoSize={{ minRows: 2, maxRows: 4 }}
          data-testid="application-withdraw-comment"
        />
      </Modal>
    </>
  );
}
