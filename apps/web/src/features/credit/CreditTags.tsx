import { Flex, Tag, Typography } from 'antd';
import type { CreditList, TCreditGround, TCreditListing, TPublicCreditListing } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';

const STATUS_COLOR = { active: 'red', removed: 'green', moved: 'volcano', annulled: 'default' } as const;
const REQUEST_COLOR = { submitted: 'blue', verified: 'gold', approved: 'green', rejected: 'default' } as const;

export function ListTag({ list }: { list: CreditList }) {
  const t = useT();
  return <Tag color={list === 'dishonest' ? 'magenta' : 'orange'}>{t(`credit.list.${list}`)}</Tag>;
}

export function ListingStatusTag({ status, testId }: { status: TCreditListing['status']; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`credit.status.${status}`)}
    </Tag>
  );
}

export function RequestStatusTag({ status, testId }: { status: keyof typeof REQUEST_COLOR; testId?: string }) {
  const t = useT();
  return (
    <Tag color={REQUEST_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`credit.requestStatus.${status}`)}
    </Tag>
  );
}

type AnyGround = Pick<TCreditGround, 'ground' | 'item' | 'label' | 'basis' | 'occurredOn'>;

/** A ground as the regulation words it, with its item and basis: the reader sees why, not a code. */
export function GroundText({ g, compact }: { g: AnyGround; compact?: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <Flex vertical gap={0} data-testid="credit-ground" data-ground={g.ground}>
      <Typography.Text>{g.label}</Typography.Text>
      {!compact && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {g.basis}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('credit.ground.occurredOn', { date: f.date(g.occurredOn) })}
      </Typography.Text>
    </Flex>
  );
}

/** Removed on … because …: the history line of a listing that left. */
export function RemovalLine({ l }: { l: Pick<TPublicCreditListing, 'removedOn' | 'removalReason'> }) {
  const t = useT();
  const f = useFormat();
  if (!l.removedOn) return null;
  return (
    <Typography.Text type="success" data-testid="credit-removal">
      {t('credit.public.removed', {
        date: f.date(l.removedOn),
        reason: l.removalReason ? t(`credit.removalReason.${l.removalReason}`) : '',
      })}
    </Typography.Text>
  );
}
