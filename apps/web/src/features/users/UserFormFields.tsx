import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import { ORG_ROLES, ROLES, UNIT_ROLES, ZUserCreate, type Role } from '@shezu/contracts';
import { RegionPicker } from '../../components/RegionPicker';
import { useT } from '../../lib/i18n';
import { roleLabel } from '../../lib/labels';
import { zodRule } from '../../lib/zodRule';
import { UnitSelect } from '../units/UnitSelect';
import { usePasswordProblems } from '../auth/passwordPolicy';
import { generatePassword } from './generatePassword';

export interface UserFormValues {
  username?: string;
  displayName: string;
  roles: Role[];
  regionCode: string | null;
  unitId: number | null;
  orgId: number | null;
  phone?: string;
  idNumber?: string;
  initialPassword?: string;
}

export const needsUnit = (roles: readonly Role[] = []) => roles.some((r) => UNIT_ROLES.includes(r));
export const needsOrg = (roles: readonly Role[] = []) => roles.some((r) => ORG_ROLES.includes(r));

/** Account, roles and assignment fields shared by the create and edit forms. */
export function UserAssignmentFields({
  form,
  creating,
  scopeRoot,
  unitName,
}: {
  form: FormInstance<UserFormValues>;
  creating: boolean;
  scopeRoot: string | null;
  unitName?: string | null;
}) {
  const t = useT();
  const problemsOf = usePasswordProblems();
  const roles = Form.useWatch('roles', form) ?? [];
  const regionCode = Form.useWatch('regionCode', form);

  return (
    <>
      {creating && (
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[{ required: true, message: t('users.usernameRequired') }, zodRule(ZUserCreate.shape.username)]}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('users.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
      >
        <Select<Role[]>
          mode="multiple"
          data-testid="roles-select"
          options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item name="regionCode" label={t('users.region')}>
        <RegionPicker
          root={scopeRoot}
          data-testid="user-region"
          onChange={(code) => {
            form.setFieldsValue({ regionCode: code, unitId: null });
          }}
        />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('users.unit')}
        extra={needsUnit(roles) ? t('users.unitHint') : undefined}
        rules={[{ required: needsUnit(roles), message: t('users.unitRequired') }]}
      >
        <UnitSelect
          within={regionCode ?? scopeRoot}
          valueLabel={unitName}
          placeholder={t('users.unitPlaceholder')}
          onChange={(id, unit) => {
            form.setFieldsValue(unit ? { unitId: id, regionCode: unit.regionCode } : { unitId: id });
          }}
        />
      </Form.Item>
      {needsOrg(roles) && (
        <Form.Item
          name="orgId"
          label={t('users.org')}
          extra={t('users.orgHint')}
          rules={[{ required: true, message: t('users.orgRequired') }]}
        >
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {creating && (
        <Form.Item label={t('users.initialPassword')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="initialPassword"
              noStyle
              rules={[
                { required: true, message: t('users.passwordRequired') },
                {
                  validator: async (_, value: string | undefined) => {
                    const first = value ? problemsOf(value)[0] : undefined;
                    if (first) throw new Error(first);
                  },
                },
              ]}
            >
              <Input autoComplete="new-password" className="shezu-mono" />
            </Form.Item>
            <Button
              onClick={() => {
                form.setFieldValue('initialPassword', generatePassword());
                void form.validateFields(['initialPassword']);
              }}
            >
              {t('users.generate')}
            </Button>
          </Space.Compact>
        </Form.Item>
      )}
    </>
  );
}

/** Phone and ID number, checked with the same schemas the API uses. */
export function ContactFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="phone" label={t('users.phone')} rules={[zodRule(ZUserCreate.shape.phone)]}>
        <Input inputMode="numeric" maxLength={11} autoComplete="off" />
      </Form.Item>
      <Form.Item name="idNumber" label={t('users.idNumber')} rules={[zodRule(ZUserCreate.shape.idNumber)]}>
        <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} />
      </Form.Item>
    </>
  );
}
