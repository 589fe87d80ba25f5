import type { ReactNode } from 'react';
import { Tag } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  MinusCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { JobRunStatus } from '@shezu/contracts';
import { useT } from '../lib/i18n';

const LOOK: Record<JobRunStatus, { color: string; icon: ReactNode }> = {
  queued: { color: 'default', icon: <ClockCircleOutlined /> },
  running: { color: 'processing', icon: <SyncOutlined spin /> },
  succeeded: { color: 'success', icon: <CheckCircleOutlined /> },
  failed: { color: 'error', icon: <CloseCircleOutlined /> },
  cancelled: { color: 'warning', icon: <MinusCircleOutlined /> },
};

/** The status of a background job run, as the job pages and progress panels show it. */
export function RunStatusTag({ status, testId }: { status: JobRunStatus; testId?: string }) {
  const t = useT();
  const look = LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} data-testid={testId} data-status={status}>
      {t(`jobStatus.${status}`)}
    </Tag>
  );
}
