import { Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import type { TIndicator } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { yuanToFen } from '../../../lib/money';
import type { Problem } from './draft';
import { EditDrawer } from './EditDrawer';

interface Values {
  labelZh: string;
  labelEn: string;
  required: boolean;
  public: boolean;
  simplified: boolean;
  min?: number | null;
  max?: number | null;
  helpZh?: string;
  helpEn?: string;
  formula?: string;
  appliesWhen?: string;
}

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** Money bounds are stored in fen and typed in 元. */
const toScreen = (ind: TIndicator, v: number | undefined) =>
  v === undefined ? null : ind.type === 'money' ? v / 100 : v;
const fromScreen = (ind: TIndicator, v: number | null | undefined) =>
  v === null || v === undefined ? undefined : ind.type === 'money' ? yuanToFen(v) : v;
const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** Labels, required / public / short-form flags, bounds, help and (where it has them) its formulas. */
export function IndicatorDrawer({
  indicator: ind,
  problems,
  onApply,
  onClose,
}: {
  indicator: TIndicator;
  problems: Problem[];
  onApply: (next: TIndicator) => void;
  onClose: () => void;
}) {
  const t = useT();
  const numeric = ind.type === 'number' || ind.type === 'money';
  const unit = ind.type === 'money' ? t('annualIndicators.field.moneyUnit') : undefined;
  const required = [{ required: true, whitespace: true, message: t('annualIndicators.field.requiredText') }];
  const apply = (v: Values) => {
    const next: TIndicator = {
      ...ind,
      labelZh: v.labelZh.trim(),
      labelEn: v.labelEn.trim(),
      required: v.required,
      public: v.public,
      simplified: v.simplified,
      min: numeric ? fromScreen(ind, v.min) : ind.min,
      max: numeric ? fromScreen(ind, v.max) : ind.max,
      helpZh: text(v.helpZh),
      helpEn: text(v.helpEn),
      formula: ind.formula !== undefined ? text(v.formula) : undefined,
      appliesWhen: text(v.appliesWhen),
    };
    // Unset optional keys are left out, as the stored definition has them.
    for (const k of Object.keys(next) as (keyof TIndicator)[]) if (next[k] === undefined) delete next[k];
    onApply(next);
  };
  return (
    <EditDrawer<Values>
      title={t('annualIndicators.drawer.indicator', { code: ind.code })}
      testId="indicator-drawer"
      fieldNames={[
        'labelZh',
        'labelEn',
        'required',
        'public',
        'simplified',
        'appliesWhen',
        'helpZh',
        'helpEn',
        ...(numeric ? ['min', 'max'] : []),
        ...(ind.formula !== undefined ? ['formula'] : []),
      ]}
      problems={problems}
      onClose={onClose}
      onApply={apply}
      initialValues={{
        labelZh: ind.labelZh,
        labelEn: ind.labelEn,
        required: ind.required,
        public: ind.public,
        simplified: ind.simplified,
        min: toScreen(ind, ind.min),
        max: toScreen(ind, ind.max),
        helpZh: ind.helpZh,
        helpEn: ind.helpEn,
        formula: ind.formula,
        appliesWhen: ind.appliesWhen,
      }}
    >
      <Form.Item name="labelZh" label={t('annualIndicators.field.labelZh')} rules={required}>
        <Input maxLength={100} data-testid="indicator-labelZh" />
      </Form.Item>
      <Form.Item name="labelEn" label={t('annualIndicators.field.labelEn')} rules={required}>
        <Input maxLength={200} data-testid="indicator-labelEn" />
      </Form.Item>
      <Row gutter={16}>
        {(['required', 'public', 'simplified'] as const).map((name) => (
          <Col key={name} span={8}>
            <Form.Item name={name} label={t(`annualIndicators.field.${name}`)} valuePropName="checked">
              <Switch data-testid={`indicator-${name}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {numeric && (
        <Row gutter={16}>
          {(['min', 'max'] as const).map((name) => (
            <Col key={name} span={12}>
              <Form.Item name={name} label={t(`annualIndicators.field.${name}`)}>
                <InputNumber
                  style={{ width: '100%' }}
                  precision={ind.type === 'money' ? 2 : undefined}
                  suffix={unit}
                  data-testid={`indicator-${name}`}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      )}
      {ind.formula !== undefined && (
        <Form.Item name="formula" label={t('annualIndicators.field.formula')} extra={t('annualIndicators.formulaHelp')}>
          <Input.TextArea autoSize style={mono} maxLength={1000} data-testid="indicator-formula" />
        </Form.Item>
      )}
      <Form.Item name="appliesWhen" label={t('annualIndicators.field.appliesWhen')}>
        <Input style={mono} maxLength={1000} data-testid="indicator-appliesWhen" />
      </Form.Item>
      <Form.Item name="helpZh" label={t('annualIndicators.field.helpZh')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
      </Form.Item>
      <Form.Item name="helpEn" label={t('annualIndicators.field.helpEn')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
    </EditDrawer>
  );
}
