import { Tag } from 'antd';
import type { AnnouncementKind } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';

const COLORS: Record<AnnouncementKind, string | undefined> = {
  registered: 'green',
  changed: 'blue',
  deregistered: undefined,
  revoked: 'red',
  withdrawn: 'volcano',
};

/** 成立 / 变更 / 注销 / 撤销登记 / 吊销登记证书. */
export function AnnouncementKindTag({ kind }: { kind: AnnouncementKind }) {
  const t = useT();
  return (
    <Tag color={COLORS[kind]} style={{ marginInlineEnd: 0 }} data-kind={kind}>
      {t(`portal.announcement.kind.${kind}`)}
    </Tag>
  );
}
