import { Col, Divider, Form, Input, Row } from 'antd';
import type { ApplicationKind } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { formRules } from './formRules';

const half = { xs: 24, md: 12 };

/** 拟任法定代表人: name, and the ID number and phone the API keeps encrypted and shows masked. */
export function LegalRepFields({ kind, masked }: { kind: ApplicationKind; masked: Record<string, string> }) {
  const t = useT();
  const rules = formRules(t);
  const keep = (field: string) =>
    masked[field] ? t('applications.form.keepMasked', { masked: masked[field] }) : undefined;
  return (
    <>
      <Divider titlePlacement="start">{t('applications.form.section.legalRep')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            name="legalRepName"
            label={t('applicationField.legalRepName')}
            rules={[rules.minLength(t('applicationField.legalRepName'), 2, 50)]}
            required
          >
            <Input maxLength={50} data-testid="application-legal-rep" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="legalRepIdNumber"
            label={t('applicationField.legalRepIdNumber')}
            extra={keep('legalRepIdNumber')}
            normalize={(v: string | undefined) => v?.toUpperCase()}
            rules={[rules.idNumber]}
            required={kind === 'establishment'}
          >
            <Input maxLength={18} autoComplete="off" data-testid="application-legal-rep-id" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="legalRepPhone"
            label={t('applicationField.legalRepPhone')}
            extra={keep('legalRepPhone')}
            rules={[rules.phone]}
          >
            <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="application-legal-rep-phone" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
