import { useState, type ReactNode } from 'react';
import { Alert, Form, Input, Modal, Radio, type ButtonProps } from 'antd';
import { useI18n } from '../../lib/i18n';
import { errorText } from '../../lib/errors';

export interface TextDialogValues {
  text: string;
  substantiated?: boolean;
}

/**
 * One text (feedback, a reason, a conclusion) and, for a complaint's case, whether it was true: the small
 * dialogs of the case page share this one.
 */
export function TextDialog({
  open,
  title,
  label,
  askSubstantiated,
  extra,
  testId,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  label: string;
  askSubstantiated?: boolean;
  extra?: ReactNode;
  testId: string;
  onSubmit: (v: TextDialogValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TextDialogValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: TextDialogValues) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(v);
      form.resetFields();
      onClose();
    } catch (e) {
      setError(errorText(e, lang, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={t('cases.action.submit')}
      cancelText={t('cases.action.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': `${testId}-submit` } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {extra}
      {error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} data-testid={`${testId}-error`} />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {askSubstantiated && (
          <Form.Item
            name="substantiated"
            label={t('cases.form.substantiated')}
            rules={[{ required: true, message: t('cases.form.required') }]}
          >
            <Radio.Group data-testid={`${testId}-substantiated`}>
              <Radio value={true} data-testid={`${testId}-substantiated-yes`}>
                {t('cases.yes')}
              </Radio>
              <Radio value={false} data-testid={`${testId}-substantiated-no`}>
                {t('cases.no')}
              </Radio>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="text"
          label={label}
          rules={[{ required: true, whitespace: true, message: t('cases.form.required') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid={`${testId}-text`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
