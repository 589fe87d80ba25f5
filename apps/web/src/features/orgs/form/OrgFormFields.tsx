import { useEffect, type ReactNode } from 'react';
import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  EVALUATION_GRADES,
  REGISTERED_ORG_TYPES,
  isValidIdNumber,
  toGbCode,
  type RegisteredOrgType,
} from '@shezu/contracts';
import { RegionPicker } from '../../../components/RegionPicker';
import { useI18n } from '../../../lib/i18n';
import type { OrgFormValues } from '../orgForm';
import { CategorySelect, SupervisorSelect, useCategories } from '../OrgSelects';
import { UsccField } from './UsccField';

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
const YUAN = /^\d{1,13}(\.\d{1,2})?$/;

/** Dates as an official writes them; typing 2018-06-01 works too. */
export function OrgDatePicker(props: DatePickerProps) {
  const { lang } = useI18n();
  return (
    <DatePicker
      style={{ width: '100%' }}
      format={lang === 'zh-CN' ? ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY-M-D'] : ['YYYY-MM-DD', 'YYYY-M-D']}
      {...props}
    />
  );
}

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/**
 * The register's fields with Chinese labels and help, shared by 补录 (create) and 更正 (correct). Money
 * is typed in 元 as text; the supervising unit is asked only for categories that do not register directly.
 */
export function OrgFormFields({
  mode,
  authority,
  legalRepMasked,
  wide = true,
}: {
  mode: 'create' | 'correct';
  /** The registering bureau's region: the credit code's positions 3–8, the domicile's subtree, the dictionary. */
  authority: string;
  /** The masked values on record (correct mode: typing a new one replaces them). */
  legalRepMasked?: { id: string | null; phone: string | null };
  wide?: boolean;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance<OrgFormValues>();
  const type = Form.useWatch('type', form) as RegisteredOrgType | undefined;
  const categoryCode = Form.useWatch('categoryCode', form);
  const grade = Form.useWatch('evaluationGrade', form);
  const charity = Form.useWatch('charityRecognized', form);
  const categories = useCategories(authority);
  const category = categories.data?.find((c) => c.code === categoryCode);
  const direct = !!category?.directRegistration;
  const span = wide ? { xs: 24, md: 12 } : { xs: 24 };
  const item = (node: ReactNode, full = false) => <Col {...(full ? { xs: 24 } : span)}>{node}</Col>;
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('orgs.form.required', { label }),
  });

  // Position 2 of the code follows the type: check the code again when the type changes.
  useEffect(() => {
    if (mode === 'create' && form.getFieldValue('uscc')) void form.validateFields(['uscc']).catch(() => undefined);
  }, [type, mode, form]);
  // A category that registers directly has no supervising unit.
  useEffect(() => {
    if (direct && form.getFieldValue('supervisorUnitId') !== null) form.setFieldValue('supervisorUnitId', null);
  }, [direct, form]);

  return (
    <>
      <Divider titlePlacement="start">{t('orgs.section.registration')}</Divider>
      <Row gutter={16}>
        {item(
          <Form.Item
            name="name"
            label={t('orgField.name')}
            extra={t('orgs.help.name')}
            rules={[required(t('orgField.name')), { min: 4, max: 100, message: t('orgs.form.nameLength') }]}
          >
            <Input maxLength={100} data-testid="org-form-name" />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="type" label={t('orgField.type')} rules={[required(t('orgField.type'))]}>
            <Select<RegisteredOrgType>
              options={REGISTERED_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
              data-testid="org-form-type"
            />
          </Form.Item>,
        )}
        {mode === 'create' && item(<UsccField authorityGb={toGbCode(authority)} />)}
        {item(
          <Form.Item
            name="categoryCode"
            label={t('orgField.categoryCode')}
            extra={t('orgs.help.category')}
            rules={[required(t('orgField.categoryCode'))]}
          >
            <CategorySelect regionCode={authority} activeOnly data-testid="org-form-category" />
          </Form.Item>,
        )}
        {!direct &&
          item(
            <Form.Item
              name="supervisorUnitId"
              label={t('orgField.supervisorUnitId')}
              extra={t('orgs.help.supervisor')}
              rules={[{ required: true, message: t('orgs.form.supervisorRequired') }]}
            >
              <SupervisorSelect within={authority} authority={authority} data-testid="org-form-supervisor" />
            </Form.Item>,
          )}
        {item(
          <Form.Item
            name="regionCode"
            label={t('orgField.regionCode')}
            extra={t('orgs.help.region')}
            rules={[{ required: true, message: t('orgs.form.required', { label: t('orgField.regionCode') }) }]}
          >
            <RegionPicker root={authority} data-testid="org-form-region" />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="address"
            label={t('orgField.address')}
            rules={[required(t('orgField.address')), { min: 4, max: 200, message: t('orgs.form.addressLength') }]}
          >
            <Input maxLength={200} data-testid="org-form-address" />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="registeredFundsYuan"
            label={type ? t(`orgFunds.${type}`) : t('orgField.registeredFundsFen')}
            extra={t('orgs.help.funds')}
            rules={[
              { required: true, message: t('orgs.form.required', { label: t('orgField.registeredFundsFen') }) },
              { pattern: YUAN, message: t('orgs.form.yuanFormat') },
            ]}
          >
            <InputNumber<string>
              stringMode
              min="0"
              precision={2}
              style={{ width: '100%' }}
              suffix={t('orgs.yuan')}
              data-testid="org-form-funds"
            />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="foundedOn"
            label={t('orgField.foundedOn')}
            rules={[{ required: true, message: t('orgs.form.required', { label: t('orgField.foundedOn') }) }]}
          >
            <OrgDatePicker disabledDate={notFuture} data-testid="org-form-founded" />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="certificateValidUntil" label={t('orgField.certificateValidUntil')}>
            <OrgDatePicker />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="contactPhone"
            label={t('orgField.contactPhone')}
            rules={[{ pattern: PHONE, message: t('orgs.form.phoneFormat') }]}
          >
            <Input maxLength={20} />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="website"
            label={t('orgField.website')}
            rules={[{ type: 'url', message: t('orgs.form.urlFormat') }]}
          >
            <Input maxLength={200} placeholder="https://" />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="businessScope"
            label={t('orgField.businessScope')}
            rules={[required(t('orgField.businessScope')), { min: 2, max: 2000, message: t('orgs.form.scopeLength') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              showCount
              data-testid="org-form-scope"
            />
          </Form.Item>,
          true,
        )}
      </Row>

      <Divider titlePlacement="start">{t('orgs.section.legalRep')}</Divider>
      <Row gutter={16}>
        {item(
          <Form.Item
            name="legalRepName"
            label={t('orgField.legalRepName')}
            rules={[required(t('orgField.legalRepName')), { min: 2, max: 50, message: t('orgs.form.personName') }]}
          >
            <Input maxLength={50} data-testid="org-form-legal-rep" />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="legalRepIdNumber"
            label={t('orgs.pii.idNumber')}
            extra={
              mode === 'correct'
                ? t('orgs.help.keepIfEmpty', { masked: legalRepMasked?.id ?? '—' })
                : t('orgs.help.idNumber')
            }
            normalize={(v: string | undefined) => v?.toUpperCase()}
            rules={[
              {
                validator: async (_, v: string | undefined) => {
                  if (v && v.trim() && !isValidIdNumber(v.trim())) throw new Error(t('orgs.form.idNumberFormat'));
                },
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>,
        )}
        {item(
          <Form.Item
            name="legalRepPhone"
            label={t('orgs.pii.phone')}
            extra={
              mode === 'correct' ? t('orgs.help.keepIfEmpty', { masked: legalRepMasked?.phone ?? '—' }) : undefined
            }
            rules={[{ pattern: PHONE, message: t('orgs.form.phoneFormat') }]}
          >
            <Input maxLength={20} autoComplete="off" />
          </Form.Item>,
        )}
      </Row>

      <Divider titlePlacement="start">{t('orgs.section.qualifications')}</Divider>
      <Row gutter={16}>
        {item(
          <Form.Item name="evaluationGrade" label={t('orgField.evaluationGrade')} extra={t('orgs.help.grade')}>
            <Select
              allowClear
              options={EVALUATION_GRADES.map((g) => ({ value: g, label: t(`orgGrade.${g}`) }))}
              onChange={(v) => !v && form.setFieldValue('gradeValidUntil', null)}
            />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="gradeValidUntil" label={t('orgField.gradeValidUntil')}>
            <OrgDatePicker disabled={!grade} />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="charityRecognized" label={t('orgField.charityRecognized')} valuePropName="checked">
            <Switch />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="charityRecognizedOn" label={t('orgField.charityRecognizedOn')}>
            <OrgDatePicker disabled={!charity} disabledDate={notFuture} />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="publicFundraising" label={t('orgField.publicFundraising')} valuePropName="checked">
            <Switch />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="brand" label={t('orgField.brand')} valuePropName="checked">
            <Switch />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="taxDeductionUntil" label={t('orgField.taxDeductionUntil')}>
            <OrgDatePicker />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="taxExemptUntil" label={t('orgField.taxExemptUntil')}>
            <OrgDatePicker />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="hasPartyOrg" label={t('orgs.form.hasPartyOrg')} valuePropName="checked">
            <Switch />
          </Form.Item>,
        )}
        {item(
          <Form.Item name="incubator" label={t('orgField.incubator')} extra={t('orgs.help.incubator')}>
            <Input maxLength={100} />
          </Form.Item>,
        )}
      </Row>

      <Divider titlePlacement="start">{t('orgs.section.scale')}</Divider>
      <Row gutter={16}>
        {(['staffCount', 'memberCount', 'unitMemberCount'] as const).map((name) => (
          <Col key={name} xs={24} md={wide ? 8 : 24}>
            <Form.Item name={name} label={t(`orgField.${name}`)}>
              <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
