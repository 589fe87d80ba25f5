import type { ReactNode } from 'react';
import { Checkbox, Col, Divider, Form, Input, InputNumber, Row, Typography } from 'antd';
import { CHANGEABLE_FIELDS, type TOrg } from '@shezu/contracts';
import { RegionPicker } from '../../../components/RegionPicker';
import { useI18n } from '../../../lib/i18n';
import { formFieldOf, type ChangeableField } from '../applicationForm';
import { currentValue } from '../currentValue';
import type { LiveProblems } from '../liveRules';
import { fieldLabel } from '../useFieldValue';
import { formRules } from './formRules';
import { ruleExtra } from './RuleHint';
import { SupervisorUnitSelect } from './SupervisorUnitSelect';

/** 变更登记: tick the register fields that change, enter each new value beside the current one, say why. */
export function ChangeFields({
  org,
  masked,
  problems,
}: {
  org: TOrg | undefined;
  /** Personal values this change already holds, masked: an empty input keeps them. */
  masked: Record<string, string>;
  problems: LiveProblems;
}) {
  const { t, lang } = useI18n();
  const rules = formRules(t);
  const form = Form.useFormInstance();
  const chosen = (Form.useWatch('changeFields', form) as ChangeableField[] | undefined) ?? [];
  const label = (f: string) => fieldLabel(t, 'change', f, org?.type);

  const input = (field: ChangeableField): ReactNode => {
    const testId = `application-value-${field}`;
    switch (field) {
      case 'businessScope':
        return <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount data-testid={testId} />;
      case 'registeredFundsFen':
        return (
          <InputNumber<string>
            stringMode
            min="0"
            precision={2}
            style={{ width: '100%' }}
            suffix={t('applications.form.yuan')}
            data-testid={testId}
          />
        );
      case 'regionCode':
        return (
          <RegionPicker
            root={org?.authorityRegionCode === '100000' ? null : org?.authorityRegionCode}
            data-testid={testId}
          />
        );
      case 'supervisorUnitId':
        return <SupervisorUnitSelect authority={org?.authorityRegionCode} data-testid={testId} />;
      default:
        return (
          <Input
            maxLength={field === 'name' ? 100 : field === 'address' ? 200 : 50}
            autoComplete="off"
            data-testid={testId}
          />
        );
    }
  };

  const fieldRules = (field: ChangeableField) => {
    if (field === 'name') return [rules.minLength(label(field), 4, 100)];
    if (field === 'address') return [rules.minLength(label(field), 4, 200)];
    if (field === 'legalRepName') return [rules.minLength(label(field), 2, 50)];
    if (field === 'businessScope') return [rules.minLength(label(field), 2, 2000)];
    if (field === 'legalRepIdNumber') return [rules.idNumber];
    if (field === 'legalRepPhone') return [rules.phone];
    if (field === 'registeredFundsFen') return [rules.yuan];
    return [];
  };

  return (
    <>
      <Divider titlePlacement="start">{t('applications.form.section.changes')}</Divider>
      <Form.Item name="changeFields" label={t('applications.form.changeWhat')} required>
        <Checkbox.Group data-testid="application-change-fields">
          <Row gutter={[8, 4]}>
            {CHANGEABLE_FIELDS.map((f) => (
              <Col key={f} xs={12} md={8}>
                <Checkbox value={f} data-testid={`application-change-${f}`}>
                  {label(f)}
                </Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
      <Row gutter={16}>
        {CHANGEABLE_FIELDS.filter((f) => chosen.includes(f)).map((field) => (
          <Col key={field} xs={24} md={field === 'businessScope' ? 24 : 12}>
            <Form.Item
              name={formFieldOf(field)}
              label={t('applications.form.newValue', { label: label(field) })}
              normalize={field === 'legalRepIdNumber' ? (v: string | undefined) => v?.toUpperCase() : undefined}
              rules={fieldRules(field)}
              required
              extra={ruleExtra(
                problems,
                formFieldOf(field),
                <>
                  {org && (
                    <Typography.Text type="secondary" data-testid={`application-current-${field}`}>
                      {t('applications.form.currentValue', {
                        value: currentValue(org, field, lang, t('applicationValue.directRegistration')),
                      })}
                    </Typography.Text>
                  )}
                  {masked[field] && <div>{t('applications.form.keepMasked', { masked: masked[field] })}</div>}
                </>,
              )}
            >
              {input(field)}
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="reason" label={label('reason')} rules={[rules.minLength(label('reason'), 2, 500)]} required>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          showCount
          data-testid="application-reason"
        />
      </Form.Item>
    </>
  );
}
