import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Drawer, Flex, Form } from 'antd';
import type { FormInstance } from 'antd';
import { useT } from '../../../lib/i18n';
import type { Problem } from './draft';

/**
 * Puts the messages on their fields once, when the drawer's form has mounted (the drawer renders its body
 * after it opens, so this lives inside the form); editing a field then clears its message.
 */
function ServerErrors({ form, problems }: { form: FormInstance; problems: Problem[] }) {
  useEffect(() => {
    form.setFields(problems.map((p) => ({ name: p.field, errors: [p.message] })) as never);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);
  return null;
}

/**
 * A drawer that edits one item of the definition. The server's messages for that item are put on their
 * fields when it opens; "apply" changes the draft only: the whole definition is saved as one version.
 */
export function EditDrawer<V extends object>({
  title,
  initialValues,
  problems,
  onApply,
  onClose,
  children,
  testId,
  fieldNames,
}: {
  title: string;
  initialValues: V;
  problems: Problem[];
  onApply: (values: V) => void;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  /** The fields the form shows (top level): a problem on any other is listed above the form. */
  fieldNames: string[];
}) {
  const t = useT();
  const [form] = Form.useForm<V>();
  const known = (p: Problem) => typeof p.field[0] === 'string' && fieldNames.includes(p.field[0]);
  const onFields = problems.filter(known);
  const others = problems.filter((p) => !known(p));
  return (
    <Drawer
      open
      size={560}
      title={title}
      onClose={onClose}
      destroyOnHidden
      data-testid={testId}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} data-testid={`${testId}-apply`}>
            {t('annualIndicators.drawer.apply')}
          </Button>
        </Flex>
      }
    >
      {others.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={others.map((p) => (
            <div key={p.path}>{t('annualIndicators.problemAt', { where: p.field.join('.'), message: p.message })}</div>
          ))}
        />
      )}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={onApply}>
        {children}
        <ServerErrors form={form} problems={onFields} />
      </Form>
    </Drawer>
  );
}
