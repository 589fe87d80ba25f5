import { Alert, App, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { documentKeys, revokeDocument, type Document } from './api';

export function RevokeDialog({ doc, onClose }: { doc: Document; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const revoke = useMutation({
    mutationFn: (reason: string) => revokeDocument(doc.id, reason),
    onSuccess: (updated) => {
      queryClient.setQueryData(documentKeys.detail(doc.id), updated);
      void queryClient.invalidateQueries({ queryKey: documentKeys.all });
      message.success(t('documents.revokedDone'));
      onClose();
    },
    onError: (err) => handleError(err, { form }),
  });
  return (
    <Modal
      open
      title={t('documents.revokeTitle', { number: doc.number })}
      okText={t('documents.revoke')}
      okButtonProps={{ danger: true, 'data-testid': 'document-revoke-confirm' }}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('documents.revokeHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={(v) => revoke.mutate(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('documents.revokeReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('documents.revokeReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount data-testid="document-revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
