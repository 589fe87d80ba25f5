import { Alert, Col, DatePicker, Divider, Form, Input, Row } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ApplicationKind } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { fieldLabel } from '../useFieldValue';
import { formRules } from './formRules';

/** Dates as an official writes them; typing 2026-03-01 works too. */
export function ApplicationDatePicker(props: DatePickerProps) {
  const { lang } = useI18n();
  return (
    <DatePicker
      style={{ width: '100%' }}
      format={lang === 'zh-CN' ? ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY-M-D'] : ['YYYY-MM-DD', 'YYYY-M-D']}
      {...props}
    />
  );
}

const future = (d: Dayjs) => d.isAfter(dayjs(), 'day');
const half = { xs: 24, md: 12 };

/** 章程核准, 负责人备案 and 注销登记: the few fields each asks for. */
export function OrgKindFields({ kind, masked }: { kind: ApplicationKind; masked: Record<string, string> }) {
  const { t } = useI18n();
  const rules = formRules(t);
  const label = (f: string) => fieldLabel(t, kind, f);
  const keep = (f: string) => (masked[f] ? t('applications.form.keepMasked', { masked: masked[f] }) : undefined);

  if (kind === 'charter') {
    return (
      <>
        <Divider titlePlacement="start">{t('applications.form.section.charter')}</Divider>
        <Form.Item
          name="summary"
          label={label('summary')}
          rules={[rules.minLength(label('summary'), 2, 2000)]}
          required
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={2000}
            showCount
            data-testid="application-summary"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="adoptedOn" label={label('adoptedOn')} required extra={t('applications.form.charterHelp')}>
              <ApplicationDatePicker disabledDate={future} data-testid="application-adopted-on" />
            </Form.Item>
          </Col>
        </Row>
      </>
    );
  }
  if (kind === 'responsible_person') {
    return (
      <>
        <Divider titlePlacement="start">{t('applications.form.section.person')}</Divider>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="personName"
              label={label('personName')}
              rules={[rules.minLength(label('personName'), 2, 50)]}
              required
            >
              <Input maxLength={50} data-testid="application-person-name" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="position"
              label={label('position')}
              extra={t('applications.form.positionHelp')}
              rules={[rules.minLength(label('position'), 2, 30)]}
              required
            >
              <Input maxLength={30} data-testid="application-position" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="idNumber"
              label={label('idNumber')}
              extra={keep('idNumber')}
              normalize={(v: string | undefined) => v?.toUpperCase()}
              rules={[rules.idNumber]}
              required
            >
              <Input maxLength={18} autoComplete="off" data-testid="application-id-number" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="phone" label={label('phone')} extra={keep('phone')} rules={[rules.phone]}>
              <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="application-phone" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="termStart" label={label('termStart')} required>
              <ApplicationDatePicker data-testid="application-term-start" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="termEnd" label={label('termEnd')}>
              <ApplicationDatePicker data-testid="application-term-end" />
            </Form.Item>
          </Col>
        </Row>
      </>
    );
  }
  if (kind === 'deregistration') {
    return (
      <>
        <Divider titlePlacement="start">{t('applications.form.section.deregistration')}</Divider>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('applications.form.deregistrationHelp')} />
        <Form.Item name="reason" label={label('reason')} rules={[rules.minLength(label('reason'), 2, 500)]} required>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            showCount
            data-testid="application-reason"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="liquidationCompletedOn" label={label('liquidationCompletedOn')} required>
              <ApplicationDatePicker disabledDate={future} data-testid="application-liquidation-on" />
            </Form.Item>
          </Col>
        </Row>
      </>
    );
  }
  return null;
}
