import { useEffect } from 'react';
import { Button, Col, Divider, Flex, Form, Row, Select, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { APPLICATION_ATTACHMENT_PURPOSE, ATTACHMENT_ROLES, type ApplicationKind } from '@shezu/contracts';
import { FileUpload } from '../../../components/FileUpload';
import { useT } from '../../../lib/i18n';
import type { AttachmentRow } from '../applicationForm';
import { REQUIRED_ROLES, SUGGESTED_ROLES } from '../kinds';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx';

/** 申请材料: each file with what it is; the materials the kind needs are listed and ticked off. */
export function AttachmentsField({ kind }: { kind: ApplicationKind }) {
  const t = useT();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch('attachments', form) as AttachmentRow[] | undefined) ?? [];
  const present = new Set(rows.filter((r) => r.file).map((r) => r.role));
  const suggested = SUGGESTED_ROLES[kind];
  const roles = [...suggested, ...ATTACHMENT_ROLES.filter((r) => !suggested.includes(r))];
  const attached = [...present].sort().join(',');

  // The API's “请上传…” stands until the materials change; then it may no longer be true.
  useEffect(() => {
    if (form.getFieldError('attachments').length > 0) form.setFields([{ name: 'attachments', errors: [] }]);
  }, [attached, form]);

  return (
    <>
      <Divider titlePlacement="start">{t('applicationField.attachments')}</Divider>
      <Flex gap={6} wrap style={{ marginBottom: 12 }} data-testid="application-materials-checklist">
        {suggested.map((r) => {
          const required = REQUIRED_ROLES[kind].includes(r);
          const done = present.has(r);
          return (
            <Tag key={r} color={done ? 'success' : required ? 'error' : undefined} data-testid={`material-${r}`}>
              {t(`attachmentRole.${r}`)}
              {required && !done && <span style={{ marginInlineStart: 2 }}>{t('applications.form.requiredMark')}</span>}
            </Tag>
          );
        })}
      </Flex>
      <Form.List name="attachments">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map(({ key, name }) => (
              <Row key={key} gutter={8} align="top" data-testid={`attachment-row-${name}`}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[name, 'role']}
                    rules={[{ required: true, message: t('applications.form.roleRequired') }]}
                  >
                    <Select
                      placeholder={t('applications.form.rolePlaceholder')}
                      options={roles.map((r) => ({ value: r, label: t(`attachmentRole.${r}`) }))}
                      data-testid={`attachment-role-${name}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={20} md={14}>
                  <Form.Item
                    name={[name, 'file']}
                    rules={[{ required: true, message: t('applications.form.fileRequired') }]}
                  >
                    <FileUpload
                      purpose={APPLICATION_ATTACHMENT_PURPOSE}
                      accept={ACCEPT}
                      data-testid={`attachment-file-${name}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('applications.form.removeAttachment')}
                    onClick={() => remove(name)}
                  />
                </Col>
              </Row>
            ))}
            {errors.length > 0 && (
              <div style={{ marginBottom: 8 }}>
                <Typography.Text type="danger" role="alert" data-testid="attachments-error">
                  {errors}
                </Typography.Text>
              </div>
            )}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ role: suggested.find((r) => !present.has(r)) })}
              data-testid="attachment-add"
            >
              {t('applications.form.addAttachment')}
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
              {t('applications.form.attachmentHelp')}
            </Typography.Paragraph>
          </>
        )}
      </Form.List>
    </>
  );
}
