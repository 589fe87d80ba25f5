import { Tag } from 'antd';
import type { DeliveryStatus } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

const COLORS: Record<DeliveryStatus, string> = { pending: 'processing', done: 'success', failed: 'error' };

export function DeliveryStatusTag({ status, prefix }: { status: DeliveryStatus; prefix?: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {prefix ? `${prefix} · ` : ''}
      {t(`deliveryStatus.${status}`)}
    </Tag>
  );
}
