import { useState } from 'react';
import { Button, Card, Col, Grid, Input, Row, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { UNIT_KINDS, type TUnit, type UnitKind } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { useCan, useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { unitKindLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchUnits, unitKeys, type UnitFilter } from './api';
import { UnitFormDrawer } from './UnitFormDrawer';

const KIND_COLORS: Record<UnitKind, string> = {
  authority: 'red',
  supervisor: 'blue',
  party_body: 'volcano',
  partner: 'cyan',
  evaluator: 'purple',
};

export default function UnitsPage() {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const canManage = useCan('units.manage');
  const pin = Grid.useBreakpoint().md;
  const [filter, setFilter] = useState<UnitFilter>({});
  const [editing, setEditing] = useState<{ unit: TUnit | null } | null>(null);
  const { query, items } = useKeysetQuery(unitKeys.list(filter), (cursor) => fetchUnits(filter, cursor));
  const patch = (p: Partial<UnitFilter>) => setFilter((prev) => ({ ...prev, ...p }));

  const columns: TableColumnsType<TUnit> = [
    {
      title: t('units.name'),
      dataIndex: 'name',
      width: 260,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    {
      title: t('units.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (k: UnitKind) => <Tag color={KIND_COLORS[k]}>{unitKindLabel(t, k)}</Tag>,
    },
    { title: t('units.region'), dataIndex: 'regionName', width: 180 },
    { title: t('units.phone'), dataIndex: 'contactPhone', width: 140, render: (v: string | null) => v ?? '—' },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 90,
      render: (a: boolean) => (a ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>),
    },
    { title: t('units.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => f.dateTime(v) },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: pin ? 'right' : undefined,
      width: 90,
      render: (_, u) => {
        // units.manage decides only on the user's own level (本级); the rest is read-only.
        const own = u.regionCode === me.regionCode;
        const button = (
          <Button
            type="link"
            size="small"
            disabled={!own}
            onClick={() => setEditing({ unit: u })}
            data-testid={`unit-edit-${u.id}`}
          >
            {t('common.edit')}
          </Button>
        );
        return own ? button : <Tooltip title={t('units.notOwnLevel')}>{button}</Tooltip>;
      },
    });
  }

  return (
    <>
      <PageHeader
        title={t('units.title')}
        subtitle={t('units.subtitle')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ unit: null })}
              data-testid="unit-create"
            >
              {t('units.create')}
            </Button>
          )
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} sm={12} lg={6}>
            <Input.Search
              allowClear
              placeholder={t('units.search')}
              onSearch={(q) => patch({ q: q.trim() || undefined })}
              data-testid="units-search"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select<UnitKind>
              allowClear
              style={{ width: '100%' }}
              placeholder={t('units.filterKind')}
              options={UNIT_KINDS.map((k) => ({ value: k, label: unitKindLabel(t, k) }))}
              onChange={(kind) => patch({ kind })}
              data-testid="units-kind-filter"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <RegionPicker
              root={me.regionCode}
              placeholder={t('units.filterRegion')}
              value={filter.within}
              onChange={(code) => patch({ within: code ?? undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select<'true' | 'false'>
              allowClear
              style={{ width: '100%' }}
              placeholder={t('units.filterStatus')}
              options={[
                { value: 'true', label: t('common.active') },
                { value: 'false', label: t('common.inactive') },
              ]}
              onChange={(active) => patch({ active })}
            />
          </Col>
        </Row>
        <Table<TUnit>
          rowKey="id"
          data-testid="units-table"
          columns={columns}
          dataSource={items}
          loading={query.isPending}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
        />
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
      {editing && (
        <UnitFormDrawer key={editing.unit?.id ?? 'new'} unit={editing.unit} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
