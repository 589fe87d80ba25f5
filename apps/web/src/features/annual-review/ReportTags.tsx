import { Flex, Tag } from 'antd';
import type { TAnnualReportSummary } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const STATUS_COLORS = {
  not_started: 'default',
  draft: 'default',
  in_review: 'processing',
  returned: 'warning',
  concluded: 'success',
} as const;
const CONCLUSION_COLORS = { pass: 'green', basic_pass: 'gold', fail: 'red' } as const;

type Stage = Pick<TAnnualReportSummary, 'id' | 'status' | 'step' | 'conclusion'>;

/** The status, and in review the step it waits at; concluded reports show their conclusion instead. */
export function StageTag({ r }: { r: Stage }) {
  const t = useT();
  if (r.status === 'concluded' && r.conclusion)
    return (
      <Tag color={CONCLUSION_COLORS[r.conclusion]} data-testid={`annual-stage-${r.id}`}>
        {t(`annualReview.conclusion.${r.conclusion}`)}
      </Tag>
    );
  const text =
    r.status === 'in_review' && r.step ? t(`annualReview.step.${r.step}`) : t(`annualReview.status.${r.status}`);
  return (
    <Tag color={STATUS_COLORS[r.status]} data-testid={`annual-stage-${r.id}`}>
      {text}
    </Tag>
  );
}

/** Red from 50, orange from 20, blue below, green at 0: the queue is read by colour first. */
export function riskColor(score: number): string {
  if (score >= 50) return 'red';
  if (score >= 20) return 'orange';
  return score > 0 ? 'blue' : 'green';
}

export function RiskScoreTag({ id, score }: { id: number; score: number }) {
  return (
    <Tag color={riskColor(score)} style={{ minWidth: 36, textAlign: 'center' }} data-testid={`annual-risk-${id}`}>
      {score}
    </Tag>
  );
}

/** 迟报 (submitted after the deadline) and 逾期未报 (still not submitted). */
export function DeadlineTags({ r }: { r: Pick<TAnnualReportSummary, 'late' | 'overdue'> }) {
  const t = useT();
  if (!r.late && !r.overdue) return null;
  return (
    <Flex gap={4} wrap>
      {r.overdue && <Tag color="red">{t('annualReview.overdue')}</Tag>}
      {r.late && <Tag color="volcano">{t('annualReview.late')}</Tag>}
    </Flex>
  );
}
