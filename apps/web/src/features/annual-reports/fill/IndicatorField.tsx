import { memo } from 'react';
import { Button, Flex, Form, Tag, Typography } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import type { IndicatorValue, TIndicator } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { ValueInput } from '../inputs/ValueInput';
import type { FieldIssue, PrefillOffer } from './model';
import { useValueText } from './valueText';

export interface FieldProps {
  ind: TIndicator;
  value: IndicatorValue | undefined;
  /** The computed value of a `formula` indicator. */
  computed?: IndicatorValue;
  onEdit: (code: string, v: IndicatorValue) => void;
  disabled: boolean;
  issues: FieldIssue[] | undefined;
  serverError: string | undefined;
  missing: boolean;
  prefilled: boolean;
  offer: PrefillOffer | null;
  reviewerComment: string | undefined;
}

function Label({ ind }: { ind: TIndicator }) {
  const { t, lang } = useI18n();
  return (
    <Flex gap={6} align="baseline" wrap>
      <span>{lang === 'en' ? ind.labelEn : ind.labelZh}</span>
      {ind.line && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('annualReports.form.line', { line: ind.line })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * One indicator: label with 行次 and help, the control, and beside it everything said about the value —
 * the server's refusal, the rules' errors and warnings, the reviewer's comment, the prefill offer.
 */
export const IndicatorField = memo(function IndicatorField(p: FieldProps) {
  const { t, lang } = useI18n();
  const text = useValueText();
  const { ind } = p;
  const messages: FieldIssue[] = [
    ...(p.serverError ? [{ severity: 'error' as const, message: p.serverError }] : []),
    ...(p.issues ?? []),
    ...(p.missing ? [{ severity: 'error' as const, message: t('annualReports.form.required') }] : []),
  ];
  const status = messages.some((m) => m.severity === 'error') ? 'error' : messages.length > 0 ? 'warning' : undefined;
  const empty = p.value === undefined || p.value === null || p.value === '';
  return (
    <Form.Item
      label={<Label ind={ind} />}
      htmlFor={ind.code}
      required={ind.required && !ind.formula}
      tooltip={(lang === 'en' ? ind.helpEn : ind.helpZh) || undefined}
      validateStatus={status}
      help={
        messages.length > 0 ? (
          <div data-testid={`issues-${ind.code}`}>
            {messages.map((m, i) => (
              <div key={i} data-severity={m.severity}>
                {m.message}
              </div>
            ))}
          </div>
        ) : undefined
      }
      extra={
        (p.prefilled || p.reviewerComment || (p.offer && empty && !p.disabled)) && (
          <Flex vertical gap={2} style={{ marginTop: 2 }}>
            {p.reviewerComment && (
              <Typography.Text type="warning" data-testid={`indicator-comment-${ind.code}`}>
                <CommentOutlined /> {t('annualReports.returned.indicator', { comment: p.reviewerComment })}
              </Typography.Text>
            )}
            {p.prefilled && (
              <span>
                <Tag color="blue" data-testid={`prefilled-${ind.code}`}>
                  {t('annualReports.form.prefilled')}
                </Tag>
              </span>
            )}
            {p.offer && empty && !p.disabled && (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                onClick={() => p.onEdit(ind.code, p.offer!.value)}
                data-testid={`prefill-${ind.code}`}
              >
                {t(
                  p.offer.source === 'register' ? 'annualReports.form.useRegister' : 'annualReports.form.usePrevious',
                  {
                    value: text(ind, p.offer.value),
                  },
                )}
              </Button>
            )}
          </Flex>
        )
      }
      data-testid={`field-${ind.code}`}
      style={{ marginBottom: 16 }}
    >
      {ind.formula ? (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong data-testid={`computed-${ind.code}`}>
            {text(ind, p.computed ?? null)}
          </Typography.Text>
          <Tag>{t('annualReports.form.computed')}</Tag>
        </Flex>
      ) : (
        <ValueInput ind={ind} value={p.value} onChange={(v) => p.onEdit(ind.code, v)} disabled={p.disabled} />
      )}
    </Form.Item>
  );
});
