import type { ReactNode } from 'react';
import { Alert, Descriptions, Flex, List, Tag, Typography } from 'antd';
import type { TAnnualReportDetail, TCheckIssue, TRiskFlag } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { labelOf, type ReportView } from './reportModel';
import { riskColor } from './ReportTags';
import { useValueFormatter } from './useValueFormatter';

function Basis({ basis }: { basis: string | null | undefined }) {
  const { t } = useI18n();
  if (!basis) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('annualReview.check.basis', { basis })}
    </Typography.Text>
  );
}

/** A risk flag with what raised it: its explanation, the regulation, and the figures behind it. */
function RiskItem({ risk }: { risk: TRiskFlag }) {
  const { t, lang } = useI18n();
  const fmt = useValueFormatter();
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid={`annual-risk-flag-${risk.code}`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{labelOf(risk, lang)}</Typography.Text>
        <Tag color="red">{t('annualReview.check.weight', { weight: risk.weight })}</Tag>
      </Flex>
      <Typography.Text>{lang === 'zh-CN' ? risk.explanationZh : risk.explanationEn}</Typography.Text>
      {risk.numbers.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          bordered
          items={risk.numbers.map((n, i) => ({
            key: i,
            label: labelOf(n, lang),
            children: <span data-testid={`annual-risk-number-${risk.code}-${i}`}>{fmt(n.format, n.value)}</span>,
          }))}
        />
      )}
      <Basis basis={risk.basis} />
    </Flex>
  );
}

/** A rule finding with the rule's own wording and basis, and the values of the indicators it compares. */
function IssueItem({ issue, r, view }: { issue: TCheckIssue; r: TAnnualReportDetail; view: ReportView }) {
  const { lang } = useI18n();
  const fmt = useValueFormatter();
  const rule = r.definition.rules.find((x) => x.code === issue.rule);
  const message = rule
    ? lang === 'zh-CN'
      ? rule.messageZh
      : rule.messageEn
    : lang === 'zh-CN'
      ? issue.messageZh
      : issue.messageEn;
  const fields = issue.fields.map((c) => view.byCode.get(c)).filter((i) => i !== undefined);
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid={`annual-issue-${issue.rule}`}>
      <Typography.Text>{message}</Typography.Text>
      {fields.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          bordered
          items={fields.map((ind) => ({
            key: ind.code,
            label: labelOf(ind, lang),
            children: fmt(ind.type, view.values[ind.code] ?? null, ind.options),
          }))}
        />
      )}
      <Basis basis={rule?.basis} />
    </Flex>
  );
}

/** 自动检查: the engine's findings as the organization submitted them, heaviest risk first. */
export function CheckPanel({ r, view }: { r: TAnnualReportDetail; view: ReportView }) {
  const { t, lang } = useI18n();
  const { check } = r;
  const risks = [...check.risks].sort((a, b) => b.weight - a.weight);
  const clean = !risks.length && !check.errors.length && !check.warnings.length && !check.missing.length;
  const group = (title: string, color: string, items: ReactNode[], testId: string) =>
    items.length > 0 && (
      <div data-testid={testId}>
        <Tag color={color} style={{ marginBottom: 4 }}>
          {title}
        </Tag>
        <List size="small" dataSource={items} renderItem={(node) => <List.Item>{node}</List.Item>} />
      </div>
    );
  return (
    <Flex vertical gap={12} data-testid="annual-check">
      <div>
        <Tag color={riskColor(check.riskScore)} data-testid="annual-check-score">
          {t('annualReview.check.score', { score: check.riskScore })}
        </Tag>
      </div>
      {clean && <Alert type="success" showIcon title={t('annualReview.check.clean')} />}
      {group(
        t('annualReview.check.risks', { count: risks.length }),
        'red',
        risks.map((x) => <RiskItem key={x.code} risk={x} />),
        'annual-check-risks',
      )}
      {group(
        t('annualReview.check.errors', { count: check.errors.length }),
        'red',
        check.errors.map((x) => <IssueItem key={x.rule} issue={x} r={r} view={view} />),
        'annual-check-errors',
      )}
      {group(
        t('annualReview.check.warnings', { count: check.warnings.length }),
        'orange',
        check.warnings.map((x) => <IssueItem key={x.rule} issue={x} r={r} view={view} />),
        'annual-check-warnings',
      )}
      {group(
        t('annualReview.check.missing', { count: check.missing.length }),
        'default',
        check.missing.map((c) => {
          const ind = view.byCode.get(c);
          return <span key={c}>{ind ? labelOf(ind, lang) : c}</span>;
        }),
        'annual-check-missing',
      )}
    </Flex>
  );
}
