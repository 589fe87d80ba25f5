import { useEffect, type ReactNode } from 'react';
import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import {
  NATIONAL_REGION_CODE,
  REGISTERED_ORG_TYPES,
  type ApplicationKind,
  type RegisteredOrgType,
} from '@shezu/contracts';
import { RegionPicker } from '../../../components/RegionPicker';
import { useT } from '../../../lib/i18n';
import { CategorySelect, useCategories } from '../../orgs/OrgSelects';
import type { LiveProblems } from '../liveRules';
import { AuthoritySelect } from './AuthoritySelect';
import { formRules } from './formRules';
import { FoundingRules } from './FoundingRules';
import { LegalRepFields } from './LegalRepFields';
import { PreparationField } from './PreparationField';
import { ruleExtra } from './RuleHint';
import { SupervisorUnitSelect } from './SupervisorUnitSelect';

const half = { xs: 24, md: 12 };

/** 筹备 and 成立: the organization to be, its bureau, category and supervising unit, funds, members, representative. */
export function FoundingFields({
  kind,
  masked,
  problems,
}: {
  kind: ApplicationKind;
  /** Personal values on record, masked: an empty input keeps them. */
  masked: Record<string, string>;
  problems: LiveProblems;
}) {
  const t = useT();
  const rules = formRules(t);
  const form = Form.useFormInstance();
  const authority = Form.useWatch('authorityRegionCode', form) as string | undefined;
  const chosenType = Form.useWatch('type', form) as RegisteredOrgType | undefined;
  const type = kind === 'preparation' ? 'social_group' : chosenType;
  const categoryCode = Form.useWatch('categoryCode', form) as string | undefined;
  const categories = useCategories(authority);
  const category = categories.data?.find((c) => c.code === categoryCode);
  const direct = !!category?.directRegistration;
  const col = (node: ReactNode, full = false) => <Col {...(full ? { xs: 24 } : half)}>{node}</Col>;

  // A category that registers directly has no supervising unit (the API refuses one).
  useEffect(() => {
    if (direct && form.getFieldValue('supervisorUnitId') != null) form.setFieldValue('supervisorUnitId', null);
  }, [direct, form]);

  return (
    <>
      <FoundingRules kind={kind} type={type} authority={authority} />
      <Divider titlePlacement="start">{t('applications.form.section.authority')}</Divider>
      <Row gutter={16}>
        {col(
          <Form.Item
            name="authorityRegionCode"
            label={t('applicationField.authorityRegionCode')}
            extra={t('applications.form.authorityHelp')}
            required
          >
            <AuthoritySelect />
          </Form.Item>,
        )}
        {col(
          <Form.Item name="type" label={t('applicationField.type')} required>
            <Select<RegisteredOrgType>
              disabled={kind === 'preparation'}
              options={REGISTERED_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
              data-testid="application-type"
            />
          </Form.Item>,
        )}
        {col(
          <Form.Item name="categoryCode" label={t('applicationField.categoryCode')} required>
            <CategorySelect regionCode={authority} activeOnly data-testid="application-category" />
          </Form.Item>,
        )}
        {col(
          direct ? (
            <Form.Item label={t('applicationField.supervisorUnitId')}>
              <Typography.Text type="secondary" data-testid="application-direct">
                {t('applications.form.directRegistration', { category: category?.name ?? '' })}
              </Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item
              name="supervisorUnitId"
              label={t('applicationField.supervisorUnitId')}
              extra={t('applications.form.supervisorHelp')}
              required
            >
              <SupervisorUnitSelect authority={authority} data-testid="application-supervisor" />
            </Form.Item>
          ),
        )}
      </Row>

      <Divider titlePlacement="start">{t('applications.form.section.organization')}</Divider>
      <Row gutter={16}>
        {col(
          <Form.Item
            name="name"
            label={t('applicationField.name')}
            rules={[rules.minLength(t('applicationField.name'), 4, 100)]}
            required
          >
            <Input maxLength={100} data-testid="application-name" />
          </Form.Item>,
        )}
        {col(
          <Form.Item name="regionCode" label={t('applicationField.regionCode')} required>
            <RegionPicker
              root={authority && authority !== NATIONAL_REGION_CODE ? authority : null}
              disabled={!authority}
              placeholder={authority ? undefined : t('applications.form.authorityFirst')}
              data-testid="application-region"
            />
          </Form.Item>,
        )}
        {col(
          <Form.Item
            name="address"
            label={t('applicationField.address')}
            rules={[rules.minLength(t('applicationField.address'), 4, 200)]}
            required
          >
            <Input maxLength={200} data-testid="application-address" />
          </Form.Item>,
        )}
        {col(
          <Form.Item
            name="registeredFundsYuan"
            label={type ? t(`orgFunds.${type}`) : t('applicationField.registeredFundsFen')}
            extra={ruleExtra(problems, 'registeredFundsYuan', t('applications.form.fundsHelp'))}
            rules={[rules.yuan]}
            required
          >
            <InputNumber<string>
              stringMode
              min="0"
              precision={2}
              style={{ width: '100%' }}
              suffix={t('applications.form.yuan')}
              data-testid="application-funds"
            />
          </Form.Item>,
        )}
        {type === 'social_group' &&
          kind === 'establishment' &&
          col(
            <Form.Item
              name="memberCount"
              label={t('applicationField.memberCount')}
              extra={ruleExtra(problems, 'memberCount')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="application-members" />
            </Form.Item>,
          )}
        {type === 'social_group' &&
          kind === 'establishment' &&
          col(
            <Form.Item
              name="unitMemberCount"
              label={t('applicationField.unitMemberCount')}
              extra={ruleExtra(problems, 'unitMemberCount')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="application-unit-members" />
            </Form.Item>,
          )}
        {col(
          <Form.Item name="staffCount" label={t('applicationField.staffCount')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="application-staff" />
          </Form.Item>,
        )}
        {type === 'foundation' &&
          col(
            <Form.Item name="publicFundraising" label={t('applicationField.publicFundraising')} required>
              <Radio.Group
                options={[
                  { value: false, label: t('applications.form.nonPublic') },
                  { value: true, label: t('applications.form.public') },
                ]}
                data-testid="application-fundraising"
              />
            </Form.Item>,
          )}
        {col(
          <Form.Item name="contactPhone" label={t('applicationField.contactPhone')} rules={[rules.phone]}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>,
        )}
        {col(
          <Form.Item name="website" label={t('applicationField.website')} rules={[rules.url]}>
            <Input maxLength={200} placeholder="https://" />
          </Form.Item>,
        )}
        {col(
          <Form.Item
            name="businessScope"
            label={t('applicationField.businessScope')}
            rules={[rules.minLength(t('applicationField.businessScope'), 2, 2000)]}
            required
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              showCount
              data-testid="application-scope"
            />
          </Form.Item>,
          true,
        )}
      </Row>

      <LegalRepFields kind={kind} masked={masked} />
      {kind === 'establishment' && type === 'social_group' && <PreparationField authority={authority} />}
    </>
  );
}
