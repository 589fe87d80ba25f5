import { Alert, App, Button, Drawer, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { CREDIT_GROUNDS, CREDIT_LISTS, GROUNDS, type CreditGround, type CreditList } from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { createListing, creditKeys } from './api';
import { CreditDatePicker, EvidenceField, OrgPicker } from './formBits';
import type { PickedOrg } from './formBits';

interface Values {
  orgId?: number;
  list: CreditList;
  ground?: CreditGround;
  occurredOn: Dayjs | null;
  detail: string;
  evidence: UploadedFile[];
}

/** Only grounds staff decide with evidence; the others arrive from other modules' events and the daily rules. */
export const manualGrounds = (list: CreditList) =>
  CREDIT_GROUNDS.filter((g) => GROUNDS[g].list === list && GROUNDS[g].entry === 'manual');

/** 列入名录: an organization, a manual ground of one list, its date, the facts and the evidence. */
export function NewListingDrawer({ open, onClose, org }: { open: boolean; onClose: () => void; org?: PickedOrg }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const list = Form.useWatch('list', form) ?? 'abnormal';
  const ground = Form.useWatch('ground', form);

  const save = useMutation({
    mutationFn: (v: Values) =>
      createListing({
        orgId: v.orgId ?? 0,
        list: v.list,
        ground: v.ground!,
        occurredOn: v.occurredOn?.format('YYYY-MM-DD') ?? '',
        detail: v.detail.trim(),
        evidence: v.evidence.map((f) => f.id),
      }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: creditKeys.all });
      message.success(t('credit.saved'));
      form.resetFields();
      onClose();
      void navigate(`/credit-listings/${saved.id}`);
    },
    onError: (err) => handleError(err, { form }),
  });

  const required = { required: true, message: t('credit.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('credit.action.list')}
      size={480}
      forceRender
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="credit-new-submit">
          {t('common.save')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ orgId: org?.id, list: 'abnormal', occurredOn: dayjs(), detail: '', evidence: [] }}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
        data-testid="credit-new-form"
      >
        <Form.Item name="orgId" label={t('credit.field.org')} rules={[required]}>
          <OrgPicker known={org} data-testid="credit-new-org" />
        </Form.Item>
        <Form.Item name="list" label={t('credit.field.list')} rules={[required]}>
          <Select
            options={CREDIT_LISTS.map((l) => ({ value: l, label: t(`credit.list.${l}`) }))}
            onChange={() => form.setFieldValue('ground', undefined)}
            data-testid="credit-new-list"
          />
        </Form.Item>
        <Form.Item name="ground" label={t('credit.field.ground')} rules={[required]} extra={t('credit.manualHint')}>
          <Select
            options={manualGrounds(list).map((g) => ({ value: g, label: t(`credit.ground.${g}`) }))}
            popupMatchSelectWidth={false}
            data-testid="credit-new-ground"
          />
        </Form.Item>
        {ground === 'unreachable' && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('credit.unreachableHint')} />
        )}
        <Form.Item name="occurredOn" label={t('credit.field.occurredOn')} rules={[required]}>
          <CreditDatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="credit-new-date" />
        </Form.Item>
        <Form.Item name="detail" label={t('credit.field.detail')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="credit-new-detail" />
        </Form.Item>
        <Form.Item name="evidence" label={t('credit.field.evidence')}>
          <EvidenceField data-testid="credit-new-evidence" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
