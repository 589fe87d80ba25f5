import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CREDIT_REQUEST_KINDS, type CreditRequestKind, type TCreditListing } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import type { UploadedFile } from '../../components/FileUpload';
import { errorText, splitFieldErrors, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { createRequest, creditKeys } from './api';
import { EvidenceField } from './formBits';

interface Values {
  kind: CreditRequestKind;
  reason: string;
  evidence: UploadedFile[];
}
const FIELDS = ['kind', 'reason', 'evidence'] as const;

/**
 * 申请移出 / 异议 / 信用修复 on one listing. The form says when each is allowed; whether it is, the API decides,
 * and its refusal is shown beside the request type (or beside the field it names).
 */
export function RequestDialog({
  listing,
  kind,
  onClose,
}: {
  listing: TCreditListing;
  kind: CreditRequestKind | null;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('kind', form) ?? kind ?? 'removal';

  const save = useMutation({
    mutationFn: (v: Values) =>
      createRequest({
        listingId: listing.id,
        kind: v.kind,
        reason: v.reason.trim(),
        evidence: v.evidence.map((e) => e.id),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: creditKeys.all });
      message.success(t('credit.my.submitted'));
      form.resetFields();
      onClose();
    },
    onError: (err) => {
      if (!isApiError(err) || err.status === 0 || err.status >= 500 || err.code === 'STALE_VERSION') {
        handleError(err);
        return;
      }
      // A refusal (not yet removable, grounds not met…) belongs beside the request type, not in a toast.
      const { matched, unmatched } = splitFieldErrors(err.fields, FIELDS);
      const rest = err.hasFields ? unmatched : [errorText(err, lang, t)];
      form.setFields([...matched, ...(rest.length > 0 ? [{ name: 'kind' as const, errors: rest }] : [])]);
    },
  });

  const help =
    chosen === 'repair'
      ? t('credit.my.help.repair', { date: f.date(listing.removableFrom) })
      : t(`credit.my.help.${chosen}`);
  return (
    <Modal
      open={kind !== null}
      title={t(`credit.my.apply.${chosen}`)}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'credit-request-submit' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={help} data-testid="credit-request-help" />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: kind ?? 'removal', reason: '', evidence: [] }}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
        data-testid="credit-request-form"
      >
        <Form.Item name="kind" label={t('credit.field.kind')}>
          <Select
            options={CREDIT_REQUEST_KINDS.map((k) => ({ value: k, label: t(`credit.kind.${k}`) }))}
            data-testid="credit-request-kind"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('credit.field.reason')}
          rules={[{ required: true, whitespace: true, message: t('credit.required') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="credit-request-reason" />
        </Form.Item>
        <Form.Item name="evidence" label={t('credit.field.evidence')}>
          <EvidenceField data-testid="credit-request-evidence" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
