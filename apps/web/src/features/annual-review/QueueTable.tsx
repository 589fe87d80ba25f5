import type { CSSProperties, HTMLAttributes } from 'react';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TAnnualReportSummary } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import type { BatchResult } from './api';
import { batchBlocker, type QueueTab } from './queue';
import { DeadlineTags, RiskScoreTag, StageTag } from './ReportTags';

const mono: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 };
const OVERDUE_BG = '#fff1f0';

export interface QueueTableProps {
  rows: TAnnualReportSummary[];
  loading: boolean;
  tab: QueueTab;
  emptyText: string;
  selected: number[];
  onSelect: (ids: number[]) => void;
  results: Map<number, BatchResult>;
  resultText: (r: BatchResult) => string;
}

const count = (n: number, color: string) =>
  n > 0 ? <Tag color={color}>{n}</Tag> : <Typography.Text>0</Typography.Text>;

/** The review queue, riskiest first; on 待我审核 the clean rows can be picked for the batch approval. */
export function QueueTable({
  rows,
  loading,
  tab,
  emptyText,
  selected,
  onSelect,
  results,
  resultText,
}: QueueTableProps) {
  const t = useT();
  const f = useFormat();
  const columns: TableColumnsType<TAnnualReportSummary> = [
    {
      title: t('annualReview.col.org'),
      key: 'org',
      width: 260,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <Link to={`/annual-reports/${r.id}`} data-testid={`annual-link-${r.id}`}>
            {r.orgName}
          </Link>
          <Typography.Text type="secondary" style={mono}>
            {r.uscc}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('annualReview.col.type'),
      key: 'type',
      width: 130,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span>{t(`orgType.${r.orgType}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('annualReview.yearOf', { year: r.year })}
            {r.form === 'simplified' && ` · ${t('annualReview.simplified')}`}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('annualReview.col.stage'), key: 'stage', width: 150, render: (_, r) => <StageTag r={r} /> },
    {
      title: t('annualReview.col.risk'),
      key: 'risk',
      width: 80,
      align: 'center',
      render: (_, r) => <RiskScoreTag id={r.id} score={r.riskScore} />,
    },
    {
      title: t('annualReview.col.findings'),
      key: 'findings',
      width: 90,
      align: 'center',
      render: (_, r) => <span data-testid={`annual-findings-${r.id}`}>{count(r.errorCount, 'orange')}</span>,
    },
    {
      title: t('annualReview.col.risks'),
      key: 'risks',
      width: 80,
      align: 'center',
      render: (_, r) => <span data-testid={`annual-risks-${r.id}`}>{count(r.riskCount, 'red')}</span>,
    },
    {
      title: t('annualReview.col.due'),
      key: 'due',
      width: 150,
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <span>{f.date(r.dueDate)}</span>
          <DeadlineTags r={r} />
        </Flex>
      ),
    },
    {
      title: t('annualReview.col.submittedAt'),
      key: 'submittedAt',
      width: 170,
      render: (_, r) => f.dateTime(r.submittedAt),
    },
  ];
  if (results.size > 0)
    columns.push({
      title: t('annualReview.col.result'),
      key: 'result',
      width: 160,
      render: (_, r) => {
        const res = results.get(r.id);
        if (!res) return null;
        return (
          <Tooltip title={res.ok ? undefined : resultText(res)}>
            <Tag color={res.ok ? 'green' : 'red'} data-testid={`annual-result-${r.id}`}>
              {t(res.ok ? 'annualReview.batch.rowOk' : 'annualReview.batch.rowFailed')}
            </Tag>
          </Tooltip>
        );
      },
    });

  return (
    <Table<TAnnualReportSummary>
      rowKey="id"
      data-testid="annual-queue-table"
      columns={columns.map((c) => ({
        ...c,
        onCell: (r: TAnnualReportSummary) => ({ style: r.overdue ? { background: OVERDUE_BG } : undefined }),
      }))}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onRow={(r) => ({ 'data-testid': `annual-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
      rowSelection={
        tab === 'mine'
          ? {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys.map(Number)),
              getCheckboxProps: (r) => ({
                disabled: batchBlocker(r, tab) !== null,
                'data-testid': `annual-select-${r.id}`,
              }),
              // A disabled box says why: the clerk should not have to guess.
              renderCell: (_checked, r, _i, node) => {
                const why = batchBlocker(r, tab);
                return why ? <Tooltip title={t(`annualReview.batch.${why}`)}>{node}</Tooltip> : node;
              },
            }
          : undefined
      }
    />
  );
}
