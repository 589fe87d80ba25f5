import { useState } from 'react';
import { Alert, App, Button, Divider, Drawer, Flex, Form, Grid, Input, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SYSTEM_PLACEHOLDERS } from '@shezu/contracts';
import { isApiError } from '../../../api/errors';
import { errorText, showFieldErrors, useApiErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { documentKeys, saveTemplate, type EffectiveTemplate } from '../api';
import { FieldListEditor } from './FieldListEditor';
import { LayoutFields } from './LayoutFields';
import { templateFormPath, toFormValues, toTemplateInput, type TemplateFormValues } from './templateForm';

function Placeholders() {
  const { t } = useI18n();
  const fields: TemplateFormValues['fields'] | undefined = Form.useWatch('fields');
  const names = [...SYSTEM_PLACEHOLDERS, ...(fields ?? []).map((f) => f?.name).filter(Boolean)];
  return (
    <Alert
      type="info"
      style={{ marginBottom: 16 }}
      title={t('templates.placeholders')}
      description={
        <Flex vertical gap={6}>
          <Flex wrap gap={4}>
            {names.map((n) => (
              <Tag key={n} className="shezu-mono">{`{${n}}`}</Tag>
            ))}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('templates.placeholdersHint')}
          </Typography.Text>
        </Flex>
      }
    />
  );
}

/** Edits a template as a structured form; saving creates the next version, the API checks every placeholder. */
export function TemplateEditor({ template, onClose }: { template: EffectiveTemplate; onClose: () => void }) {
  const { lang, t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<TemplateFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [problems, setProblems] = useState<string[]>([]);

  const save = useMutation({
    mutationFn: (v: TemplateFormValues) => saveTemplate(template.id, toTemplateInput(v)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: documentKeys.templates });
      message.success(t('templates.saved', { version: saved.version }));
      onClose();
    },
    onError: (err) => {
      if (isApiError(err) && err.hasFields) {
        const unmatched: string[] = [];
        const matched = Object.entries(err.fields).flatMap(([path, msg]) => {
          const name = templateFormPath(path);
          if (!name) unmatched.push(`${path}：${msg}`);
          return name ? [{ name, errors: [msg] }] : [];
        });
        showFieldErrors(form, matched);
        setProblems([errorText(err, lang, t), ...unmatched]);
        return;
      }
      if (isApiError(err) && err.code === 'STALE_VERSION') {
        handleError(err, {
          onStale: () => void queryClient.invalidateQueries({ queryKey: documentKeys.templates }).then(onClose),
        });
        return;
      }
      setProblems([errorText(err, lang, t)]);
    },
  });

  return (
    <Drawer
      open
      title={t('templates.editTitle', { name: template.name })}
      size={screens.lg ? 760 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="template-editor"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="template-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {template.inherited && (
        <Alert type="warning" showIcon title={t('templates.editInheritedHint')} style={{ marginBottom: 16 }} />
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={problems[0]}
          description={problems.length > 1 ? problems.slice(1).map((p) => <div key={p}>{p}</div>) : undefined}
          data-testid="template-errors"
        />
      )}
      <Form<TemplateFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(template)}
        disabled={save.isPending}
        onFinish={(v) => {
          setProblems([]);
          save.mutate(v);
        }}
      >
        <Form.Item
          name="name"
          label={t('templates.name')}
          rules={[
            { required: true, whitespace: true, min: 2, message: `${t('templates.required')}${t('templates.name')}` },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Placeholders />
        <LayoutFields />
        <Divider titlePlacement="start">{t('templates.fields')}</Divider>
        <FieldListEditor />
      </Form>
    </Drawer>
  );
}
