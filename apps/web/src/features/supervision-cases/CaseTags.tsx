import { Tag } from 'antd';
import type { CaseStatus, MeasureStatus } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const STATUS_COLORS: Record<CaseStatus, string> = {
  open: 'default',
  in_progress: 'processing',
  feedback_given: 'warning',
  verified: 'cyan',
  closed: 'success',
};
const MEASURE_COLORS: Record<MeasureStatus, string> = {
  issued: 'processing',
  answered: 'warning',
  returned: 'error',
  verified: 'success',
};

export function CaseStatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`cases.status.${status}`)}
    </Tag>
  );
}

export function MeasureStatusTag({ status, testId }: { status: MeasureStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={MEASURE_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`cases.measureStatus.${status}`)}
    </Tag>
  );
}
