import type { ReactNode } from 'react';
import { Tag } from 'antd';
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { LedgerImportStatus } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const LOOK: Record<LedgerImportStatus, { color: string; icon: ReactNode }> = {
  validating: { color: 'processing', icon: <SyncOutlined spin /> },
  invalid: { color: 'error', icon: <ExclamationCircleOutlined /> },
  ready: { color: 'blue', icon: <CheckCircleOutlined /> },
  committing: { color: 'processing', icon: <SyncOutlined spin /> },
  committed: { color: 'success', icon: <CheckCircleOutlined /> },
  failed: { color: 'error', icon: <CloseCircleOutlined /> },
  cancelled: { color: 'default', icon: <MinusCircleOutlined /> },
};

/** 校验中 / 有错误 / 待提交 / 导入中 / 已导入 / 失败 / 已取消. */
export function LedgerStatusTag({ status, testId }: { status: LedgerImportStatus; testId?: string }) {
  const t = useT();
  const look = LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`ledgerStatus.${status}`)}
    </Tag>
  );
}
