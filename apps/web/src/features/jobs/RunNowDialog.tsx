import { Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { runJobNow, type Job, type JobRun } from './api';
import { payloadFields, payloadOf, type PayloadField } from './payloadSchema';

/** The input for a field; a plain element (not a component) so that Form.Item can hand it value and onChange. */
function inputFor(field: PayloadField) {
  switch (field.kind) {
    case 'integer':
    case 'number':
      return (
        <InputNumber
          style={{ width: '100%' }}
          min={field.minimum}
          max={field.maximum !== undefined && field.maximum < Number.MAX_SAFE_INTEGER ? field.maximum : undefined}
          precision={field.kind === 'integer' ? 0 : undefined}
        />
      );
    case 'boolean':
      return <Switch />;
    case 'enum':
      return <Select allowClear options={field.options!.map((o) => ({ value: o, label: o }))} />;
    default:
      return <Input />;
  }
}

/** Run-now with a payload: a small form drawn from the job's payload schema, checked again by the API. */
export function RunNowDialog({
  job,
  onClose,
  onStarted,
}: {
  job: Job;
  onClose: () => void;
  onStarted: (run: JobRun) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Record<string, unknown>>();
  const handleError = useApiErrorHandler();
  const fields = payloadFields(job.payloadSchema);
  const initial = Object.fromEntries(fields.map((f) => [f.name, f.default]));

  const run = useMutation({
    mutationFn: (values: Record<string, unknown>) => runJobNow(job.name, payloadOf(values)),
    onSuccess: (started) => {
      onStarted(started);
      onClose();
    },
    onError: (err) => {
      // The API names payload errors `payload.<field>`.
      if (isApiError(err) && err.hasFields) {
        const known = new Set(fields.map((f) => f.name));
        const matched = Object.entries(err.fields)
          .map(([path, msg]) => ({ name: path.replace(/^payload\./, '').split('.')[0]!, errors: [msg] }))
          .filter((e) => known.has(e.name));
        if (matched.length > 0) {
          form.setFields(matched);
          return;
        }
      }
      handleError(err);
    },
  });

  return (
    <Modal
      open
      title={t('jobs.runNowTitle', { title: job.title })}
      okText={t('jobs.runNow')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={run.isPending}
      okButtonProps={{ 'data-testid': 'job-run-confirm' }}
      destroyOnHidden
    >
      {job.description && <Typography.Paragraph type="secondary">{job.description}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => run.mutate(v)}
        data-testid="job-payload-form"
      >
        {fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={
              <span>
                {f.label}{' '}
                <Typography.Text type="secondary" className="shezu-mono">
                  {f.name}
                </Typography.Text>
              </span>
            }
            valuePropName={f.kind === 'boolean' ? 'checked' : 'value'}
            rules={f.required ? [{ required: true }] : undefined}
          >
            {inputFor(f)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
