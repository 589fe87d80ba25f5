import { use, useState } from 'react';
import { Alert, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { ACTIVITY_KINDS, DEFAULT_APPROVAL_KINDS, type TActivityInput } from '@shezu/contracts';
import { can, MeContext } from '../../app/session';
import { useI18n } from '../../lib/i18n';
import { activityKeys, fetchSettings } from './api';
import { approvalHint, BUDGET_PATTERN, toInput, validate, type ActivityFormValues } from './activityForm';

const FIELDS = ['title', 'kind', 'startsOn', 'endsOn', 'place', 'expectedParticipants', 'budgetYuan', 'description'];

/**
 * The activity form, one column so it fits a 375 px phone. The contract's rules run before sending; the API's
 * field messages (4xx) come back through `onSubmit` throwing and land beside the same fields.
 */
export function ActivityForm({
  initial,
  submitting,
  onSubmit,
  today = dayjs().format('YYYY-MM-DD'),
}: {
  initial?: ActivityFormValues;
  submitting?: boolean;
  onSubmit: (input: TActivityInput, form: ReturnType<typeof Form.useForm<ActivityFormValues>>[0]) => void;
  today?: string;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ActivityFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  // The bureau's settings decide which kinds need approval: staff read their own, an organization account its
  // registering bureau's (GET /api/activity-settings answers both); anyone else gets the defaults.
  const me = use(MeContext);
  const mayRead = !!me && (can(me, 'activities.decide') || can(me, 'activities.post'));
  const settings = useQuery({
    queryKey: activityKeys.settings,
    queryFn: fetchSettings,
    retry: false,
    enabled: mayRead,
  });
  const kind = Form.useWatch('kind', form);
  const startsOn = Form.useWatch('startsOn', form);
  const hint = approvalHint(
    kind,
    startsOn ? startsOn.format('YYYY-MM-DD') : null,
    today,
    settings.data?.approvalKinds ?? DEFAULT_APPROVAL_KINDS,
  );

  const finish = (values: ActivityFormValues) => {
    const input = toInput(values);
    const errors = validate(input);
    const entries = Object.entries(errors);
    if (entries.length > 0) {
      const known = entries.filter(([k]) => FIELDS.includes(k) || k.startsWith('partners.'));
      form.setFields(
        known.map(([k, msg]) => ({
          name: k.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          errors: [msg],
        })) as Parameters<typeof form.setFields>[0],
      );
      const other = entries.filter(([k]) => !known.some(([n]) => n === k)).map(([, m]) => m);
      setFormError(other.length ? other.join('；') : null);
      return;
    }
    setFormError(null);
    onSubmit(input, form);
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial ?? { partners: [] }} onFinish={finish}>
      <Form.Item name="title" label={t('act.form.title')}>
        <Input maxLength={100} data-testid="act-title" />
      </Form.Item>
      <Form.Item name="kind" label={t('act.form.kind')}>
        <Select data-testid="act-kind" options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`act.kind.${k}`) }))} />
      </Form.Item>
      {hint && (
        <Alert
          type={hint.late ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="act-approval-hint"
          title={
            hint.dueOn
              ? t(hint.late ? 'act.form.approvalLate' : 'act.form.needsApproval', { due: hint.dueOn, days: hint.days })
              : t('act.form.needsApprovalNoDate', { days: hint.days })
          }
        />
      )}
      <Flex gap={12} wrap>
        <Form.Item name="startsOn" label={t('act.form.startsOn')} style={{ flex: '1 1 140px' }}>
          <DatePicker style={{ width: '100%' }} inputReadOnly data-testid="act-starts" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('act.form.endsOn')} style={{ flex: '1 1 140px' }}>
          <DatePicker style={{ width: '100%' }} inputReadOnly data-testid="act-ends" />
        </Form.Item>
      </Flex>
      <Form.Item name="place" label={t('act.form.place')}>
        <Input maxLength={200} data-testid="act-place" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="expectedParticipants" label={t('act.form.expected')} style={{ flex: '1 1 140px' }}>
          <InputNumber style={{ width: '100%' }} min={1} precision={0} inputMode="numeric" data-testid="act-expected" />
        </Form.Item>
        <Form.Item
          name="budgetYuan"
          label={t('act.form.budget')}
          style={{ flex: '1 1 140px' }}
          rules={[{ pattern: BUDGET_PATTERN, message: t('act.form.budgetInvalid') }]}
        >
          <Input inputMode="decimal" data-testid="act-budget" />
        </Form.Item>
      </Flex>
      <Typography.Text strong>{t('act.form.partners')}</Typography.Text>
      <Form.List name="partners">
        {(rows, { add, remove }) => (
          <Flex vertical gap={4} style={{ margin: '8px 0 16px' }}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="flex-start">
                <Form.Item name={[row.name, 'name']} style={{ flex: 2, marginBottom: 8 }}>
                  <Input placeholder={t('act.form.partnerName')} data-testid={`act-partner-${row.name}`} />
                </Form.Item>
                <Form.Item name={[row.name, 'role']} style={{ flex: 1, marginBottom: 8 }}>
                  <Input placeholder={t('act.form.partnerRole')} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label="remove" onClick={() => remove(row.name)} />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', role: '' })} data-testid="act-add-partner">
              {t('act.form.addPartner')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="description" label={t('act.form.description')}>
        <Input.TextArea rows={5} maxLength={5000} data-testid="act-description" />
      </Form.Item>
      {formError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={formError} />}
      <Button type="primary" htmlType="submit" block loading={submitting} data-testid="act-save">
        {t('act.form.save')}
      </Button>
    </Form>
  );
}
