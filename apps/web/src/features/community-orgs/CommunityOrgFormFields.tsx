import type { ReactNode } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { COMMUNITY_AREA_KINDS, COMMUNITY_ORG_CATEGORIES, isValidIdNumber, type TCommunityOrg } from '@shezu/contracts';
import { FileUpload } from '../../components/FileUpload';
import { useI18n, type MessageKey } from '../../lib/i18n';

// The API's own rules (ZCommunityOrgFields), repeated here so the message comes in the reader's language.
const YUAN = /^\d{1,11}(\.\d{1,2})?$/;
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** Dates as an official writes them (2024年3月15日); typing 2024-03-15 works too. */
function FiledOnPicker(props: DatePickerProps) {
  const { lang } = useI18n();
  return (
    <DatePicker
      style={{ width: '100%' }}
      format={lang === 'zh-CN' ? ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY-M-D'] : ['YYYY-MM-DD', 'YYYY-M-D']}
      {...props}
    />
  );
}

/**
 * The fields a township files (备案), one column on a phone and two from a tablet up. The API checks
 * them again; its answer lands beside the field it names.
 */
export function CommunityOrgFormFields({ record }: { record?: TCommunityOrg }) {
  const { t } = useI18n();
  const item = (node: ReactNode, full = false) => <Col {...(full ? { xs: 24 } : { xs: 24, md: 12 })}>{node}</Col>;
  const required = (key: MessageKey) => ({ required: true, whitespace: true, message: t(key) });
  const min2 = (key: MessageKey) => ({ min: 2, message: t(key) });

  return (
    <Row gutter={16}>
      {item(
        <Form.Item
          name="name"
          label={t('communityOrgField.name')}
          rules={[required('communityOrgs.form.nameRequired'), min2('communityOrgs.form.nameMin')]}
        >
          <Input maxLength={60} data-testid="community-form-name" />
        </Form.Item>,
        true,
      )}
      {item(
        <Form.Item
          name="categoryCode"
          label={t('communityOrgField.categoryCode')}
          rules={[{ required: true, message: t('communityOrgs.form.categoryRequired') }]}
        >
          <Select
            data-testid="community-form-category"
            options={COMMUNITY_ORG_CATEGORIES.map((c) => ({ value: c.code, label: t(`communityCategory.${c.code}`) }))}
          />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="areaKind"
          label={t('communityOrgField.areaKind')}
          rules={[{ required: true, message: t('communityOrgs.form.areaKindRequired') }]}
        >
          <Radio.Group data-testid="community-form-area-kind">
            {COMMUNITY_AREA_KINDS.map((k) => (
              <Radio.Button key={k} value={k}>
                {t(`communityAreaKind.${k}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="communityName"
          label={t('communityOrgField.communityName')}
          extra={t('communityOrgs.form.communityHelp')}
          rules={[required('communityOrgs.form.communityRequired'), min2('communityOrgs.form.communityRequired')]}
        >
          <Input maxLength={60} data-testid="community-form-community" />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="filedOn"
          label={t('communityOrgField.filedOn')}
          rules={[{ required: true, message: t('communityOrgs.form.filedOnRequired') }]}
        >
          <FiledOnPicker disabledDate={notFuture} data-testid="community-form-filed-on" />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="responsibleName"
          label={t('communityOrgField.responsibleName')}
          rules={[required('communityOrgs.form.responsibleRequired'), min2('communityOrgs.form.responsibleRequired')]}
        >
          <Input maxLength={50} autoComplete="off" data-testid="community-form-responsible" />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="responsiblePhone"
          label={t('communityOrgField.responsiblePhone')}
          extra={
            record?.responsiblePhoneMasked &&
            t('communityOrgs.form.keepMasked', { value: record.responsiblePhoneMasked })
          }
          rules={[{ pattern: PHONE, message: t('communityOrgs.form.phoneFormat') }]}
        >
          <Input inputMode="tel" maxLength={13} autoComplete="off" data-testid="community-form-phone" />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="responsibleIdNumber"
          label={t('communityOrgField.responsibleIdNumber')}
          extra={
            record?.responsibleIdMasked
              ? t('communityOrgs.form.keepMasked', { value: record.responsibleIdMasked })
              : t('communityOrgs.form.idHelp')
          }
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                if (v && v.trim() && !isValidIdNumber(v.trim().toUpperCase()))
                  throw new Error(t('communityOrgs.form.idFormat'));
              },
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="community-form-id-number" />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="memberCount"
          label={t('communityOrgField.memberCount')}
          extra={t('communityOrgs.form.memberHelp')}
          rules={[
            { required: true, message: t('communityOrgs.form.memberRequired') },
            { type: 'number', min: 3, message: t('communityOrgs.form.memberMin') },
          ]}
        >
          <InputNumber
            min={1}
            precision={0}
            inputMode="numeric"
            style={{ width: '100%' }}
            suffix={t('communityOrgs.people')}
            data-testid="community-form-members"
          />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="fundsYuan"
          label={t('communityOrgField.fundsFen')}
          extra={t('communityOrgs.form.fundsHelp')}
          rules={[
            { required: true, message: t('communityOrgs.form.fundsRequired') },
            { pattern: YUAN, message: t('communityOrgs.form.yuanFormat') },
          ]}
        >
          <InputNumber<string>
            stringMode
            min="0"
            precision={2}
            inputMode="decimal"
            style={{ width: '100%' }}
            suffix={t('communityOrgs.yuan')}
            data-testid="community-form-funds"
          />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="venue"
          label={t('communityOrgField.venue')}
          rules={[required('communityOrgs.form.venueRequired'), min2('communityOrgs.form.venueRequired')]}
        >
          <Input maxLength={200} data-testid="community-form-venue" />
        </Form.Item>,
        true,
      )}
      {item(
        <Form.Item
          name="activityArea"
          label={t('communityOrgField.activityArea')}
          rules={[required('communityOrgs.form.activityAreaRequired'), min2('communityOrgs.form.activityAreaRequired')]}
        >
          <Input maxLength={200} data-testid="community-form-activity-area" />
        </Form.Item>,
        true,
      )}
      {item(
        <Form.Item
          name="charter"
          label={t('communityOrgField.charterFileId')}
          extra={record?.charterFileId ? t('communityOrgs.form.replaceFile') : t('communityOrgs.form.charterHelp')}
        >
          <FileUpload
            purpose="community_org_charter"
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            data-testid="community-form-charter"
          />
        </Form.Item>,
      )}
      {item(
        <Form.Item
          name="roster"
          label={t('communityOrgField.rosterFileId')}
          extra={record?.rosterFileId ? t('communityOrgs.form.replaceFile') : t('communityOrgs.form.rosterHelp')}
        >
          <FileUpload
            purpose="community_org_roster"
            accept=".xlsx,.pdf,.docx,.jpg,.jpeg,.png"
            data-testid="community-form-roster"
          />
        </Form.Item>,
      )}
      <Col xs={24}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('communityOrgs.form.privacy')}
        </Typography.Paragraph>
      </Col>
    </Row>
  );
}
