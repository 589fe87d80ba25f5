import { Alert, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { AnnualSection, TCheckIssue, TIndicator, TReportCheck } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { RiskPanel } from './RiskPanel';

interface Props {
  check: TReportCheck;
  byCode: Map<string, TIndicator>;
  onGoTo: (section: AnnualSection) => void;
  onSubmit: () => void;
  submitting: boolean;
  resubmit: boolean;
  disabled: boolean;
}

function Problems({
  title,
  items,
  color,
  testId,
  onGoTo,
}: {
  title: string;
  items: { key: string; text: string; section?: AnnualSection }[];
  color: string;
  testId: string;
  onGoTo: (section: AnnualSection) => void;
}) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <Tag color={color}>{items.length}</Tag>
          <Typography.Text strong>{title}</Typography.Text>
        </Flex>
      }
      data-testid={testId}
    >
      <Flex vertical gap={6}>
        {items.map((it) => (
          <Flex key={it.key} justify="space-between" align="baseline" gap={8}>
            <span style={{ wordBreak: 'break-word', minWidth: 0 }}>{it.text}</span>
            {it.section && (
              <Button type="link" size="small" onClick={() => onGoTo(it.section!)} style={{ flexShrink: 0 }}>
                {t('annualReports.submit.goTo')}
              </Button>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** The last step: what the checks found, and the submit button, disabled while anything blocks it. */
export function SubmitStep({ check, byCode, onGoTo, onSubmit, submitting, resubmit, disabled }: Props) {
  const { t, lang } = useI18n();
  const label = (code: string) => {
    const ind = byCode.get(code);
    return ind ? (lang === 'en' ? ind.labelEn : ind.labelZh) : code;
  };
  const sectionName = (code: string) => {
    const s = byCode.get(code)?.section;
    return s ? `${t(`annualReports.section.${s}`)} · ` : '';
  };
  const issue = (i: TCheckIssue) => ({
    key: `${i.rule}-${i.field}`,
    text: `${sectionName(i.field)}${lang === 'en' ? i.messageEn : i.messageZh}`,
    section: byCode.get(i.field)?.section,
  });
  const blocked = check.errors.length > 0 || check.missing.length > 0;
  return (
    <Flex vertical gap={12} data-testid="submit-step">
      <Flex gap={8} wrap>
        <Tag color={check.missing.length ? 'red' : 'default'} data-testid="summary-missing">
          {t('annualReports.check.missing', { count: check.missing.length })}
        </Tag>
        <Tag color={check.errors.length ? 'red' : 'default'} data-testid="summary-errors">
          {t('annualReports.check.errors', { count: check.errors.length })}
        </Tag>
        <Tag color={check.warnings.length ? 'orange' : 'default'} data-testid="summary-warnings">
          {t('annualReports.check.warnings', { count: check.warnings.length })}
        </Tag>
        <Tag>{t('annualReports.check.riskScore', { score: check.riskScore })}</Tag>
      </Flex>
      <Alert
        type={blocked ? 'error' : 'success'}
        showIcon
        title={blocked ? t('annualReports.submit.blocked') : t('annualReports.submit.ready')}
      />
      <Problems
        title={t('annualReports.submit.missingTitle')}
        color="red"
        testId="summary-missing-list"
        onGoTo={onGoTo}
        items={check.missing.map((c) => ({
          key: c,
          text: `${sectionName(c)}${label(c)}`,
          section: byCode.get(c)?.section,
        }))}
      />
      <Problems
        title={t('annualReports.submit.errorsTitle')}
        color="red"
        testId="summary-errors-list"
        onGoTo={onGoTo}
        items={check.errors.map(issue)}
      />
      <Problems
        title={t('annualReports.submit.warningsTitle')}
        color="orange"
        testId="summary-warnings-list"
        onGoTo={onGoTo}
        items={check.warnings.map(issue)}
      />
      <RiskPanel risks={check.risks} />
      <Popconfirm title={t('annualReports.submit.confirm')} onConfirm={onSubmit} disabled={blocked || disabled}>
        <Button
          type="primary"
          size="large"
          disabled={blocked || disabled}
          loading={submitting}
          style={{ alignSelf: 'flex-start' }}
          data-testid="report-submit"
        >
          {resubmit ? t('annualReports.submit.resubmit') : t('annualReports.submit.button')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
