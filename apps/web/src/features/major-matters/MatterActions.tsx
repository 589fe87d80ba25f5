import { useState } from 'react';
import { App, Button, Flex, Form, Input, Popconfirm } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TMajorMatterDetail } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { completeMatter, matterKeys, objectMatter, stepMatter } from './api';

/**
 * The buttons the API says the viewer may use (`actions`): staff acknowledge or object with a reason; the
 * organization withdraws before an answer or records the outcome afterwards.
 */
export function MatterActions({ m }: { m: TMajorMatterDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [objecting, setObjecting] = useState(false);
  const [objectForm] = Form.useForm<{ reason: string }>();
  const [completeForm] = Form.useForm<{ outcome: string; completedOn: string }>();
  const done = (next: TMajorMatterDetail) => {
    queryClient.setQueryData(matterKeys.one(m.id), next);
    void queryClient.invalidateQueries({ queryKey: matterKeys.all });
    message.success(t('mm.saved'));
    setObjecting(false);
  };
  const step = useMutation({
    mutationFn: (s: 'acknowledge' | 'withdraw') => stepMatter(m.id, s, m.version),
    onSuccess: done,
    onError: (err) => handleError(err),
  });
  const object = useMutation({
    mutationFn: (reason: string) => objectMatter(m.id, reason, m.version),
    onSuccess: done,
    onError: (err) => handleError(err, { form: objectForm }),
  });
  const complete = useMutation({
    mutationFn: (v: { outcome: string; completedOn: string }) =>
      completeMatter(m.id, { outcome: v.outcome.trim(), completedOn: v.completedOn, version: m.version }),
    onSuccess: done,
    onError: (err) => handleError(err, { form: completeForm }),
  });
  const has = (a: TMajorMatterDetail['actions'][number]) => m.actions.includes(a);
  if (m.actions.length === 0) return null;
  const busy = step.isPending || object.isPending || complete.isPending;
  const req = { required: true, whitespace: true, message: t('mm.required') };
  return (
    <Flex vertical gap={12} style={{ marginTop: 16 }} data-testid="mm-actions">
      <Flex gap={8} wrap>
        {has('acknowledge') && (
          <Button
            type="primary"
            loading={step.isPending}
            disabled={busy}
            onClick={() => step.mutate('acknowledge')}
            data-testid="mm-acknowledge"
          >
            {t('mm.action.acknowledge')}
          </Button>
        )}
        {has('object') && (
          <Button danger disabled={busy} onClick={() => setObjecting(true)} data-testid="mm-object">
            {t('mm.action.object')}
          </Button>
        )}
        {has('withdraw') && (
          <Popconfirm title={t('mm.confirmWithdraw')} onConfirm={() => step.mutate('withdraw')}>
            <Button disabled={busy} data-testid="mm-withdraw">
              {t('mm.action.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {objecting && (
        <Form form={objectForm} layout="vertical" onFinish={(v) => object.mutate(v.reason.trim())} disabled={busy}>
          <Form.Item name="reason" label={t('mm.field.reason')} rules={[req]}>
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="mm-object-reason" />
          </Form.Item>
          <Button danger htmlType="submit" loading={object.isPending} data-testid="mm-object-submit">
            {t('mm.action.object')}
          </Button>
        </Form>
      )}
      {has('complete') && (
        <Form form={completeForm} layout="vertical" onFinish={(v) => complete.mutate(v)} disabled={busy}>
          <Form.Item name="outcome" label={t('mm.field.outcome')} rules={[req]}>
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="mm-outcome" />
          </Form.Item>
          <Form.Item name="completedOn" label={t('mm.field.completedOn')} rules={[req]}>
            <Input type="date" data-testid="mm-completed-on" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={complete.isPending} data-testid="mm-complete">
            {t('mm.action.complete')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}
