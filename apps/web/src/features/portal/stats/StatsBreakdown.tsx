import { Card, Col, Progress, Row, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import type { OrgStats } from '../api';
import { byCountDesc, percentText } from './statsLogic';

interface ShareRow {
  key: string;
  name: string;
  count: number;
  share: number;
}

function ShareTable({ rows, nameTitle, testId }: { rows: ShareRow[]; nameTitle: string; testId: string }) {
  const t = useT();
  const f = useFormat();
  const columns: TableColumnsType<ShareRow> = [
    { title: nameTitle, dataIndex: 'name', key: 'name' },
    {
      title: t('portal.stats.count'),
      key: 'count',
      align: 'right',
      width: 110,
      render: (_, r) => <span data-testid="stats-row-count">{f.number(r.count)}</span>,
    },
    {
      title: t('portal.stats.share'),
      key: 'share',
      width: 200,
      render: (_, r) => (
        <Progress
          percent={r.share}
          size="small"
          format={() => <span data-testid="stats-row-share">{percentText(r.share, f.number)}</span>}
          style={{ margin: 0, minWidth: 140 }}
        />
      ),
    },
  ];
  return (
    <Table<ShareRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
    />
  );
}

interface AreaRow {
  key: 'urban' | 'rural';
  count: number;
  communities: number;
  perCommunity: number | null;
}

/** The shares by type and by category, and the community organizations per urban and rural community. */
export function StatsBreakdown({ stats }: { stats: OrgStats }) {
  const t = useT();
  const f = useFormat();
  const r = stats.registered;
  const types = r.byType.map((x) => ({ key: x.type, name: t(`orgType.${x.type}`), count: x.count, share: x.share }));
  const categories = byCountDesc(r.byCategory).map((x) => ({ key: x.code, ...x }));
  const areas: AreaRow[] = (['urban', 'rural'] as const).map((k) => ({ key: k, ...stats.communityOrgs[k] }));
  const areaColumns: TableColumnsType<AreaRow> = [
    { title: t('portal.stats.area'), key: 'area', render: (_, a) => t(`portal.community.area.${a.key}`) },
    { title: t('portal.stats.filed'), key: 'count', align: 'right', render: (_, a) => f.number(a.count) },
    {
      title: t('portal.stats.communities'),
      key: 'communities',
      align: 'right',
      render: (_, a) => f.number(a.communities),
    },
    {
      title: t('portal.stats.perCommunity'),
      key: 'per',
      align: 'right',
      render: (_, a) => (a.perCommunity === null ? '—' : f.number(a.perCommunity, 2)),
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Card title={t('portal.stats.byType')} size="small" style={{ height: '100%' }}>
          <ShareTable rows={types} nameTitle={t('orgField.type')} testId="stats-by-type" />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('portal.stats.community')} size="small" style={{ height: '100%' }}>
          <Table<AreaRow>
            rowKey="key"
            size="small"
            columns={areaColumns}
            dataSource={areas}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="stats-community-table"
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('portal.stats.byCategory')} size="small">
          <ShareTable rows={categories} nameTitle={t('orgField.categoryCode')} testId="stats-by-category" />
        </Card>
      </Col>
    </Row>
  );
}
