import { useMemo, useState } from 'react';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import type { LedgerImport } from './api';
import { errorsTruncated, issueRows, issuesByColumn, warningsTruncated, type IssueRow } from './importLogic';

/**
 * The problems of a checked ledger, one line per problem: the sheet's own row number (the header is
 * row 1) and column heading, so the clerk finds the cell in Excel. The API keeps the first 200 errors;
 * the report has every one. Paged, so a long list costs no more than one page.
 */
export function IssuesTable({ imp }: { imp: LedgerImport }) {
  const { t } = useI18n();
  const f = useFormat();
  const rows = useMemo(() => issueRows(imp), [imp]);
  const columns = useMemo(() => issuesByColumn(rows), [rows]);
  const [column, setColumn] = useState<string | null>(null);
  const shown = column ? rows.filter((r) => r.column === column) : rows;
  if (rows.length === 0) return null;

  const cols: TableColumnsType<IssueRow> = [
    {
      title: t('ledgers.issues.row'),
      key: 'row',
      width: 110,
      render: (_, r) => <span data-testid="ledger-issue-row">{t('ledgers.issues.rowValue', { row: r.row })}</span>,
    },
    {
      title: t('ledgers.issues.column'),
      key: 'column',
      width: 170,
      render: (_, r) => r.column || '—',
    },
    {
      title: t('ledgers.issues.severity'),
      key: 'severity',
      width: 80,
      render: (_, r) => (
        <Tag color={r.severity === 'error' ? 'error' : 'warning'} style={{ marginInlineEnd: 0 }}>
          {t(r.severity === 'error' ? 'ledgers.issues.error' : 'ledgers.issues.warning')}
        </Tag>
      ),
    },
    { title: t('ledgers.issues.message'), key: 'message', dataIndex: 'message' },
  ];

  return (
    <Flex vertical gap={12} data-testid="ledger-issues">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('ledgers.issues.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('ledgers.issues.howTo')}</Typography.Text>
      {errorsTruncated(imp) && (
        <Alert
          type="info"
          showIcon
          data-testid="ledger-issues-truncated"
          title={t('ledgers.issues.truncated', {
            shown: f.number(imp.errors.length),
            total: f.number(imp.errorCount),
          })}
        />
      )}
      {warningsTruncated(imp) && (
        <Alert
          type="info"
          showIcon
          title={t('ledgers.issues.warningsTruncated', { shown: f.number(imp.warnings.length) })}
        />
      )}
      {columns.length > 1 && (
        <Flex gap={6} wrap align="center" data-testid="ledger-issues-columns">
          <Typography.Text type="secondary">{t('ledgers.issues.byColumn')}</Typography.Text>
          <Tag.CheckableTag checked={column === null} onChange={() => setColumn(null)}>
            {t('ledgers.issues.allColumns', { count: f.number(rows.length) })}
          </Tag.CheckableTag>
          {columns.map((c) => (
            <Tag.CheckableTag
              key={c.column}
              checked={column === c.column}
              onChange={(on) => setColumn(on ? c.column : null)}
              data-testid={`ledger-issues-column-${c.column}`}
            >
              {t('ledgers.issues.columnCount', { column: c.column || '—', count: f.number(c.count) })}
            </Tag.CheckableTag>
          ))}
        </Flex>
      )}
      <Table<IssueRow>
        rowKey="key"
        size="small"
        data-testid="ledger-issues-table"
        columns={cols}
        dataSource={shown}
        scroll={{ x: 600 }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
      />
    </Flex>
  );
}
