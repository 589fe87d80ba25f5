import { App, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { TSignUp } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { rejectSignUp } from './api';

/** Asks why a sign-up is refused (the applicant reads the reason, so it is required) and sends it. */
export function RejectSignUpDialog({
  signUp,
  onClose,
  onDecided,
  onConflict,
}: {
  signUp: TSignUp;
  onClose: () => void;
  onDecided: () => void;
  /** Someone else decided first (409). */
  onConflict: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useMutation({
    mutationFn: (reason: string) => rejectSignUp(signUp, reason),
    onSuccess: (s) => {
      message.success(t('signUps.rejected', { name: s.displayName }));
      onDecided();
    },
    onError: (err) => (isApiError(err) && err.status === 409 ? onConflict() : handleError(err, { form })),
  });
  return (
    <Modal
      open
      title={t('signUps.rejectTitle', { name: signUp.displayName, username: signUp.username })}
      okText={t('signUps.reject')}
      okButtonProps={{ danger: true, 'data-testid': 'sign-up-reject-submit' }}
      cancelText={t('common.cancel')}
      confirmLoading={reject.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="sign-up-reject-dialog"
    >
      <Form form={form} layout="vertical" onFinish={(v) => reject.mutate(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('signUps.rejectReason')}
          extra={t('signUps.rejectReasonHelp')}
          rules={[
            { required: true, whitespace: true, message: t('signUps.rejectReasonRequired') },
            { min: 2, max: 500, message: t('signUps.rejectReasonRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount data-testid="sign-up-reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
