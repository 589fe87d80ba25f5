import { Form, Input, Radio } from 'antd';
import type { TValidationRule } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import type { Problem } from './draft';
import { EditDrawer } from './EditDrawer';

export const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

type Values = Pick<TValidationRule, 'severity' | 'assert' | 'when' | 'messageZh' | 'messageEn' | 'basis'>;
const FIELDS = ['severity', 'assert', 'when', 'messageZh', 'messageEn', 'basis'];

/** A validation rule: the formula that must hold, when it is checked, what the organization is told. */
export function RuleDrawer({
  rule,
  problems,
  onApply,
  onClose,
}: {
  rule: TValidationRule;
  problems: Problem[];
  onApply: (next: TValidationRule) => void;
  onClose: () => void;
}) {
  const t = useT();
  const required = [{ required: true, whitespace: true, message: t('annualIndicators.field.requiredText') }];
  return (
    <EditDrawer<Values>
      title={t('annualIndicators.drawer.rule', { code: rule.code })}
      testId="rule-drawer"
      fieldNames={FIELDS}
      problems={problems}
      onClose={onClose}
      initialValues={rule}
      onApply={(v) => {
        const next: TValidationRule = {
          ...rule,
          severity: v.severity,
          assert: v.assert.trim(),
          messageZh: v.messageZh.trim(),
          messageEn: v.messageEn.trim(),
        };
        if (v.when?.trim()) next.when = v.when.trim();
        else delete next.when;
        if (v.basis?.trim()) next.basis = v.basis.trim();
        else delete next.basis;
        onApply(next);
      }}
    >
      <Form.Item name="severity" label={t('annualIndicators.field.severity')}>
        <Radio.Group optionType="button">
          <Radio.Button value="error">{t('annualIndicators.severity.error')}</Radio.Button>
          <Radio.Button value="warning">{t('annualIndicators.severity.warning')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="assert"
        label={t('annualIndicators.field.assert')}
        extra={t('annualIndicators.formulaHelp')}
        rules={required}
      >
        <Input.TextArea autoSize style={mono} maxLength={1000} data-testid="rule-assert" />
      </Form.Item>
      <Form.Item name="when" label={t('annualIndicators.field.when')}>
        <Input.TextArea autoSize style={mono} maxLength={1000} data-testid="rule-when" />
      </Form.Item>
      <Form.Item name="messageZh" label={t('annualIndicators.field.messageZh')} rules={required}>
        <Input.TextArea autoSize maxLength={300} />
      </Form.Item>
      <Form.Item name="messageEn" label={t('annualIndicators.field.messageEn')} rules={required}>
        <Input.TextArea autoSize maxLength={500} />
      </Form.Item>
      <Form.Item name="basis" label={t('annualIndicators.field.basis')}>
        <Input maxLength={300} />
      </Form.Item>
    </EditDrawer>
  );
}
