import { App, Button, Flex, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TRiskWarning } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { closeWarning, escalateWarning, warningKeys } from './api';

/** The bureau's decisions on a warning: close it out with a note, or turn it into a coordinated case. */
export function DecideForms({ w }: { w: TRiskWarning }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<{ note: string }>();
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: warningKeys.all });
    message.success(t('riskWarnings.saved'));
  };
  const close = useMutation({
    mutationFn: (note: string) => closeWarning(w.id, { note, version: w.version }),
    onSuccess: done,
    onError: (err) => handleError(err, { form }),
  });
  const escalate = useMutation({
    mutationFn: (detail: string) => escalateWarning(w.id, { detail, version: w.version }),
    onSuccess: done,
    onError: (err) => handleError(err),
  });
  const busy = close.isPending || escalate.isPending;
  const note = () => String(form.getFieldValue('note') ?? '').trim();
  return (
    <Form form={form} layout="vertical" disabled={busy} data-testid="risk-warning-decide">
      <Form.Item name="note" label={t('riskWarnings.field.closeNote')} extra={t('riskWarnings.field.detail')}>
        <Input.TextArea rows={3} maxLength={1000} showCount data-testid="risk-warning-note" />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          loading={close.isPending}
          onClick={() => note() && close.mutate(note())}
          data-testid="risk-warning-close"
        >
          {t('riskWarnings.action.close')}
        </Button>
        <Button
          danger
          loading={escalate.isPending}
          onClick={() => note() && escalate.mutate(note())}
          data-testid="risk-warning-escalate"
        >
          {t('riskWarnings.action.escalate')}
        </Button>
      </Flex>
    </Form>
  );
}
