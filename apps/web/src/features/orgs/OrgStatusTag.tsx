import { Tag } from 'antd';
import type { OrgStatus } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const COLORS: Record<OrgStatus, string | undefined> = {
  registered: 'green',
  deregistered: undefined,
  revoked: 'red',
  withdrawn: 'volcano',
};

/** 正常 / 已注销 / 已撤销登记 / 已吊销登记证书. */
export function OrgStatusTag({ status, testId }: { status: OrgStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`orgStatus.${status}`)}
    </Tag>
  );
}
