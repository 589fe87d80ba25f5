import { Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { NUMBER_FORMATS, type TRiskRule } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import type { Problem } from './draft';
import { EditDrawer } from './EditDrawer';
import { mono } from './RuleDrawer';

type Values = Omit<TRiskRule, 'code'>;
const FIELDS = ['labelZh', 'labelEn', 'when', 'weight', 'show', 'explanationZh', 'explanationEn', 'basis'];

/** A risk rule: when it is raised, its weight in the queue's order, and the figures shown with it. */
export function RiskDrawer({
  risk,
  problems,
  onApply,
  onClose,
}: {
  risk: TRiskRule;
  problems: Problem[];
  onApply: (next: TRiskRule) => void;
  onClose: () => void;
}) {
  const t = useT();
  const required = [{ required: true, whitespace: true, message: t('annualIndicators.field.requiredText') }];
  return (
    <EditDrawer<Values>
      title={t('annualIndicators.drawer.risk', { code: risk.code })}
      testId="risk-drawer"
      fieldNames={FIELDS}
      problems={problems}
      onClose={onClose}
      initialValues={risk}
      onApply={(v) => {
        const next: TRiskRule = { ...risk, ...v, when: v.when.trim(), show: v.show ?? [] };
        if (v.basis?.trim()) next.basis = v.basis.trim();
        else delete next.basis;
        onApply(next);
      }}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="labelZh" label={t('annualIndicators.field.labelZh')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="labelEn" label={t('annualIndicators.field.labelEn')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="when"
        label={t('annualIndicators.field.riskWhen')}
        extra={t('annualIndicators.formulaHelp')}
        rules={required}
      >
        <Input.TextArea autoSize style={mono} maxLength={1000} data-testid="risk-when" />
      </Form.Item>
      <Form.Item name="weight" label={t('annualIndicators.field.weight')} rules={[{ required: true }]}>
        <InputNumber min={1} max={100} precision={0} data-testid="risk-weight" />
      </Form.Item>
      <Form.List name="show">
        {(fields, { add, remove }) => (
          <Form.Item label={t('annualIndicators.field.show')}>
            {fields.map((f) => (
              <Row key={f.key} gutter={8}>
                <Col span={7}>
                  <Form.Item name={[f.name, 'labelZh']} rules={required}>
                    <Input placeholder={t('annualIndicators.field.labelZh')} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[f.name, 'labelEn']} rules={required}>
                    <Input placeholder={t('annualIndicators.field.labelEn')} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[f.name, 'formula']} rules={required}>
                    <Input style={mono} placeholder={t('annualIndicators.field.showFormula')} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[f.name, 'format']}>
                    <Select
                      options={NUMBER_FORMATS.map((x) => ({ value: x, label: t(`annualIndicators.format.${x}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={1}>
                  <Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              aria-label={t('annualIndicators.field.show')}
              onClick={() => add({ format: 'money' })}
            />
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="explanationZh" label={t('annualIndicators.field.explanationZh')} rules={required}>
        <Input.TextArea autoSize maxLength={500} />
      </Form.Item>
      <Form.Item name="explanationEn" label={t('annualIndicators.field.explanationEn')} rules={required}>
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
      <Form.Item name="basis" label={t('annualIndicators.field.basis')}>
        <Input maxLength={300} />
      </Form.Item>
    </EditDrawer>
  );
}
