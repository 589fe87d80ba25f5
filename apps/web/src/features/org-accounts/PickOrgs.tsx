import { useMemo, useState } from 'react';
import { Button, Card, Flex, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { ORG_ACCOUNT_BATCH_MAX, type TOrgSummary } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { useMe } from '../../app/session';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchOrgs, orgKeys } from '../orgs/api';
import type { OrgListQuery } from '../orgs/filters';
import { filterModeProblem, pickListQuery, selectable } from './issueLogic';
import { PickFilters } from './PickFilters';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 };

/**
 * Registered organizations of the bureau's own level, to tick one by one (kept across pages) or to take
 * all that match the filter. Whether one already has an account only the API knows: it skips those.
 */
export function PickOrgs({
  busy,
  onIssue,
}: {
  busy: boolean;
  onIssue: (mode: 'selected' | 'filter', ids: number[], filter: OrgListQuery) => void;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const me = useMe();
  const [filter, setFilter] = useState<OrgListQuery>({});
  const [selected, setSelected] = useState<number[]>([]);
  const query = useMemo(() => pickListQuery(filter, me.regionCode), [filter, me.regionCode]);
  const { query: list, items } = useKeysetQuery(orgKeys.list(query), (cursor) => fetchOrgs(query, cursor));
  const problem = filterModeProblem(filter);

  const columns: TableColumnsType<TOrgSummary> = [
    { title: t('orgField.name'), key: 'name', dataIndex: 'name', width: 240 },
    { title: t('orgField.uscc'), key: 'uscc', width: 190, render: (_, o) => <span style={mono}>{o.uscc}</span> },
    { title: t('orgField.type'), key: 'type', width: 130, render: (_, o) => t(`orgType.${o.type}`) },
    { title: t('orgField.regionCode'), key: 'region', dataIndex: 'regionName', width: 190 },
    { title: t('orgField.foundedOn'), key: 'foundedOn', width: 140, render: (_, o) => f.date(o.foundedOn) },
  ];

  return (
    <Card title={t('orgAccounts.pick.title')}>
      <PickFilters filter={filter} onChange={setFilter} />
      <Table<TOrgSummary>
        rowKey="id"
        size="middle"
        data-testid="org-accounts-table"
        columns={columns}
        dataSource={items}
        loading={list.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(Number)),
          getCheckboxProps: (o) => ({ disabled: !selectable(o, me), 'data-testid': `org-accounts-pick-${o.id}` }),
        }}
      />
      <LoadMore
        count={items.length}
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
      <Flex
        gap={8}
        wrap
        align="center"
        justify="space-between"
        style={{ marginTop: 16, paddingTop: 16, borderTop: '1px solid rgba(5,5,5,0.06)' }}
      >
        <Typography.Text data-testid="org-accounts-selected">
          {t('orgAccounts.pick.selected', { count: f.number(selected.length), max: f.number(ORG_ACCOUNT_BATCH_MAX) })}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Tooltip title={problem ? t('orgAccounts.pick.noNameFilter') : t('orgAccounts.pick.allHelp')}>
            <Button
              disabled={!!problem || busy}
              onClick={() => onIssue('filter', [], filter)}
              data-testid="org-accounts-issue-filter"
            >
              {t('orgAccounts.pick.issueAll')}
            </Button>
          </Tooltip>
          <Button
            type="primary"
            icon={<KeyOutlined />}
            disabled={selected.length === 0 || selected.length > ORG_ACCOUNT_BATCH_MAX}
            loading={busy}
            onClick={() => onIssue('selected', selected, filter)}
            data-testid="org-accounts-issue"
          >
            {t('orgAccounts.pick.issueSelected', { count: f.number(selected.length) })}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
