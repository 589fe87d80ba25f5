import { Card, Empty, Flex, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { Link } from 'react-router';
import type { TOrgSummary } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { useFormat } from '../../lib/useFormat';
import { ORG_COLUMNS } from './columns';
import type { OrgListQuery, OrgSort } from './filters';
import { OrgStatusTag } from './OrgStatusTag';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 };

function StatusCell({ org }: { org: TOrgSummary }) {
  const f = useFormat();
  return (
    <Flex vertical gap={2} align="flex-start">
      <OrgStatusTag status={org.status} />
      {org.status !== 'registered' && org.statusDate && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {f.date(org.statusDate)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The register as a table: the name stays pinned while the other columns scroll. */
export function OrgsTable({
  orgs,
  loading,
  visible,
  query,
  onSort,
}: {
  orgs: TOrgSummary[];
  loading: boolean;
  /** Keys of ORG_COLUMNS to show, in their order. */
  visible: readonly string[];
  query: OrgListQuery;
  onSort: (sort: OrgSort | undefined, order: 'asc' | 'desc' | undefined) => void;
}) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const sortable = !query.q;
  const sortOf = (key: string) => ORG_COLUMNS.find((c) => c.key === key)?.sort;
  const sorting = (key: string) => {
    const sort = sortOf(key);
    if (!sort || !sortable) return {};
    const active = query.sort === sort;
    return {
      sorter: true,
      sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
      sortOrder: active ? (query.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null,
    };
  };
  const all: TableColumnsType<TOrgSummary> = [
    {
      title: t('orgField.name'),
      key: 'name',
      fixed: 'left',
      width: 220,
      ...sorting('name'),
      render: (_, o) => (
        <Link to={`/orgs/${o.id}`} data-testid={`org-link-${o.id}`}>
          {o.name}
        </Link>
      ),
    },
    { title: t('orgField.uscc'), key: 'uscc', width: 190, render: (_, o) => <span style={mono}>{o.uscc}</span> },
    { title: t('orgField.type'), key: 'type', width: 130, render: (_, o) => t(`orgType.${o.type}`) },
    { title: t('orgField.categoryCode'), key: 'category', dataIndex: 'categoryName', width: 120 },
    { title: t('orgs.col.level'), key: 'level', width: 80, render: (_, o) => t(`orgLevel.${o.level}`) },
    { title: t('orgs.col.authority'), key: 'authority', dataIndex: 'authorityName', width: 160 },
    {
      title: t('orgField.supervisorUnitId'),
      key: 'supervisor',
      width: 200,
      render: (_, o) =>
        o.supervisorUnitName ?? <Typography.Text type="secondary">{t('orgs.directRegistration')}</Typography.Text>,
    },
    { title: t('orgField.regionCode'), key: 'region', dataIndex: 'regionName', width: 190 },
    { title: t('orgField.address'), key: 'address', dataIndex: 'address', width: 240, ellipsis: true },
    { title: t('orgField.legalRepName'), key: 'legalRep', dataIndex: 'legalRepName', width: 110 },
    {
      title: t('orgField.registeredFundsFen'),
      key: 'funds',
      width: 160,
      align: 'right',
      ...sorting('funds'),
      render: (_, o) => formatYuan(o.registeredFundsFen, lang),
    },
    {
      title: t('orgField.foundedOn'),
      key: 'foundedOn',
      width: 140,
      ...sorting('foundedOn'),
      render: (_, o) => f.date(o.foundedOn),
    },
    { title: t('orgField.status'), key: 'status', width: 130, render: (_, o) => <StatusCell org={o} /> },
    {
      title: t('orgField.evaluationGrade'),
      key: 'grade',
      width: 150,
      render: (_, o) =>
        o.evaluationGrade ? (
          <Flex vertical>
            <span>{t(`orgGrade.${o.evaluationGrade}`)}</span>
            {o.gradeValidUntil && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('orgs.validUntil', { date: f.date(o.gradeValidUntil) })}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          '—'
        ),
    },
  ];
  const columns = all.filter((c) => visible.includes(String(c.key)));
  const onChange: TableProps<TOrgSummary>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = s?.order ? sortOf(String(s.columnKey)) : undefined;
    onSort(sort, s?.order === 'descend' ? 'desc' : s?.order === 'ascend' ? 'asc' : undefined);
  };
  return (
    <Table<TOrgSummary>
      rowKey="id"
      data-testid="orgs-table"
      columns={columns}
      dataSource={orgs}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      onChange={onChange}
      showSorterTooltip={false}
    />
  );
}

/** The register on a phone: one card per organization, the essentials only. */
export function OrgCards({ orgs, loading }: { orgs: TOrgSummary[]; loading: boolean }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  if (!loading && orgs.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Flex vertical gap={8} data-testid="orgs-cards">
      {loading && orgs.length === 0 && <Card loading size="small" />}
      {orgs.map((o) => (
        <Card key={o.id} size="small" data-testid={`org-card-${o.id}`}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Link to={`/orgs/${o.id}`} data-testid={`org-link-${o.id}`} style={{ fontWeight: 600 }}>
              {o.name}
            </Link>
            <OrgStatusTag status={o.status} />
          </Flex>
          <div style={{ ...mono, marginTop: 4 }}>{o.uscc}</div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[t(`orgType.${o.type}`), o.categoryName, o.regionName].join(' · ')}
          </Typography.Text>
          <Flex justify="space-between" wrap gap={4} style={{ fontSize: 13, marginTop: 4 }}>
            <span>{t('orgs.labelValue', { label: t('orgField.foundedOn'), value: f.date(o.foundedOn) })}</span>
            <span>{formatYuan(o.registeredFundsFen, lang)}</span>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
