import { Empty, Form } from 'antd';
import type { IndicatorValue, ReportValues, TAnnualReportDetail, TIndicator } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { IndicatorField } from './IndicatorField';
import { prefillOffer, type FieldIssue } from './model';

export interface SectionFormProps {
  detail: TAnnualReportDetail;
  indicators: TIndicator[];
  values: ReportValues;
  computed: ReportValues;
  onEdit: (code: string, v: IndicatorValue) => void;
  disabled: boolean;
  issues: Record<string, FieldIssue[]>;
  serverErrors: Record<string, string>;
  missing: Set<string>;
  prefilled: Set<string>;
  comments: Record<string, string>;
}

/** The indicators of one section, in definition order; a form of data, not of hard-coded fields. */
export function SectionForm(p: SectionFormProps) {
  const t = useT();
  if (p.indicators.length === 0) return <Empty description={t('annualReports.form.sectionEmpty')} />;
  return (
    <Form layout="vertical" component="div" requiredMark style={{ maxWidth: 760 }}>
      {p.indicators.map((ind) => (
        <IndicatorField
          key={ind.code}
          ind={ind}
          value={p.values[ind.code]}
          computed={p.computed[ind.code]}
          onEdit={p.onEdit}
          disabled={p.disabled}
          issues={p.issues[ind.code]}
          serverError={p.serverErrors[ind.code]}
          missing={p.missing.has(ind.code)}
          prefilled={p.prefilled.has(ind.code)}
          offer={p.disabled ? null : prefillOffer(ind, p.detail)}
          reviewerComment={p.comments[ind.code]}
        />
      ))}
    </Form>
  );
}
