import { useMemo, useState } from 'react';
import { Button, Card, Flex, Grid, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { ColumnSettings } from '../../components/ColumnSettings';
import { ExportButton } from '../../components/ExportButton';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../app/session';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { countOrgs, exportOrgs, fetchOrgs, orgKeys } from './api';
import { DEFAULT_ORG_COLUMNS, ORG_COLUMNS, exportColumnsOf } from './columns';
import { formatCappedCount } from './count';
import { compact, queryFromSearch, searchFromQuery, type OrgListQuery } from './filters';
import { OrgFilters } from './OrgFilters';
import { OrgCards, OrgsTable } from './OrgsTable';

/** How many match: “共 1,234 家”, or “共 1万+ 家” when the API stopped counting. */
function MatchCount({ query }: { query: OrgListQuery }) {
  const { t, lang } = useI18n();
  const count = useQuery({ queryKey: orgKeys.count(query), queryFn: () => countOrgs(query) });
  if (!count.data) return <span data-testid="orgs-count" />;
  return (
    <Typography.Text type="secondary" data-testid="orgs-count" data-capped={count.data.capped}>
      {t('orgs.count', { count: formatCappedCount(count.data, lang) })}
      {count.data.capped && (
        <Tooltip title={t('orgs.countCapped')}>
          <InfoCircleOutlined style={{ marginInlineStart: 6 }} aria-label={t('orgs.countCapped')} />
        </Tooltip>
      )}
    </Typography.Text>
  );
}

/** 社会组织: the register in the user's read scope, searchable and filterable, with export. */
export default function OrgsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canManage = useCan('orgs.manage');
  const canExport = useCan('orgs.export');
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromSearch(params), [params]);
  const [visible, setVisible] = useState<string[]>(DEFAULT_ORG_COLUMNS);
  const { query: list, items } = useKeysetQuery(orgKeys.list(query), (cursor) => fetchOrgs(query, cursor));
  const setQuery = (next: OrgListQuery) => setParams(searchFromQuery(compact(next)), { replace: true });

  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        subtitle={t('orgs.subtitle')}
        extra={
          <>
            {!phone && (
              <ColumnSettings
                columns={ORG_COLUMNS.map((c) => ({ key: c.key, label: t(c.label) }))}
                visible={visible}
                onChange={setVisible}
                testId="orgs-columns"
              />
            )}
            {canExport && (
              <ExportButton onExport={() => exportOrgs(query, exportColumnsOf(visible))} testId="orgs-export" />
            )}
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/orgs/new')}
                data-testid="org-create"
              >
                {t('orgs.create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <OrgFilters query={query} onChange={setQuery} />
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <MatchCount query={query} />
          {query.q && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('orgs.search.order')}
            </Typography.Text>
          )}
        </Flex>
        {phone ? (
          <OrgCards orgs={items} loading={list.isPending} />
        ) : (
          <OrgsTable
            orgs={items}
            loading={list.isPending}
            visible={visible}
            query={query}
            onSort={(sort, order) => setQuery({ ...query, sort, order })}
          />
        )}
        <LoadMore
          count={items.length}
          hasMore={!!list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => void list.fetchNextPage()}
        />
      </Card>
    </>
  );
}
