import type { ReactNode } from 'react';
import { Button, Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import type { TCreditGround, TCreditListing } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { downloadEvidence } from './api';

/** The dates that decide what happens next: when it was listed, when the clock restarted, when it moves or leaves. */
export function ListingClocks({ l }: { l: TCreditListing }) {
  const t = useT();
  const f = useFormat();
  const phone = Grid.useBreakpoint().md === false;
  const items = [
    { key: 'listedOn', label: t('credit.clock.listedOn'), children: f.date(l.listedOn) },
    { key: 'clockStart', label: t('credit.clock.clockStart'), children: f.date(l.clockStart) },
    l.autoRemoveOn && { key: 'autoRemoveOn', label: t('credit.clock.autoRemoveOn'), children: f.date(l.autoRemoveOn) },
    l.moveOn && { key: 'moveOn', label: t('credit.clock.moveOn'), children: f.date(l.moveOn) },
    l.removableFrom && {
      key: 'removableFrom',
      label: t('credit.clock.removableFrom'),
      children: f.date(l.removableFrom),
    },
    l.removedOn && { key: 'removedOn', label: t('credit.clock.removedOn'), children: f.date(l.removedOn) },
    l.removalReason && {
      key: 'removalReason',
      label: t('credit.clock.removalReason'),
      children: [t(`credit.removalReason.${l.removalReason}`), l.removalBasis].filter(Boolean).join('：'),
    },
    l.decidedByName && { key: 'decidedBy', label: t('credit.clock.decidedBy'), children: l.decidedByName },
    { key: 'authority', label: t('credit.col.authority'), children: l.authorityName },
  ].filter((x): x is { key: string; label: string; children: string } => !!x);
  return (
    <Descriptions
      bordered
      size="small"
      layout={phone ? 'vertical' : 'horizontal'}
      column={{ xs: 1, sm: 1, md: 2 }}
      items={items.map((i) => ({ ...i, children: <span data-testid={`credit-clock-${i.key}`}>{i.children}</span> }))}
    />
  );
}

export function EvidenceLinks({ ids }: { ids: number[] }) {
  const t = useT();
  const handleError = useApiErrorHandler();
  if (ids.length === 0) return null;
  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text type="secondary">{t('credit.ground.evidence')}：</Typography.Text>
      {ids.map((id, i) => (
        <Button
          key={id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          style={{ padding: 0 }}
          onClick={() => downloadEvidence(id).catch((e: unknown) => handleError(e))}
        >
          {t('credit.ground.evidenceFile', { n: i + 1 })}
        </Button>
      ))}
    </Flex>
  );
}

/** One ground in full: label, item, basis, date, the facts, the evidence and whether the obligation is met. */
export function GroundBlock({ g, action }: { g: TCreditGround; action?: ReactNode }) {
  const t = useT();
  const f = useFormat();
  return (
    <Flex vertical gap={4} data-testid={`credit-ground-${g.id}`} data-ground={g.ground}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex gap={8} align="center" wrap>
          <Tag>{t('credit.ground.item', { item: g.item })}</Tag>
          <Typography.Text strong>{g.label}</Typography.Text>
        </Flex>
        {action}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {g.basis}
      </Typography.Text>
      <Typography.Text style={{ fontSize: 13 }}>
        {t('credit.ground.occurredOn', { date: f.date(g.occurredOn) })}
      </Typography.Text>
      {g.detail && (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{g.detail}</Typography.Paragraph>
      )}
      {g.fulfilledOn && (
        <Typography.Text type="success" data-testid={`credit-fulfilled-${g.id}`}>
          {t('credit.ground.fulfilledOn', { date: f.date(g.fulfilledOn) })}
        </Typography.Text>
      )}
      <EvidenceLinks ids={g.evidence} />
    </Flex>
  );
}
