import { App, Button, Drawer, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { creditKeys, recordLetter } from './api';
import { CreditDatePicker, OrgPicker } from './formBits';
import type { PickedOrg } from './formBits';

interface Values {
  orgId?: number;
  sentOn: Dayjs | null;
  trackingNo: string;
  signed: boolean;
  note: string;
}

/** A registered letter to the registered address: two unsigned ones 20–60 days apart make 无法取得联系. */
export function LetterDrawer({ open, onClose, org }: { open: boolean; onClose: () => void; org?: PickedOrg }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordLetter({
        orgId: v.orgId ?? 0,
        sentOn: v.sentOn?.format('YYYY-MM-DD') ?? '',
        trackingNo: v.trackingNo.trim(),
        signed: v.signed,
        ...(v.note.trim() ? { note: v.note.trim() } : {}),
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
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('credit.action.letter')}
      size={440}
      forceRender
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => form.submit()}
          data-testid="credit-letter-submit"
        >
          {t('common.save')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ orgId: org?.id, sentOn: dayjs(), trackingNo: '', signed: false, note: '' }}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
        data-testid="credit-letter-form"
      >
        <Form.Item name="orgId" label={t('credit.field.org')} rules={[required]}>
          <OrgPicker known={org} data-testid="credit-letter-org" />
        </Form.Item>
        <Form.Item name="sentOn" label={t('credit.field.sentOn')} rules={[required]}>
          <CreditDatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="trackingNo" label={t('credit.field.trackingNo')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={50} data-testid="credit-letter-tracking" />
        </Form.Item>
        <Form.Item name="signed" label={t('credit.field.signed')}>
          <Radio.Group
            options={[
              { value: false, label: t('portal.no') },
              { value: true, label: t('portal.yes') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('credit.field.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
