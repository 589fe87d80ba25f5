import { App, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreditGround, TCreditListing } from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { creditKeys, fulfilGround, removeListing } from './api';
import { CreditDatePicker, EvidenceField } from './formBits';

function useDone(onClose: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return {
    refresh: () => void queryClient.invalidateQueries({ queryKey: creditKeys.all }),
    done: () => {
      void queryClient.invalidateQueries({ queryKey: creditKeys.all });
      message.success(t('credit.saved'));
      onClose();
    },
  };
}

/** 已履行义务: the obligation behind one ground is met (the org may then apply, or the listing may leave). */
export function FulfilDialog({
  listing,
  ground,
  onClose,
}: {
  listing: TCreditListing;
  ground: TCreditGround | null;
  onClose: () => void;
}) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<{ fulfilledOn: Dayjs | null; note: string }>();
  const { done, refresh } = useDone(onClose);
  const save = useMutation({
    mutationFn: (v: { fulfilledOn: Dayjs | null; note: string }) =>
      fulfilGround(listing.id, {
        groundId: ground!.id,
        fulfilledOn: v.fulfilledOn?.format('YYYY-MM-DD') ?? '',
        note: v.note.trim() || undefined,
        version: listing.version,
      }),
    onSuccess: done,
    onError: (err) => handleError(err, { form, onStale: refresh }),
  });
  return (
    <Modal
      open={ground !== null}
      title={t('credit.fulfil.title')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'credit-fulfil-submit' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ fulfilledOn: dayjs(), note: '' }} onFinish={save.mutate}>
        <Form.Item
          name="fulfilledOn"
          label={t('credit.field.fulfilledOn')}
          rules={[{ required: true, message: t('credit.required') }]}
        >
          <CreditDatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('credit.field.note')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RemoveValues {
  basis: string;
  evidence: UploadedFile[];
}

/** Those listed for revocation or withdrawal leave once deregistration is complete. */
export function RemoveDialog({
  listing,
  open,
  onClose,
}: {
  listing: TCreditListing;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<RemoveValues>();
  const { done, refresh } = useDone(onClose);
  const save = useMutation({
    mutationFn: (v: RemoveValues) =>
      removeListing(listing.id, {
        reason: 'deregistration_completed',
        basis: v.basis.trim(),
        evidence: v.evidence.map((f) => f.id),
        version: listing.version,
      }),
    onSuccess: done,
    onError: (err) => handleError(err, { form, onStale: refresh }),
  });
  return (
    <Modal
      open={open}
      title={t('credit.remove.title')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: save.isPending, 'data-testid': 'credit-remove-submit' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ basis: '', evidence: [] }} onFinish={save.mutate}>
        <Form.Item
          name="basis"
          label={t('credit.field.basis')}
          rules={[{ required: true, whitespace: true, message: t('credit.required') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="credit-remove-basis" />
        </Form.Item>
        <Form.Item name="evidence" label={t('credit.field.evidence')}>
          <EvidenceField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
