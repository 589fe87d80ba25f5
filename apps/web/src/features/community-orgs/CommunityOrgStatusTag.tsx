import { Tag } from 'antd';
import type { CommunityOrgStatus } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

/** 已备案 / 已注销备案. */
export function CommunityOrgStatusTag({ status, testId }: { status: CommunityOrgStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag
      color={status === 'filed' ? 'green' : undefined}
      data-testid={testId}
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`communityOrgStatus.${status}`)}
    </Tag>
  );
}
