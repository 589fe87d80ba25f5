import { Progress, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TCycleDashboard } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { queueLink } from '../annual-review/queue';

type UnitRow = TCycleDashboard['bySupervisor'][number];

/** Progress by supervising unit (直接登记 as one row): who is behind, at a glance. */
export function SupervisorTable({ cycleId, rows }: { cycleId: number; rows: UnitRow[] }) {
  const t = useT();
  const f = useFormat();
  const num = (n: number) => f.number(n);
  const columns: TableColumnsType<UnitRow> = [
    {
      title: t('annualCycles.col.unit'),
      key: 'unit',
      render: (_, u) =>
        u.unitId ? (
          <Link to={queueLink({ cycleId, supervisorUnitId: u.unitId })} data-testid={`cycle-unit-${u.unitId}`}>
            {u.unitName}
          </Link>
        ) : (
          u.unitName
        ),
    },
    { title: t('annualCycles.col.due'), key: 'due', align: 'right', render: (_, u) => num(u.due) },
    { title: t('annualCycles.col.submitted'), key: 'submitted', align: 'right', render: (_, u) => num(u.submitted) },
    {
      title: t('annualCycles.col.progress'),
      key: 'progress',
      width: 180,
      render: (_, u) => (
        <Progress
          size="small"
          percent={u.due > 0 ? Math.round((u.submitted / u.due) * 1000) / 10 : 0}
          status={u.overdue > 0 ? 'exception' : undefined}
        />
      ),
    },
    { title: t('annualCycles.col.concluded'), key: 'concluded', align: 'right', render: (_, u) => num(u.concluded) },
    {
      title: t('annualCycles.col.overdue'),
      key: 'overdue',
      align: 'right',
      render: (_, u) => (u.overdue > 0 ? <span style={{ color: '#cf1322' }}>{num(u.overdue)}</span> : num(0)),
    },
  ];
  return (
    <Table<UnitRow>
      rowKey={(u) => u.unitId ?? 0}
      size="small"
      data-testid="cycle-by-supervisor"
      columns={columns}
      dataSource={[...rows].sort((a, b) => b.overdue - a.overdue || b.due - a.due)}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
