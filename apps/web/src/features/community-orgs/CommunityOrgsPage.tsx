import { useMemo, useState } from 'react';
import { Button, Card, Grid } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { ColumnSettings } from '../../components/ColumnSettings';
import { ExportButton } from '../../components/ExportButton';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { communityOrgKeys, exportCommunityOrgs, fetchCommunityOrgs } from './api';
import { COMMUNITY_ORG_COLUMNS, DEFAULT_COMMUNITY_ORG_COLUMNS, exportColumnsOf } from './columns';
import { CommunityOrgFilters } from './CommunityOrgFilters';
import { CommunityOrgCards, CommunityOrgsTable } from './CommunityOrgsTable';
import { compact, queryFromSearch, searchFromQuery, type CommunityOrgListQuery } from './filters';

/** 社区社会组织: the filings in the user's read scope; townships file and change their own. */
export default function CommunityOrgsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const canFile = me.permissions.includes('community_orgs.manage') && me.regionCode?.length === 9;
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromSearch(params), [params]);
  const [visible, setVisible] = useState<string[]>(DEFAULT_COMMUNITY_ORG_COLUMNS);
  const { query: list, items } = useKeysetQuery(communityOrgKeys.list(query), (cursor) =>
    fetchCommunityOrgs(query, cursor),
  );
  const setQuery = (next: CommunityOrgListQuery) => setParams(searchFromQuery(compact(next)), { replace: true });

  return (
    <>
      <PageHeader
        title={t('communityOrgs.title')}
        subtitle={t('communityOrgs.subtitle')}
        extra={
          <>
            {!phone && (
              <ColumnSettings
                columns={COMMUNITY_ORG_COLUMNS.map((c) => ({ key: c.key, label: t(c.label) }))}
                visible={visible}
                onChange={setVisible}
                testId="community-columns"
              />
            )}
            <ExportButton
              onExport={() => exportCommunityOrgs(query, exportColumnsOf(visible))}
              testId="community-export"
            />
            {canFile && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/community-orgs/new')}
                data-testid="community-create"
              >
                {t('communityOrgs.create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <CommunityOrgFilters query={query} onChange={setQuery} />
        {phone ? (
          <CommunityOrgCards orgs={items} loading={list.isPending} />
        ) : (
          <CommunityOrgsTable orgs={items} loading={list.isPending} visible={visible} />
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
