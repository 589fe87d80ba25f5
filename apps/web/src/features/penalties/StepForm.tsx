import { App, Button, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  PENALTY_KINDS,
  PENALTY_SERVICE_METHODS,
  hearingDue,
  type PenaltyAction,
  type PenaltyKind,
  type TPenaltyDetail,
} from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';
import { useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { yuanToFen } from '../../lib/money';
import { penaltyKeys, postStep } from './api';
import { EvidenceField } from './EvidenceField';

type Values = Record<string, unknown>;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const ids = (v: unknown) => ((v as UploadedFile[] | undefined) ?? []).map((f) => f.id);
const fen = (v: unknown) => (typeof v === 'number' ? yuanToFen(v) : null);

/** What each step sends: files become their ids, amounts in 元 become fen. */
function bodyOf(action: PenaltyAction, v: Values): Values {
  switch (action) {
    case 'investigation':
      return { findings: v.findings, evidence: ids(v.evidence) };
    case 'prior_notice':
      return {
        kinds: v.kinds,
        fineFen: fen(v.fineFen),
        confiscatedFen: fen(v.confiscatedFen),
        suspensionMonths: v.suspensionMonths ?? null,
        facts: v.facts,
        basis: v.basis,
      };
    case 'statement':
      return { statement: v.statement, statedOn: v.statedOn, hearingRequested: !!v.hearingRequested };
    case 'hearing_record':
      return { record: v.record, files: ids(v.files) };
    case 'service':
      return { servedOn: v.servedOn, method: v.method, receipt: ids(v.receipt) };
    case 'execution':
      return { executedOn: v.executedOn, note: v.note, files: ids(v.files) };
    default:
      return v;
  }
}

/** The form of the next procedure step; the API checks the order, the periods and who may act. */
export function StepForm({ p, action }: { p: TPenaltyDetail; action: PenaltyAction }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const kinds = (Form.useWatch('kinds', form) as PenaltyKind[] | undefined) ?? [];
  const save = useMutation({
    mutationFn: (v: Values) => postStep(p.id, action, { version: p.version, ...bodyOf(action, v) }),
    onSuccess: (next) => {
      queryClient.setQueryData(penaltyKeys.one(p.id), next);
      void queryClient.invalidateQueries({ queryKey: penaltyKeys.all });
      message.success(t('penalties.saved'));
      form.resetFields();
    },
    onError: (err) => handleError(err, { form }),
  });
  const req = { required: true, message: t('penalties.required') };
  const text = (name: string, label: string, rows = 3) => (
    <Form.Item name={name} label={t(label as never)} rules={[{ ...req, whitespace: true }]}>
      {rows > 1 ? (
        <Input.TextArea rows={rows} data-testid={`penalty-${name}`} />
      ) : (
        <Input data-testid={`penalty-${name}`} />
      )}
    </Form.Item>
  );
  const date = (name: string, label: string) => (
    <Form.Item name={name} label={t(label as never)} rules={[req]}>
      <Input type="date" data-testid={`penalty-${name}`} />
    </Form.Item>
  );
  const files = (name: string, label: string, required = false) => (
    <Form.Item name={name} label={t(label as never)} rules={required ? [req] : []}>
      <EvidenceField data-testid={`penalty-${name}`} />
    </Form.Item>
  );
  const fields: Record<PenaltyAction, React.ReactNode> = {
    investigation: (
      <>
        {text('findings', 'penalties.field.findings')}
        {files('evidence', 'penalties.field.evidence', true)}
      </>
    ),
    prior_notice: (
      <>
        <Form.Item name="kinds" label={t('penalties.field.kinds')} rules={[req]}>
          <Select
            mode="multiple"
            options={PENALTY_KINDS.map((k) => ({ value: k, label: t(`penalties.kind.${k}`) }))}
            data-testid="penalty-kinds"
          />
        </Form.Item>
        {kinds.includes('fine') && (
          <Form.Item name="fineFen" label={t('penalties.field.fine')} rules={[req]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="penalty-fine" />
          </Form.Item>
        )}
        {kinds.includes('confiscation') && (
          <Form.Item name="confiscatedFen" label={t('penalties.field.confiscated')} rules={[req]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {kinds.includes('suspension') && (
          <Form.Item name="suspensionMonths" label={t('penalties.field.months')} rules={[req]}>
            <InputNumber min={1} max={12} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {text('facts', 'penalties.field.noticeFacts', 4)}
        {text('basis', 'penalties.field.basis', 2)}
      </>
    ),
    statement: (
      <>
        {text('statement', 'penalties.field.statement')}
        {date('statedOn', 'penalties.field.statedOn')}
        {hearingDue(p) && (
          <Form.Item name="hearingRequested" label={t('penalties.field.hearingRequested')} valuePropName="checked">
            <Switch data-testid="penalty-hearingRequested" />
          </Form.Item>
        )}
      </>
    ),
    hearing: (
      <>
        {date('hearingOn', 'penalties.field.hearingOn')}
        {text('place', 'penalties.field.place', 1)}
        {text('host', 'penalties.field.host', 1)}
      </>
    ),
    hearing_record: (
      <>
        {text('record', 'penalties.field.record', 4)}
        {files('files', 'penalties.field.evidence')}
      </>
    ),
    review: (
      <>
        <Form.Item name="approved" label={t('penalties.field.approved')} rules={[req]}>
          <Radio.Group
            options={[
              { value: true, label: t('penalties.field.approve') },
              { value: false, label: t('penalties.field.reject') },
            ]}
            data-testid="penalty-approved"
          />
        </Form.Item>
        {text('opinion', 'penalties.field.opinion')}
      </>
    ),
    decision: (
      <>
        {text('reconsiderationBody', 'penalties.field.reconsideration', 1)}
        {text('court', 'penalties.field.court', 1)}
      </>
    ),
    service: (
      <>
        {date('servedOn', 'penalties.field.servedOn')}
        <Form.Item name="method" label={t('penalties.field.method')} rules={[req]}>
          <Select
            options={PENALTY_SERVICE_METHODS.map((m) => ({ value: m, label: t(`penalties.method.${m}`) }))}
            data-testid="penalty-method"
          />
        </Form.Item>
        {files('receipt', 'penalties.field.receipt', true)}
      </>
    ),
    execution: (
      <>
        {date('executedOn', 'penalties.field.executedOn')}
        {text('note', 'penalties.field.note')}
        {files('files', 'penalties.field.evidence')}
      </>
    ),
    close: text('note', 'penalties.field.note'),
  };
  const initial: Values = {
    facts: p.facts,
    basis: p.basis ?? '',
    statedOn: today(),
    servedOn: today(),
    executedOn: today(),
    kinds: p.kinds.length ? p.kinds : undefined,
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => save.mutate(v)}
      disabled={save.isPending}
      data-testid={`penalty-step-${action}`}
    >
      {fields[action]}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="penalty-step-submit">
        {t(`penalties.step.${action}`)}
      </Button>
    </Form>
  );
}
