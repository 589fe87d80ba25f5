import { useState } from 'react';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Grid, Input, Row, Select, Skeleton } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MANUAL_DOCUMENT_KINDS } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { errorText, showFieldErrors, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { documentKindLabel } from '../../lib/labels';
import { documentKeys, fetchEffectiveTemplates, issueDocument, previewTemplate, type Document } from './api';
import { initialFieldValues, issueFormPath, toFieldValues, type FormValue } from './fieldValues';
import { TemplateFieldInput } from './TemplateFieldInput';

type Kind = (typeof MANUAL_DOCUMENT_KINDS)[number];

interface IssueForm {
  kind: Kind;
  fields: Record<string, FormValue>;
  linkedType?: string;
  linkedId?: string;
}

/** Issues a notice or letter in the user's own bureau's name, with the fields its current template asks for. */
export function IssueDocumentDrawer({ onClose, onIssued }: { onClose: () => void; onIssued: (doc: Document) => void }) {
  const { lang, t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<IssueForm>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [kind, setKind] = useState<Kind>('notice');
  const [failure, setFailure] = useState<string | null>(null);
  const templates = useQuery({ queryKey: documentKeys.effective, queryFn: fetchEffectiveTemplates });
  const template = templates.data?.find((tpl) => tpl.kind === kind);

  const issue = useMutation({
    mutationFn: (v: IssueForm) =>
      issueDocument({
        kind: v.kind,
        fields: toFieldValues(template!.fields, v.fields ?? {}),
        linkedTo:
          v.linkedType?.trim() && v.linkedId?.trim() ? { type: v.linkedType.trim(), id: v.linkedId.trim() } : null,
      }),
    onSuccess: (doc) => {
      void queryClient.invalidateQueries({ queryKey: documentKeys.all });
      message.success(t('documents.issued', { number: doc.number }));
      onIssued(doc);
    },
    onError: (err) => {
      if (isApiError(err) && err.hasFields) {
        const unmatched: string[] = [];
        const matched = Object.entries(err.fields).flatMap(([path, msg]) => {
          const name = issueFormPath(path);
          if (!name) unmatched.push(msg);
          return name ? [{ name, errors: [msg] }] : [];
        });
        showFieldErrors(form, matched);
        setFailure([errorText(err, lang, t), ...unmatched].join('；'));
        return;
      }
      if (isApiError(err) && err.status === 403) setFailure(errorText(err, lang, t));
      else handleError(err);
    },
  });

  const preview = useMutation({
    mutationFn: () =>
      previewTemplate(template!.id, toFieldValues(template!.fields, form.getFieldValue('fields') ?? {})),
    onError: (err) => handleError(err),
  });

  return (
    <Drawer
      open
      title={t('documents.issueTitle')}
      size={screens.md ? 640 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="document-issue-drawer"
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            icon={<EyeOutlined />}
            disabled={!template}
            loading={preview.isPending}
            onClick={() => preview.mutate()}
          >
            {t('documents.preview')}
          </Button>
          <Button
            type="primary"
            disabled={!template}
            loading={issue.isPending}
            onClick={() => form.submit()}
            data-testid="document-issue-submit"
          >
            {t('documents.issueSubmit')}
          </Button>
        </Flex>
      }
    >
      <Alert type="info" showIcon title={t('documents.issueHint')} style={{ marginBottom: 16 }} />
      {failure && (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="document-issue-error" />
      )}
      <Form<IssueForm>
        form={form}
        layout="vertical"
        initialValues={{ kind }}
        disabled={issue.isPending}
        onFinish={(v) => {
          setFailure(null);
          issue.mutate(v);
        }}
      >
        <Form.Item name="kind" label={t('documents.issueKind')} rules={[{ required: true }]}>
          <Select<Kind>
            options={MANUAL_DOCUMENT_KINDS.map((k) => ({ value: k, label: documentKindLabel(t, k) }))}
            onChange={setKind}
            data-testid="document-issue-kind"
          />
        </Form.Item>
        {templates.isPending ? (
          <Skeleton active />
        ) : !template ? (
          <Alert type="warning" showIcon title={t('documents.templateMissing')} />
        ) : (
          <div key={template.id} data-testid="document-issue-fields">
            {template.fields.map((field) => (
              <TemplateFieldInput key={field.name} field={field} initial={initialFieldValues([field])[field.name]} />
            ))}
          </div>
        )}
        <Divider titlePlacement="start" plain>
          {t('documents.linked')}
        </Divider>
        <Alert type="info" title={t('documents.linkedHint')} style={{ marginBottom: 12 }} />
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="linkedType" label={t('documents.linkedType')}>
              <Input maxLength={40} placeholder="case" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="linkedId" label={t('documents.linkedId')}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
