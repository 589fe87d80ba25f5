import { Tag } from 'antd';
import type { ActivityStatus } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const COLORS: Record<ActivityStatus, string> = {
  planned: 'default',
  awaiting_approval: 'processing',
  approval_refused: 'error',
  under_way: 'cyan',
  finished: 'geekblue',
  awaiting_review: 'warning',
  returned: 'magenta',
  published: 'success',
  unpublished: 'volcano',
  cancelled: 'default',
};

export function ActivityStatusTag({ status, testId }: { status: ActivityStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status}>
      {t(`act.status.${status}`)}
    </Tag>
  );
}

/** The step an organization would take next in a status (shown on its cards), or null. */
export const NEXT_STEP: Partial<Record<ActivityStatus, 'request_approval' | 'start' | 'finish' | 'submit'>> = {
  planned: 'start',
  approval_refused: 'request_approval',
  under_way: 'finish',
  finished: 'submit',
  returned: 'submit',
  unpublished: 'submit',
};
