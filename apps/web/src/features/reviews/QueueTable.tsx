import type { CSSProperties, KeyboardEvent } from 'react';
import { Card, Empty, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TApplicationSummary } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { ApplicationStatusTag } from '../applications/ApplicationStatusTag';
import { DueCell } from './DueCell';
import { RegionName } from './RegionName';
import type { DueState } from './workingDays';

const mono: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 };
const OVERDUE_BG = '#fff1f0';

export interface QueueViewProps {
  rows: TApplicationSummary[];
  loading: boolean;
  /** Decided tabs show when it was decided instead of the due date. */
  decided: boolean;
  dueOf: (a: TApplicationSummary) => DueState | null;
  emptyText: string;
  onOpen: (id: number) => void;
}

function Stage({ a }: { a: TApplicationSummary }) {
  const t = useT();
  return (
    <Flex vertical gap={2} align="flex-start">
      <ApplicationStatusTag status={a.status} testId={`review-status-${a.id}`} />
      {a.step && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`applicationStep.${a.step}`)}
        </Typography.Text>
      )}
      {a.submissionNo > 1 && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('reviews.submissionNo', { no: a.submissionNo })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Arrow keys (and j / k) move between rows, Enter opens one: a clerk works through the queue without a mouse. */
function onRowKey(e: KeyboardEvent<HTMLElement>, id: number, onOpen: (id: number) => void) {
  if (e.target !== e.currentTarget) return;
  const rows = [...(e.currentTarget.closest('tbody')?.querySelectorAll<HTMLElement>('tr[data-row-id]') ?? [])];
  const i = rows.indexOf(e.currentTarget);
  const move = (to: number) => {
    e.preventDefault();
    rows[to]?.focus();
  };
  if (e.key === 'Enter') {
    e.preventDefault();
    onOpen(id);
  } else if (e.key === 'ArrowDown' || e.key === 'j') move(Math.min(i + 1, rows.length - 1));
  else if (e.key === 'ArrowUp' || e.key === 'k') move(Math.max(i - 1, 0));
}

/** The queue as a dense table; overdue rows tinted red. */
export function QueueTable({ rows, loading, decided, dueOf, emptyText, onOpen }: QueueViewProps) {
  const t = useT();
  const f = useFormat();
  const cell = (a: TApplicationSummary) => ({ style: a.overdue ? { background: OVERDUE_BG } : undefined });
  const columns: TableColumnsType<TApplicationSummary> = [
    {
      title: t('reviews.col.org'),
      key: 'org',
      fixed: 'left',
      width: 240,
      render: (_, a) => (
        <Flex vertical gap={0}>
          <Link
            to={`/reviews/${a.id}`}
            tabIndex={-1}
            onClick={(e) => {
              e.stopPropagation();
              // Ctrl/⌘-click opens a new tab as a link does; a plain click keeps the queue for previous / next.
              if (e.ctrlKey || e.metaKey || e.shiftKey) return;
              e.preventDefault();
              onOpen(a.id);
            }}
            data-testid={`review-link-${a.id}`}
          >
            {a.orgName ?? t('reviews.unnamed')}
          </Link>
          <Typography.Text type="secondary" style={mono}>
            {t('reviews.no', { id: a.id })}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('reviews.col.kind'), key: 'kind', width: 110, render: (_, a) => t(`applicationKind.${a.kind}`) },
    { title: t('reviews.col.applicant'), key: 'applicant', dataIndex: 'applicantName', width: 120 },
    { title: t('reviews.col.region'), key: 'region', width: 180, render: (_, a) => <RegionName code={a.regionCode} /> },
    { title: t('reviews.col.stage'), key: 'stage', width: 150, render: (_, a) => <Stage a={a} /> },
    { title: t('reviews.col.submittedAt'), key: 'submittedAt', width: 130, render: (_, a) => f.date(a.submittedAt) },
    decided
      ? { title: t('reviews.col.decidedAt'), key: 'decidedAt', width: 130, render: (_, a) => f.date(a.decidedAt) }
      : {
          title: t('reviews.col.due'),
          key: 'due',
          width: 170,
          render: (_, a) => <DueCell id={a.id} dueDate={a.dueDate} state={dueOf(a)} estimated={a.dueEstimated} />,
        },
  ];
  return (
    <Table<TApplicationSummary>
      rowKey="id"
      data-testid="reviews-table"
      columns={columns.map((c) => ({ ...c, onCell: cell }))}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onRow={(a) => ({
        tabIndex: 0,
        'data-row-id': a.id,
        'data-overdue': a.overdue,
        'data-testid': `review-row-${a.id}`,
        style: { cursor: 'pointer' },
        onClick: () => onOpen(a.id),
        onKeyDown: (e: KeyboardEvent<HTMLElement>) => onRowKey(e, a.id, onOpen),
      })}
    />
  );
}

/** The queue on a phone: one card per application, the due date first. */
export function QueueCards({ rows, loading, decided, dueOf, emptyText, onOpen }: QueueViewProps) {
  const t = useT();
  const f = useFormat();
  if (!loading && rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Flex vertical gap={8} data-testid="reviews-cards">
      {loading && rows.length === 0 && <Card loading size="small" />}
      {rows.map((a) => (
        <Card
          key={a.id}
          size="small"
          hoverable
          onClick={() => onOpen(a.id)}
          style={a.overdue ? { background: OVERDUE_BG, borderColor: '#ffa39e' } : undefined}
          data-testid={`review-row-${a.id}`}
        >
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Text strong>{a.orgName ?? t('reviews.unnamed')}</Typography.Text>
            <ApplicationStatusTag status={a.status} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[t('reviews.no', { id: a.id }), t(`applicationKind.${a.kind}`), a.applicantName].join(' · ')}
          </Typography.Text>
          <div style={{ marginTop: 4, fontSize: 13 }}>
            {decided ? (
              f.date(a.decidedAt)
            ) : (
              <DueCell id={a.id} dueDate={a.dueDate} state={dueOf(a)} estimated={a.dueEstimated} />
            )}
          </div>
        </Card>
      ))}
    </Flex>
  );
}
