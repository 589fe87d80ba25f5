import { Alert, App, Button, Drawer, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PENALTY_KINDS } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { yuanToFen } from '../../lib/money';
import { creditKeys, enterPenalty } from './api';
import { CreditDatePicker, OrgPicker } from './formBits';
import type { PickedOrg } from './formBits';

interface Values {
  orgId?: number;
  decisionNumber: string;
  kinds: (typeof PENALTY_KINDS)[number][];
  /** Typed in 元; named as the API names the field so its messages land here. */
  fineFen?: string;
  confiscatedFen?: string;
  decidedOn: Dayjs | null;
  decidedBy: string;
}

const YUAN = /^\d+(\.\d{1,2})?$/;
const fen = (yuan: string | undefined) => (yuan?.trim() ? yuanToFen(yuan) : null);

/** A warning or fine decided by another department: it counts for the lists like the bureau's own. */
export function PenaltyDrawer({ open, onClose, org }: { open: boolean; onClose: () => void; org?: PickedOrg }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      enterPenalty({
        orgId: v.orgId ?? 0,
        decisionNumber: v.decisionNumber.trim(),
        kinds: v.kinds,
        fineFen: fen(v.fineFen),
        confiscatedFen: fen(v.confiscatedFen),
        decidedOn: v.decidedOn?.format('YYYY-MM-DD') ?? '',
        decidedBy: v.decidedBy.trim(),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: creditKeys.all });
      message.success(t('credit.saved'));
      form.resetFields();
      onClose();
    },
    onError: (err) => handleError(err, { form }),
  });
  const required = { required: true, message: t('credit.required') };
  const money = { pattern: YUAN, message: t('credit.field.fine') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('credit.action.penalty')}
      size={480}
      forceRender
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => form.submit()}
          data-testid="credit-penalty-submit"
        >
          {t('common.save')}
        </Button>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('credit.penaltyHint')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ orgId: org?.id, decisionNumber: '', kinds: ['warning'], decidedOn: dayjs(), decidedBy: '' }}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
        data-testid="credit-penalty-form"
      >
        <Form.Item name="orgId" label={t('credit.field.org')} rules={[required]}>
          <OrgPicker known={org} data-testid="credit-penalty-org" />
        </Form.Item>
        <Form.Item
          name="decisionNumber"
          label={t('credit.field.decisionNumber')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={100} data-testid="credit-penalty-number" />
        </Form.Item>
        <Form.Item name="kinds" label={t('credit.field.kinds')} rules={[required]}>
          <Select
            mode="multiple"
            options={PENALTY_KINDS.map((k) => ({ value: k, label: t(`credit.penaltyKind.${k}`) }))}
            data-testid="credit-penalty-kinds"
          />
        </Form.Item>
        <Form.Item name="fineFen" label={t('credit.field.fine')} rules={[money]}>
          <Input inputMode="decimal" suffix="元" data-testid="credit-penalty-fine" />
        </Form.Item>
        <Form.Item name="confiscatedFen" label={t('credit.field.confiscated')} rules={[money]}>
          <Input inputMode="decimal" suffix="元" data-testid="credit-penalty-confiscated" />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('credit.field.decidedOn')} rules={[required]}>
          <CreditDatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="credit-penalty-date" />
        </Form.Item>
        <Form.Item name="decidedBy" label={t('credit.field.decidedBy')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} data-testid="credit-penalty-by" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
