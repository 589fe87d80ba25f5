import { App, Button, Checkbox, Drawer, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import {
  REGISTERED_ORG_TYPES,
  SPOT_CHECK_ITEMS,
  SPOT_CHECK_KINDS,
  SPOT_CHECK_MODES,
  SPOT_CHECK_PURPOSES,
  type SpotCheckItem,
  type SpotCheckKind,
  type SpotCheckMode,
  type SpotCheckPurpose,
} from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { createPlan, spotKeys } from './api';

interface Values {
  year: number;
  title: string;
  kind: SpotCheckKind;
  purpose: SpotCheckPurpose;
  /** Percent in the form; basis points on the wire (⌈N × p⌉ in integers). */
  share: number;
  weighted: boolean;
  types: string[];
  items: SpotCheckItem[];
  mode: SpotCheckMode;
  inspectorsPerCheck: number;
}

/** 制定计划: the server checks the floor of the bureau's level and answers beside the share field. */
export function NewPlanDrawer({
  open,
  campaignId = null,
  onClose,
}: {
  open: boolean;
  campaignId?: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      createPlan({
        year: v.year,
        title: v.title.trim(),
        kind: v.kind,
        purpose: v.purpose,
        shareBp: Math.round(v.share * 100),
        weighted: v.weighted,
        types: v.types,
        items: v.items,
        mode: v.mode,
        inspectorsPerCheck: v.inspectorsPerCheck,
        campaignId,
      }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: spotKeys.all });
      message.success(t('spotChecks.saved'));
      form.resetFields();
      onClose();
      void navigate(`/spot-check-plans/${saved.id}`);
    },
    onError: (err) => {
      // The API names `shareBp`; its message belongs beside the percent field.
      const share = isApiError(err) ? err.fields.shareBp : undefined;
      if (share) form.setFields([{ name: 'share', errors: [share] }]);
      else handleError(err, { form });
    },
  });
  const required = { required: true, message: t('spotChecks.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('spotChecks.new')}
      size={520}
      forceRender
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="spot-plan-submit">
          {t('common.save')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          year: new Date().getFullYear(),
          title: '',
          kind: 'regular',
          purpose: 'check',
          share: 5,
          weighted: false,
          types: [],
          items: ['annual_report', 'disclosure', 'governance', 'finances', 'activities'],
          mode: 'on_site',
          inspectorsPerCheck: 2,
        }}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
      >
        <Form.Item name="title" label={t('spotChecks.field.title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} data-testid="spot-plan-title" />
        </Form.Item>
        <Form.Item name="year" label={t('spotChecks.field.year')} rules={[required]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('spotChecks.field.kind')}>
          <Select options={SPOT_CHECK_KINDS.map((k) => ({ value: k, label: t(`spotChecks.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="purpose" label={t('spotChecks.field.purpose')}>
          <Select options={SPOT_CHECK_PURPOSES.map((k) => ({ value: k, label: t(`spotChecks.purpose.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="share"
          label={t('spotChecks.field.share')}
          extra={t('spotChecks.field.shareHelp')}
          rules={[required]}
        >
          <InputNumber
            min={0.01}
            max={100}
            step={0.5}
            precision={2}
            style={{ width: '100%' }}
            data-testid="spot-plan-share"
          />
        </Form.Item>
        <Form.Item name="weighted" label={t('spotChecks.field.weighted')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="types" label={t('spotChecks.field.types')}>
          <Select mode="multiple" options={REGISTERED_ORG_TYPES.map((k) => ({ value: k, label: t(`orgType.${k}`) }))} />
        </Form.Item>
        <Form.Item name="items" label={t('spotChecks.field.items')} rules={[required]}>
          <Checkbox.Group options={SPOT_CHECK_ITEMS.map((k) => ({ value: k, label: t(`spotChecks.item.${k}`) }))} />
        </Form.Item>
        <Form.Item name="mode" label={t('spotChecks.field.mode')}>
          <Select options={SPOT_CHECK_MODES.map((k) => ({ value: k, label: t(`spotChecks.mode.${k}`) }))} />
        </Form.Item>
        <Form.Item name="inspectorsPerCheck" label={t('spotChecks.field.inspectorsPerCheck')}>
          <InputNumber min={2} max={5} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
