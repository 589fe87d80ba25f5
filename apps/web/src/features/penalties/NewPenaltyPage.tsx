import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { OrgPicker } from '../credit/formBits';
import { createPenalty } from './api';

interface Values {
  orgId?: number;
  title: string;
  facts: string;
}

/** `/penalties/new?caseId=`: 立案, optionally from a coordinated case (the case page links here). */
export default function NewPenaltyPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const caseId = Number(useSearchParams()[0].get('caseId')) || undefined;
  const save = useMutation({
    mutationFn: (v: Values) =>
      createPenalty({
        orgId: v.orgId ?? 0,
        title: v.title.trim(),
        facts: v.facts.trim(),
        ...(caseId ? { caseId } : {}),
      }),
    onSuccess: (p) => {
      message.success(t('penalties.saved'));
      void navigate(`/penalties/${p.id}`);
    },
    onError: (err) => handleError(err, { form }),
  });
  const required = { required: true, whitespace: true, message: t('penalties.required') };
  return (
    <>
      <PageHeader title={t('penalties.new.title')} />
      <Card style={{ maxWidth: 720 }}>
        {caseId && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('penalties.new.caseLinked', { id: String(caseId) })}
            data-testid="penalty-case-linked"
          />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ title: '', facts: '' }}
          onFinish={(v) => save.mutate(v)}
          disabled={save.isPending}
          data-testid="penalty-new-form"
        >
          <Form.Item
            name="orgId"
            label={t('penalties.field.org')}
            rules={[{ required: true, message: t('penalties.required') }]}
          >
            <OrgPicker data-testid="penalty-org" />
          </Form.Item>
          <Form.Item name="title" label={t('penalties.field.title')} rules={[required]}>
            <Input maxLength={200} data-testid="penalty-title" />
          </Form.Item>
          <Form.Item name="facts" label={t('penalties.field.facts')} rules={[required]}>
            <Input.TextArea rows={5} maxLength={5000} data-testid="penalty-facts" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="penalty-submit">
            {t('penalties.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
