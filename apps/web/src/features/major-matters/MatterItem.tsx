import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TMajorMatterSummary } from '@shezu/contracts';
import { useT, type MessageKey } from '../../lib/i18n';

const STATUS_COLORS: Record<TMajorMatterSummary['status'], string> = {
  reported: 'processing',
  acknowledged: 'success',
  objected: 'error',
  withdrawn: 'default',
  completed: 'success',
};

export function StatusTag({ status }: { status: TMajorMatterSummary['status'] }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`mm.status.${status}` as MessageKey)}</Tag>;
}

/** One line of a list: title (a link), organization, kind, dates, status and the late tag. */
export function MatterItem({ m, showOrg }: { m: TMajorMatterSummary; showOrg: boolean }) {
  const t = useT();
  return (
    <div data-testid={`mm-item-${m.id}`}>
      <Flex gap={8} wrap align="center">
        <Link to={`/major-matters/${m.id}`}>
          <Typography.Text strong>{m.title}</Typography.Text>
        </Link>
        <StatusTag status={m.status} />
        {m.late && <Tag color="warning">{t('mm.late')}</Tag>}
      </Flex>
      <Typography.Text type="secondary">
        {[
          showOrg ? m.orgName : null,
          t(`mm.kind.${m.kind}` as MessageKey),
          `${t('mm.field.happensOn')} ${m.happensOn}`,
          `${t('mm.field.reportedOn')} ${m.reportedOn}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </div>
  );
}
