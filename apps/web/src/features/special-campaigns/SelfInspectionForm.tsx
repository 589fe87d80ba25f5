import { App, Button, Checkbox, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSelfInspection, TSelfInspectionAnswer } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { campaignKeys, submitSelfInspection } from './api';
import { useNestedFormErrors } from './useFormErrors';

type AnswerValues = Record<string, { value?: TSelfInspectionAnswer['value']; problem?: boolean; note?: string }>;

/** The campaign's form as the organization fills it: one input per question, a problem flag and its note. */
export function SelfInspectionForm({ si }: { si: TSelfInspection }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ answers: AnswerValues }>();
  const handleError = useNestedFormErrors(form);
  const editable = si.campaign.status === 'open' && (si.rectification === 'none' || si.rectification === 'pending');
  const initial: AnswerValues = Object.fromEntries(
    (si.answers ?? []).map((a) => [a.key, { value: a.value, problem: a.problem, note: a.note }]),
  );
  const submit = useMutation({
    mutationFn: (v: { answers: AnswerValues }) =>
      submitSelfInspection(si.id, {
        answers: si.form.questions.map((q) => {
          const a = v.answers?.[q.key] ?? {};
          return { key: q.key, value: a.value ?? null, problem: !!a.problem, note: a.note ?? '' };
        }),
        version: si.version,
      }),
    onSuccess: () => {
      message.success(t('sc.my.submitted'));
      void queryClient.invalidateQueries({ queryKey: campaignKeys.mine });
    },
    onError: handleError,
  });
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={{ answers: initial }}
      onFinish={(v) => submit.mutate(v)}
      data-testid={`si-form-${si.id}`}
    >
      {si.form.questions.map((q, i) => (
        <div key={q.key} data-testid={`si-q-${q.key}`}>
          <Form.Item name={['answers', q.key, 'value']} label={`${i + 1}. ${q.text}`} required={q.required}>
            {q.kind === 'yes_no' ? (
              <Radio.Group
                options={[
                  { value: true, label: t('sc.my.yes') },
                  { value: false, label: t('sc.my.no') },
                ]}
              />
            ) : q.kind === 'number' ? (
              <InputNumber style={{ width: '100%', maxWidth: 240 }} data-testid={`si-${q.key}-value`} />
            ) : (
              <Input.TextArea autoSize maxLength={2000} data-testid={`si-${q.key}-value`} />
            )}
          </Form.Item>
          <Form.Item name={['answers', q.key, 'problem']} valuePropName="checked" style={{ marginTop: -12 }}>
            <Checkbox data-testid={`si-${q.key}-problem`}>{t('sc.my.problem')}</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue(['answers', q.key, 'problem']) && (
                <Form.Item name={['answers', q.key, 'note']} label={t('sc.my.note')}>
                  <Input.TextArea autoSize maxLength={1000} data-testid={`si-${q.key}-note`} />
                </Form.Item>
              )
            }
          </Form.Item>
        </div>
      ))}
      {editable && (
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid={`si-submit-${si.id}`}>
            {si.status === 'submitted' ? t('sc.my.resubmit') : t('sc.my.submit')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
