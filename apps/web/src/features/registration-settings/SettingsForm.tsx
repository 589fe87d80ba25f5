import { Button, Col, Divider, Form, InputNumber, Row, Switch } from 'antd';
import { useT } from '../../lib/i18n';
import type { RegistrationSettings } from './api';

export interface SettingsValues {
  supervisorDays: number;
  authorityDays: number;
  preparationRequired: boolean;
  signUpApproval: boolean;
}

export const SETTINGS_FIELDS = ['supervisorDays', 'authorityDays', 'preparationRequired', 'signUpApproval'] as const;

const valuesOf = (s: RegistrationSettings): SettingsValues => ({
  supervisorDays: s.supervisorDays,
  authorityDays: s.authorityDays,
  preparationRequired: s.preparationRequired,
  signUpApproval: s.signUpApproval,
});

/** The four settings of a region; the page sends them with the version of the region's own row. */
export function SettingsForm({
  settings,
  saving,
  form,
  onSave,
}: {
  settings: RegistrationSettings;
  saving: boolean;
  form: ReturnType<typeof Form.useForm<SettingsValues>>[0];
  onSave: (values: SettingsValues) => void;
}) {
  const t = useT();
  const days = (name: 'supervisorDays' | 'authorityDays') => (
    <Col xs={24} md={12}>
      <Form.Item
        name={name}
        label={t(`regSettings.${name}`)}
        extra={t('regSettings.daysHelp')}
        rules={[
          { required: true, message: t('regSettings.daysRequired') },
          { type: 'integer', min: 1, max: 120, message: t('regSettings.daysRange') },
        ]}
      >
        <InputNumber<number>
          min={1}
          max={120}
          precision={0}
          suffix={t('regSettings.daysUnit')}
          style={{ width: '100%', maxWidth: 260 }}
          data-testid={`reg-settings-${name}`}
        />
      </Form.Item>
    </Col>
  );
  const toggle = (name: 'preparationRequired' | 'signUpApproval') => (
    <Col xs={24} md={12}>
      <Form.Item
        name={name}
        label={t(`regSettings.${name}`)}
        extra={t(`regSettings.${name}Help`)}
        valuePropName="checked"
      >
        <Switch data-testid={`reg-settings-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Form<SettingsValues>
      form={form}
      layout="vertical"
      initialValues={valuesOf(settings)}
      onFinish={onSave}
      data-testid="reg-settings-form"
    >
      <Divider titlePlacement="start">{t('regSettings.section.limits')}</Divider>
      <Row gutter={24}>
        {days('supervisorDays')}
        {days('authorityDays')}
      </Row>
      <Divider titlePlacement="start">{t('regSettings.section.rules')}</Divider>
      <Row gutter={24}>
        {toggle('signUpApproval')}
        {toggle('preparationRequired')}
      </Row>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="reg-settings-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
