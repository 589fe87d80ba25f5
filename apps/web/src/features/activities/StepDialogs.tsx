import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { TActivityDecision, TActivityFinish, TActivityDetail } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

/** Finishing: summary, attendance and the attendee names (private: never on the portal). */
export function FinishDialog({
  open,
  activity,
  busy,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  activity: TActivityDetail;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (body: TActivityFinish) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ summary: string; attendance: number; attendees?: string }>();
  useEffect(() => {
    if (open)
      form.setFieldsValue({
        summary: activity.summary ?? '',
        attendance: activity.attendance ?? undefined,
        attendees: activity.attendees.join('\n'),
      });
  }, [open, activity, form]);
  const required = (field: string) => [{ required: true, message: t('act.form.required', { field }) }];
  return (
    <Modal
      open={open}
      title={t('act.finish.title')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'act-finish-ok' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          onSubmit({
            summary: v.summary,
            attendance: v.attendance,
            attendees: (v.attendees ?? '')
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
      >
        <Form.Item name="summary" label={t('act.finish.summary')} rules={required(t('act.finish.summary'))}>
          <Input.TextArea rows={4} maxLength={5000} data-testid="act-finish-summary" />
        </Form.Item>
        <Form.Item name="attendance" label={t('act.finish.attendance')} rules={required(t('act.finish.attendance'))}>
          <InputNumber
            min={0}
            precision={0}
            inputMode="numeric"
            style={{ width: '100%' }}
            data-testid="act-finish-attendance"
          />
        </Form.Item>
        <Form.Item name="attendees" label={t('act.finish.attendees')}>
          <Input.TextArea rows={4} data-testid="act-finish-attendees" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Approve/refuse an approval, or publish/return in review; refusing and returning need a reason. */
export function DecisionDialog({
  open,
  kind,
  busy,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  kind: 'decide_approval' | 'review' | 'unpublish';
  busy: boolean;
  onCancel: () => void;
  onSubmit: (body: TActivityDecision) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ approved: boolean; reason?: string }>();
  const approved = Form.useWatch('approved', form);
  const reasonNeeded = kind === 'unpublish' || approved === false;
  const [yes, no] =
    kind === 'decide_approval'
      ? (['act.step.approve', 'act.step.refuse'] as const)
      : (['act.step.publish', 'act.step.return'] as const);
  return (
    <Modal
      open={open}
      title={t(`act.step.${kind}`)}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'act-decision-ok' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ approved: kind !== 'unpublish' }}
        onFinish={(v) =>
          onSubmit({ approved: kind === 'unpublish' ? false : v.approved, reason: v.reason?.trim() || undefined })
        }
      >
        {kind !== 'unpublish' && (
          <Form.Item name="approved">
            <Radio.Group
              data-testid="act-decision"
              options={[
                { value: true, label: t(yes) },
                { value: false, label: t(no) },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('act.step.reason')}
          rules={reasonNeeded ? [{ required: true, whitespace: true, message: t('act.step.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="act-decision-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
