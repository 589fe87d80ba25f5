import { useState } from 'react';
import { Alert, Button, Drawer, Form, Input, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { CASE_SOURCES, type CaseSource } from '@shezu/contracts';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { OrgPicker } from '../credit/formBits';
import { caseKeys, createCase } from './api';

interface Values {
  orgId: number;
  source: CaseSource;
  sourceRef?: string;
  title: string;
  detail: string;
}

/** 立案 by hand: a referral from another department (部门移送) or any other source; then the case page. */
export function NewCaseDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const req = [{ required: true, whitespace: true, message: t('cases.form.required') }];
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const { id } = await createCase({ ...v, sourceRef: v.sourceRef?.trim() || undefined, partnerUnitIds: [] });
      await qc.invalidateQueries({ queryKey: caseKeys.all });
      form.resetFields();
      onClose();
      void navigate(`/supervision-cases/${id}`);
    } catch (e) {
      setError(errorText(e, lang, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('cases.action.new')} size={480} destroyOnHidden>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form form={form} layout="vertical" initialValues={{ source: 'referral' }} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="orgId"
          label={t('cases.col.org')}
          rules={[{ required: true, message: t('cases.form.required') }]}
        >
          <OrgPicker data-testid="new-case-org" />
        </Form.Item>
        <Form.Item name="source" label={t('cases.col.source')} rules={[{ required: true }]}>
          <Select options={CASE_SOURCES.map((s) => ({ value: s, label: t(`cases.source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="sourceRef" label={t('cases.form.sourceRef')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('cases.col.title')} rules={req}>
          <Input maxLength={200} data-testid="new-case-title" />
        </Form.Item>
        <Form.Item name="detail" label={t('cases.detail.detail')} rules={req}>
          <Input.TextArea rows={5} maxLength={5000} data-testid="new-case-detail" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="new-case-submit">
          {t('cases.action.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
