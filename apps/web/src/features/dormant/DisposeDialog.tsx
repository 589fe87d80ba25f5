import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { DORMANT_DISPOSALS, type DormantDisposal, type TDormantCandidate } from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { dispose } from './api';
import { EvidenceInput } from './EvidenceInput';
import { SignalTags } from './SignalTags';

interface Values {
  disposal?: DormantDisposal;
  note: string;
  decisionRef?: string;
  basis?: string;
  evidence: UploadedFile[];
}

const DECIDED: readonly DormantDisposal[] = ['revoke', 'deregister'];

/**
 * 处置: 注销 / 撤销 need the decision's number and basis (撤销 changes the register and is announced);
 * 整改 / 激活 need evidence. A 409 (someone disposed first) reloads the table.
 */
export function DisposeDialog({
  campaignId,
  candidate,
  onClose,
  onDone,
}: {
  campaignId: number;
  candidate: TDormantCandidate;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const disposal = Form.useWatch('disposal', form);
  const decided = !!disposal && DECIDED.includes(disposal);
  const send = useMutation({
    mutationFn: (v: Values) =>
      dispose(campaignId, candidate.id, {
        disposal: v.disposal!,
        note: v.note,
        evidence: v.evidence.map((f) => f.id),
        ...(DECIDED.includes(v.disposal!) ? { decisionRef: v.decisionRef, basis: v.basis } : {}),
        version: candidate.version,
      }),
    onSuccess: () => {
      message.success(t('dormant.disposed'));
      onDone();
    },
    onError: (err) => handleError(err, { form, onStale: onDone }),
  });

  return (
    <Modal
      open
      title={t('dormant.dispose.title', { name: candidate.orgName })}
      okText={t('dormant.dispose.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={send.isPending}
      okButtonProps={{ 'data-testid': 'dispose-submit', danger: disposal === 'revoke' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="dispose-dialog"
    >
      <div style={{ marginBottom: 12 }}>
        <SignalTags signals={candidate.signals} />
      </div>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ note: '', evidence: [] }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item
          name="disposal"
          label={t('dormant.dispose.disposal')}
          rules={[{ required: true, message: t('dormant.dispose.disposalRequired') }]}
        >
          <Radio.Group
            optionType="button"
            options={DORMANT_DISPOSALS.map((d) => ({ value: d, label: t(`dormant.disposal.${d}`) }))}
            data-testid="dispose-disposal"
          />
        </Form.Item>
        {disposal === 'revoke' && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('dormant.dispose.revokeWarning')} />
        )}
        {decided && (
          <>
            <Form.Item
              name="decisionRef"
              label={t('dormant.dispose.decisionRef')}
              rules={[{ required: true, whitespace: true, message: t('dormant.dispose.decisionRefRequired') }]}
            >
              <Input maxLength={100} data-testid="dispose-decisionRef" />
            </Form.Item>
            <Form.Item
              name="basis"
              label={t('dormant.dispose.basis')}
              rules={[{ required: true, whitespace: true, message: t('dormant.dispose.basisRequired') }]}
            >
              <Input maxLength={300} data-testid="dispose-basis" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="note"
          label={t('dormant.dispose.note')}
          rules={[{ required: true, whitespace: true, message: t('dormant.dispose.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="dispose-note" />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('dormant.dispose.evidence')}
          dependencies={['disposal']}
          rules={[
            {
              validator: (_, v: UploadedFile[] | undefined) => {
                const d = form.getFieldValue('disposal') as DormantDisposal | undefined;
                return d && !DECIDED.includes(d) && (v ?? []).length === 0
                  ? Promise.reject(new Error(t('dormant.dispose.evidenceRequired')))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <EvidenceInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
