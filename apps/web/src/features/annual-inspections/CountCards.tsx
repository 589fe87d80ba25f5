import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import type { TCycleCounts } from '@shezu/contracts';
import { useT, type MessageKey } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { queueLink, type QueueState } from '../annual-review/queue';

type Filter = Omit<QueueState, 'tab' | 'cycleId'>;
type CountKey = keyof TCycleCounts;

interface Part {
  key: CountKey;
  /** The queue filter this count is; none where the list has no such filter (已提交, 迟报). */
  filter?: Filter;
}
interface CardSpec extends Part {
  parts?: Part[];
  color?: string;
}

const CARDS: CardSpec[] = [
  {
    key: 'due',
    filter: {},
    parts: [
      { key: 'notStarted', filter: { status: 'not_started' } },
      { key: 'draft', filter: { status: 'draft' } },
    ],
  },
  { key: 'submitted', parts: [{ key: 'returned', filter: { status: 'returned' } }] },
  {
    key: 'inReview',
    filter: { status: 'in_review' },
    parts: [
      { key: 'atSupervisor', filter: { status: 'in_review', step: 'supervisor' } },
      { key: 'atParty', filter: { status: 'in_review', step: 'party' } },
      { key: 'atAuthority', filter: { status: 'in_review', step: 'authority' } },
    ],
  },
  {
    key: 'concluded',
    filter: { status: 'concluded' },
    color: '#389e0d',
    parts: [
      { key: 'pass', filter: { status: 'concluded', conclusion: 'pass' } },
      { key: 'basicPass', filter: { status: 'concluded', conclusion: 'basic_pass' } },
      { key: 'fail', filter: { status: 'concluded', conclusion: 'fail' } },
    ],
  },
  { key: 'overdue', filter: { overdue: true }, color: '#cf1322' },
  { key: 'late', filter: { late: true }, color: '#d46b08' },
];

/** The cycle's counts as cards; each count opens the review list filtered to exactly those reports. */
export function CountCards({ cycleId, counts }: { cycleId: number; counts: TCycleCounts }) {
  const t = useT();
  const f = useFormat();
  const label = (key: CountKey) => t(`annualCycles.card.${key}` as MessageKey);
  const linked = (p: Part, node: ReactNode) =>
    p.filter ? (
      <Link to={queueLink({ cycleId, ...p.filter })} data-testid={`cycle-count-link-${p.key}`}>
        {node}
      </Link>
    ) : (
      node
    );
  const rate = counts.due > 0 ? f.number((counts.submitted / counts.due) * 100, 1) + '%' : null;
  return (
    <Row gutter={[16, 16]} data-testid="cycle-cards">
      {CARDS.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: '100%' }} data-testid={`cycle-card-${c.key}`}>
            {linked(
              c,
              <Statistic
                title={label(c.key)}
                value={counts[c.key]}
                formatter={(v) => <span data-testid={`cycle-count-${c.key}`}>{f.number(Number(v))}</span>}
                styles={{ content: { color: c.color } }}
              />,
            )}
            {c.key === 'submitted' && rate && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('annualCycles.card.rate', { rate })}
              </Typography.Text>
            )}
            {c.parts && (
              <Flex vertical gap={0} style={{ marginTop: 4, fontSize: 13 }}>
                {c.parts.map((p) => (
                  <Flex key={p.key} justify="space-between" gap={8}>
                    <Typography.Text type="secondary">{label(p.key)}</Typography.Text>
                    {linked(p, <span data-testid={`cycle-count-${p.key}`}>{f.number(counts[p.key])}</span>)}
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
