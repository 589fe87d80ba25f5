import { Alert, Button, Card, Flex, Select, Skeleton, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { REGISTERED_ORG_TYPES, SCORE_LEVELS, type RegisteredOrgType, type TScoreDistribution } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { fetchDistribution, scoreKeys } from './api';
import { LevelBar, share, type LevelCounts } from './LevelBar';

interface Row {
  key: string;
  name: string;
  counts: LevelCounts;
  all: number;
  regionCode?: string;
}

/** 信用等级分布: counts and shares per level by child region (click to go down a level) and by type. */
export default function DistributionPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const orgType = (params.get('orgType') as RegisteredOrgType | null) ?? undefined;
  const q = useQuery({
    queryKey: scoreKeys.distribution(region, orgType),
    queryFn: () => fetchDistribution(region, orgType),
  });
  const go = (next: { region?: string | undefined; orgType?: string | undefined }) => {
    const p = new URLSearchParams();
    const r = 'region' in next ? next.region : region;
    const o = 'orgType' in next ? next.orgType : orgType;
    if (r) p.set('region', r);
    if (o) p.set('orgType', o);
    setParams(p);
  };

  const columns = (first: string, drill: boolean) => [
    {
      title: first,
      key: 'name',
      width: 140,
      fixed: 'left' as const,
      render: (_: unknown, r: Row) =>
        drill && r.regionCode && r.regionCode !== region ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => go({ region: r.regionCode })}>
            {r.name}
          </Button>
        ) : (
          r.name
        ),
    },
    ...SCORE_LEVELS.map((l) => ({
      title: l,
      key: l,
      width: 100,
      align: 'right' as const,
      render: (_: unknown, r: Row) => share(r.counts[l], r.all),
    })),
    { title: t('creditScores.total'), dataIndex: 'all', key: 'all', width: 80, align: 'right' as const },
    { title: '', key: 'bar', width: 160, render: (_: unknown, r: Row) => <LevelBar counts={r.counts} all={r.all} /> },
  ];

  const body = (d: TScoreDistribution) => {
    const regionRows: Row[] = d.byRegion.map((r) => ({
      key: r.regionCode,
      name: r.regionName,
      counts: r.counts,
      all: r.all,
      regionCode: r.regionCode,
    }));
    const typeRows: Row[] = d.byType.map((r) => ({
      key: r.orgType,
      name: t(`orgType.${r.orgType as RegisteredOrgType}`),
      counts: r.counts,
      all: r.all,
    }));
    const total: Row = { key: 'total', name: t('creditScores.total'), counts: d.total, all: d.total.all };
    return (
      <Flex vertical gap={16}>
        <Typography.Text data-testid="credit-dist-summary">
          {t('creditScores.summary', { name: d.regionName, n: d.total.all })}
        </Typography.Text>
        <Card size="small" title={t('creditScores.byRegion')}>
          <Table<Row>
            size="small"
            pagination={false}
            scroll={{ x: 840 }}
            columns={columns(t('creditScores.region'), true)}
            dataSource={[...regionRows, total]}
            locale={{ emptyText: t('creditScores.empty') }}
            data-testid="credit-dist-regions"
          />
        </Card>
        <Card size="small" title={t('creditScores.byType')}>
          <Table<Row>
            size="small"
            pagination={false}
            scroll={{ x: 840 }}
            columns={columns(t('creditScores.type'), false)}
            dataSource={typeRows}
            locale={{ emptyText: t('creditScores.empty') }}
            data-testid="credit-dist-types"
          />
        </Card>
      </Flex>
    );
  };

  return (
    <>
      <PageHeader
        title={t('creditScores.title')}
        subtitle={t('creditScores.subtitle')}
        extra={
          <>
            {region && (
              <Button onClick={() => go({ region: undefined })} data-testid="credit-dist-top">
                {t('creditScores.back')}
              </Button>
            )}
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('creditScores.allTypes')}
              value={orgType}
              onChange={(v) => go({ orgType: v })}
              options={REGISTERED_ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
              data-testid="credit-dist-type"
            />
          </>
        }
      />
      {q.isPending ? (
        <Skeleton active />
      ) : q.isError ? (
        <Alert type="error" showIcon title={errorText(q.error, lang, t)} />
      ) : (
        body(q.data)
      )}
    </>
  );
}
