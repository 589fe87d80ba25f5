import { App, Button, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TRiskWarning } from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { answerWarning, RISK_WARNING_FILE_PURPOSE, warningKeys } from './api';
import { FilesField } from '../../components/FilesField';

interface Values {
  text: string;
  files: UploadedFile[];
}

/** The organization's or supervising unit's answer: text and files. */
export function AnswerForm({ w }: { w: TRiskWarning }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      answerWarning(w.id, { text: v.text.trim(), files: v.files.map((f) => f.id), version: w.version }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: warningKeys.all });
      message.success(t('riskWarnings.saved'));
    },
    onError: (err) => handleError(err, { form }),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ text: '', files: [] }}
      onFinish={(v) => save.mutate(v)}
      disabled={save.isPending}
      data-testid={`risk-warning-answer-${w.id}`}
    >
      <Form.Item
        name="text"
        label={t('riskWarnings.field.answer')}
        rules={[{ required: true, whitespace: true, message: t('riskWarnings.required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="risk-warning-answer-text" />
      </Form.Item>
      <Form.Item name="files" label={t('riskWarnings.field.files')}>
        <FilesField purpose={RISK_WARNING_FILE_PURPOSE} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="risk-warning-answer-submit">
        {t('riskWarnings.action.answer')}
      </Button>
    </Form>
  );
}
