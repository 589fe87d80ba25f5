import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Radio, Result, Select, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { COMPLAINT_CATEGORIES, type TComplaintFiled, type TComplaintUploaded } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { PortalLayout } from '../portal/PortalLayout';
import { fileComplaint } from './api';
import { AttachmentsField } from './AttachmentsField';
import { OrgPicker } from './OrgPicker';

interface Values {
  mode: 'registered' | 'unregistered';
  orgUscc?: string;
  orgName?: string;
  regionCode?: string;
  category?: (typeof COMPLAINT_CATEGORIES)[number];
  content?: string;
  attachments?: TComplaintUploaded[];
  contactName?: string;
  contactPhone?: string;
}

const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** The filed complaint: the tracking number and the one-time lookup code, to be written down. */
function Filed({ filed }: { filed: TComplaintFiled }) {
  const { t } = useI18n();
  const mono = { fontFamily: 'monospace', fontSize: 18 };
  return (
    <Card>
      <Result
        status="success"
        title={t('complaints.new.done')}
        subTitle={t('complaints.new.doneHint')}
        extra={
          <Link to={`/portal/complaints/track?no=${filed.trackingNo}`} data-testid="complaint-track-link">
            <Button type="primary">{t('complaints.track.go')}</Button>
          </Link>
        }
      >
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('complaints.trackingNo')}>
            <Typography.Text copyable style={mono} data-testid="complaint-tracking-no">
              {filed.trackingNo}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.lookupCode')}>
            <Typography.Text copyable style={mono} data-testid="complaint-lookup-code">
              {filed.lookupCode}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('complaints.new.authority', { name: filed.authorityName })}
        </Typography.Paragraph>
      </Result>
    </Card>
  );
}

/** `/portal/complaints/new`: the public complaint form (no login), one column so it fits a phone. */
export default function ComplaintFormPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const [filed, setFiled] = useState<TComplaintFiled | null>(null);
  const mode = Form.useWatch('mode', form) ?? 'registered';
  const submit = useMutation({
    mutationFn: (v: Values) =>
      fileComplaint({
        ...(v.mode === 'registered'
          ? { orgUscc: v.orgUscc }
          : { orgName: blank(v.orgName), regionCode: v.regionCode ?? undefined }),
        category: v.category!,
        content: v.content ?? '',
        contactName: blank(v.contactName),
        contactPhone: blank(v.contactPhone),
        attachments: (v.attachments ?? []).map((a) => ({ fileId: a.fileId, token: a.token })),
      }),
    onSuccess: setFiled,
    onError: (e) => onError(e, { form }),
  });

  return (
    <PortalLayout>
      <PageHeader title={t('complaints.new.title')} subtitle={t('complaints.new.subtitle')} />
      {filed ? (
        <Filed filed={filed} />
      ) : (
        <Card>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ mode: 'registered', attachments: [] }}
            onFinish={(v) => submit.mutate(v)}
            scrollToFirstError
          >
            <Form.Item name="mode">
              <Radio.Group optionType="button" buttonStyle="solid">
                <Radio.Button value="registered" data-testid="complaint-mode-registered">
                  {t('complaints.new.registered')}
                </Radio.Button>
                <Radio.Button value="unregistered" data-testid="complaint-mode-unregistered">
                  {t('complaints.new.unregistered')}
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
            {mode === 'registered' ? (
              <Form.Item
                name="orgUscc"
                label={t('complaints.new.org')}
                rules={[{ required: true, message: t('complaints.new.orgRequired') }]}
              >
                <OrgPicker />
              </Form.Item>
            ) : (
              <>
                <Form.Item
                  name="orgName"
                  label={t('complaints.new.orgName')}
                  rules={[{ required: true, whitespace: true, message: t('complaints.new.orgNameRequired') }]}
                >
                  <Input size="large" maxLength={200} data-testid="complaint-org-name" />
                </Form.Item>
                <Form.Item
                  name="regionCode"
                  label={t('complaints.new.region')}
                  rules={[{ required: true, message: t('complaints.new.regionRequired') }]}
                >
                  <RegionPicker style={{ width: '100%' }} />
                </Form.Item>
              </>
            )}
            <Form.Item
              name="category"
              label={t('complaints.new.category')}
              rules={[{ required: true, message: t('complaints.new.categoryRequired') }]}
            >
              <Select
                size="large"
                data-testid="complaint-category"
                options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="content"
              label={t('complaints.new.content')}
              extra={t('complaints.new.contentHelp')}
              rules={[{ required: true, min: 10, whitespace: true, message: t('complaints.new.contentRequired') }]}
            >
              <Input.TextArea rows={6} maxLength={4000} showCount data-testid="complaint-content" />
            </Form.Item>
            <Form.Item name="attachments" label={t('complaints.new.attachments')}>
              <AttachmentsField />
            </Form.Item>
            <Typography.Text strong>{t('complaints.new.contact')}</Typography.Text>
            <Form.Item name="contactName" label={t('complaints.new.contactName')} style={{ marginTop: 8 }}>
              <Input maxLength={50} autoComplete="name" data-testid="complaint-contact-name" />
            </Form.Item>
            <Form.Item name="contactPhone" label={t('complaints.new.contactPhone')}>
              <Input maxLength={20} inputMode="tel" autoComplete="tel" data-testid="complaint-contact-phone" />
            </Form.Item>
            <Button
              type="primary"
              size="large"
              htmlType="submit"
              block
              loading={submit.isPending}
              data-testid="complaint-submit"
            >
              {t('complaints.new.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </PortalLayout>
  );
}
