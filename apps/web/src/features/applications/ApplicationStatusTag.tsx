import { Tag } from 'antd';
import type { ApplicationStatus } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const COLORS: Record<ApplicationStatus, string | undefined> = {
  draft: undefined,
  submitted: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: undefined,
};

/** 草稿 / 审查中 / 退回修改 / 已批准 / 不予批准 / 已撤回. */
export function ApplicationStatusTag({ status, testId }: { status: ApplicationStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`applicationStatus.${status}`)}
    </Tag>
  );
}
