import { Tag } from 'antd';
import type { AnnualReportStatus, InspectionConclusion } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const STATUS_COLORS: Record<AnnualReportStatus, string | undefined> = {
  not_started: undefined,
  draft: 'blue',
  in_review: 'processing',
  returned: 'warning',
  concluded: 'success',
};

export const CONCLUSION_COLORS: Record<InspectionConclusion, string> = {
  pass: 'success',
  basic_pass: 'warning',
  fail: 'error',
};

/** 未填报 / 填报中 / 审查中 / 退回修改 / 已出结论. */
export function ReportStatusTag({ status, testId }: { status: AnnualReportStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`annualReports.status.${status}`)}
    </Tag>
  );
}

/** 合格 / 基本合格 / 不合格. */
export function ConclusionTag({
  conclusion,
  large,
  testId,
}: {
  conclusion: InspectionConclusion;
  large?: boolean;
  testId?: string;
}) {
  const t = useT();
  return (
    <Tag
      color={CONCLUSION_COLORS[conclusion]}
      data-testid={testId}
      data-conclusion={conclusion}
      style={{ marginInlineEnd: 0, ...(large ? { fontSize: 15, padding: '2px 10px' } : {}) }}
    >
      {t(`annualReports.conclusion.${conclusion}`)}
    </Tag>
  );
}
