import { Descriptions, Table, Typography } from 'antd';
import { useT } from '../../lib/i18n';
import type { AuditRow } from './api';

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** Field-by-field view of what an audited write changed; unchanged fields stay, dimmed, for context. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (before == null && after == null) return [];
  if (!isRecord(before) && !isRecord(after)) {
    return [{ field: '—', before, after, changed: show(before) !== show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: show(b[field]) !== show(a[field]),
  }));
}

export function AuditDiff({ row }: { row: AuditRow }) {
  const t = useT();
  const rows = diffRows(row.before, row.after);
  const cell = (v: unknown, changed: boolean) => (
    <Typography.Text className="shezu-mono" type={changed ? undefined : 'secondary'} style={{ wordBreak: 'break-all' }}>
      {show(v)}
    </Typography.Text>
  );
  return (
    <div data-testid={`audit-detail-${row.id}`}>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>
      ) : (
        <Table<DiffRow>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          rowClassName={(r) => (r.changed ? 'shezu-diff-changed' : '')}
          columns={[
            { title: t('audit.field'), dataIndex: 'field', width: 160, render: (v: string) => <code>{v}</code> },
            { title: t('audit.before'), key: 'before', render: (_, r) => cell(r.before, r.changed) },
            { title: t('audit.after'), key: 'after', render: (_, r) => cell(r.after, r.changed) },
          ]}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          { key: 'req', label: t('audit.colRequestId'), children: <code>{row.requestId ?? '—'}</code> },
          { key: 'hash', label: t('audit.hash'), children: <code style={{ wordBreak: 'break-all' }}>{row.hash}</code> },
        ]}
      />
    </div>
  );
}
