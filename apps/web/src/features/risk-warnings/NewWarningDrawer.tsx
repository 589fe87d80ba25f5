import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import {
  RISK_WARNING_LEVELS,
  RISK_WARNING_TARGETS,
  type RiskWarningLevel,
  type RiskWarningTarget,
} from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { OrgPicker } from '../credit/formBits';
import { createWarning, warningKeys } from './api';

interface Values {
  orgId?: number;
  level: RiskWarningLevel;
  target: RiskWarningTarget;
  reason: string;
}

/** 发起预警: an organization of the bureau's own registrations, a level, the reason, and to whom it goes. */
export function NewWarningDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      createWarning({ orgId: v.orgId ?? 0, level: v.level, target: v.target, reason: v.reason.trim() }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: warningKeys.all });
      message.success(t('riskWarnings.saved'));
      form.resetFields();
      onClose();
      void navigate(`/risk-warnings/${saved.id}`);
    },
    onError: (err) => handleError(err, { form }),
  });
  const required = { required: true, message: t('riskWarnings.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('riskWarnings.new')}
      size={480}
      forceRender
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="risk-warning-submit">
          {t('common.save')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ level: 'hint', target: 'org', reason: '' }}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
      >
        <Form.Item name="orgId" label={t('riskWarnings.field.org')} rules={[required]}>
          <OrgPicker data-testid="risk-warning-org" />
        </Form.Item>
        <Form.Item name="level" label={t('riskWarnings.field.level')} rules={[required]}>
          <Select options={RISK_WARNING_LEVELS.map((l) => ({ value: l, label: t(`riskWarnings.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="target" label={t('riskWarnings.field.target')} rules={[required]}>
          <Select options={RISK_WARNING_TARGETS.map((x) => ({ value: x, label: t(`riskWarnings.target.${x}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('riskWarnings.field.reason')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="risk-warning-reason" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
