import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreditRequest } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { creditKeys, decideRequest, verifyRequest } from './api';

type Decision = 'approve' | 'reject';

/** The authority's steps on an open request: verify (starts the 5 working days), then approve or reject with a reason. */
export function RequestActions({ r }: { r: TCreditRequest }) {
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: creditKeys.all });

  const verify = useMutation({
    mutationFn: () => verifyRequest(r.id, r.version),
    onSuccess: (v) => {
      refresh();
      message.success(t('credit.requests.verified', { date: f.date(v.removeBy) }));
    },
    onError: (err) => handleError(err, { onStale: refresh }),
  });
  const decide = useMutation({
    mutationFn: (v: { reason: string }) =>
      decideRequest(r.id, deciding!, { reason: v.reason.trim(), version: r.version }),
    onSuccess: () => {
      refresh();
      message.success(t('credit.saved'));
      setDeciding(null);
      form.resetFields();
    },
    onError: (err) => handleError(err, { form, onStale: refresh }),
  });

  if (r.status !== 'submitted' && r.status !== 'verified') return null;
  return (
    <Flex gap={8} wrap>
      {r.status === 'submitted' && (
        <Popconfirm
          title={t('credit.requests.verify')}
          description={<div style={{ maxWidth: 280 }}>{t('credit.requests.verifyConfirm')}</div>}
          onConfirm={() => verify.mutate()}
          okButtonProps={{ 'data-testid': `credit-verify-ok-${r.id}` } as ButtonProps}
        >
          <Button size="small" loading={verify.isPending} data-testid={`credit-verify-${r.id}`}>
            {t('credit.requests.verify')}
          </Button>
        </Popconfirm>
      )}
      <Button size="small" type="primary" onClick={() => setDeciding('approve')} data-testid={`credit-approve-${r.id}`}>
        {t('credit.requests.approve')}
      </Button>
      <Button size="small" danger onClick={() => setDeciding('reject')} data-testid={`credit-reject-${r.id}`}>
        {t('credit.requests.reject')}
      </Button>
      <Modal
        open={deciding !== null}
        title={t(deciding === 'reject' ? 'credit.requests.rejectTitle' : 'credit.requests.approveTitle')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: decide.isPending, 'data-testid': 'credit-decision-submit' } as ButtonProps}
        onOk={() => form.submit()}
        onCancel={() => setDeciding(null)}
        forceRender
      >
        <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={(v) => decide.mutate(v)}>
          <Form.Item
            name="reason"
            label={t('credit.requests.decisionReason')}
            rules={[{ required: true, whitespace: true, message: t('credit.required') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="credit-decision-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
