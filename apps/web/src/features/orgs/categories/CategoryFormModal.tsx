import { Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useT } from '../../../lib/i18n';
import type { Category } from '../api';

export interface CategoryFormValues {
  name: string;
  directRegistration: boolean;
  active: boolean;
  sort: number;
}

const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** Adds a category of the region, or renames / changes one for the region (an override of an inherited one). */
export function CategoryFormModal({
  entry,
  takenCodes,
  nextSort,
  saving,
  onCancel,
  onSave,
}: {
  entry: Category | null;
  takenCodes: readonly string[];
  nextSort: number;
  saving: boolean;
  onCancel: () => void;
  onSave: (code: string, values: CategoryFormValues) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CategoryFormValues & { code: string }>();
  const adding = entry === null;
  return (
    <Modal
      open
      title={adding ? t('categories.add') : t('categories.editTitle', { name: entry.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'category-save' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          entry
            ? {
                code: entry.code,
                name: entry.name,
                directRegistration: entry.directRegistration,
                active: entry.active,
                sort: entry.sort,
              }
            : { directRegistration: false, active: true, sort: nextSort }
        }
        onFinish={({ code, ...values }) => onSave(entry?.code ?? code.trim(), values)}
      >
        <Form.Item
          name="code"
          label={t('categories.code')}
          extra={adding ? t('categories.codeHelp') : undefined}
          rules={[
            { required: true, message: t('categories.codeRequired') },
            { pattern: CODE, message: t('categories.codeFormat') },
            {
              validator: async (_, v: string | undefined) => {
                if (adding && v && takenCodes.includes(v.trim())) throw new Error(t('categories.codeTaken'));
              },
            },
          ]}
        >
          <Input disabled={!adding} maxLength={40} data-testid="category-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('categories.name')}
          rules={[
            { required: true, whitespace: true, message: t('categories.nameRequired') },
            { min: 2, max: 30, message: t('categories.nameLength') },
          ]}
        >
          <Input maxLength={30} data-testid="category-name" />
        </Form.Item>
        <Form.Item
          name="directRegistration"
          label={t('categories.directRegistration')}
          extra={t('categories.directHelp')}
          valuePropName="checked"
        >
          <Switch data-testid="category-form-direct" />
        </Form.Item>
        <Form.Item
          name="active"
          label={t('categories.active')}
          extra={t('categories.activeHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item name="sort" label={t('categories.sort')} rules={[{ required: true }]}>
          <InputNumber<number> min={0} max={9999} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
