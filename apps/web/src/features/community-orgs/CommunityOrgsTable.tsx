import { Card, Empty, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TCommunityOrg } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { useFormat } from '../../lib/useFormat';
import { categoryLabel } from './columns';
import { CommunityOrgStatusTag } from './CommunityOrgStatusTag';

/** The filings as a table; the name stays pinned while the other columns scroll. */
export function CommunityOrgsTable({
  orgs,
  loading,
  visible,
}: {
  orgs: TCommunityOrg[];
  loading: boolean;
  visible: readonly string[];
}) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const all: TableColumnsType<TCommunityOrg> = [
    {
      title: t('communityOrgField.name'),
      key: 'name',
      fixed: 'left',
      width: 220,
      render: (_, o) => (
        <Link to={`/community-orgs/${o.id}`} data-testid={`community-link-${o.id}`}>
          {o.name}
        </Link>
      ),
    },
    { title: t('communityOrgField.regionName'), key: 'region', dataIndex: 'regionName', width: 200 },
    { title: t('communityOrgField.communityName'), key: 'community', dataIndex: 'communityName', width: 130 },
    {
      title: t('communityOrgField.areaKind'),
      key: 'areaKind',
      width: 100,
      render: (_, o) => t(`communityAreaKind.${o.areaKind}`),
    },
    { title: t('communityOrgField.categoryCode'), key: 'category', width: 150, render: (_, o) => categoryLabel(t, o) },
    { title: t('communityOrgField.responsibleName'), key: 'responsible', dataIndex: 'responsibleName', width: 100 },
    {
      title: t('communityOrgField.responsiblePhone'),
      key: 'phone',
      width: 130,
      render: (_, o) => o.responsiblePhoneMasked ?? '—',
    },
    { title: t('communityOrgField.venue'), key: 'venue', dataIndex: 'venue', width: 200, ellipsis: true },
    {
      title: t('communityOrgField.activityArea'),
      key: 'activityArea',
      dataIndex: 'activityArea',
      width: 160,
      ellipsis: true,
    },
    {
      title: t('communityOrgField.memberCount'),
      key: 'members',
      width: 100,
      align: 'right',
      render: (_, o) => f.number(o.memberCount),
    },
    {
      title: t('communityOrgField.fundsFen'),
      key: 'funds',
      width: 140,
      align: 'right',
      render: (_, o) => formatYuan(o.fundsFen, lang),
    },
    { title: t('communityOrgField.filedOn'), key: 'filedOn', width: 140, render: (_, o) => f.date(o.filedOn) },
    {
      title: t('communityOrgField.status'),
      key: 'status',
      width: 140,
      render: (_, o) => (
        <Flex vertical gap={2} align="flex-start">
          <CommunityOrgStatusTag status={o.status} />
          {o.cancelledOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.date(o.cancelledOn)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<TCommunityOrg>
      rowKey="id"
      data-testid="community-table"
      columns={all.filter((c) => visible.includes(String(c.key)))}
      dataSource={orgs}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
    />
  );
}

/** On a phone: one card per filing, the essentials only. */
export function CommunityOrgCards({ orgs, loading }: { orgs: TCommunityOrg[]; loading: boolean }) {
  const { t } = useI18n();
  const f = useFormat();
  if (!loading && orgs.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Flex vertical gap={8} data-testid="community-cards">
      {loading && orgs.length === 0 && <Card loading size="small" />}
      {orgs.map((o) => (
        <Card key={o.id} size="small">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Link to={`/community-orgs/${o.id}`} style={{ fontWeight: 600 }} data-testid={`community-link-${o.id}`}>
              {o.name}
            </Link>
            <CommunityOrgStatusTag status={o.status} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[categoryLabel(t, o), o.regionName, o.communityName].join(' · ')}
          </Typography.Text>
          <Flex justify="space-between" wrap gap={4} style={{ fontSize: 13, marginTop: 4 }}>
            <span>{o.responsibleName}</span>
            <span>{t('communityOrgs.filedOnValue', { date: f.date(o.filedOn) })}</span>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
