import { useMemo, useState } from 'react';
import { Card, Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { annualKeys, exportAnnualReports, fetchAnnualQueue, type BatchResult } from './api';
import { ExportButton } from '../../components/ExportButton';
import { BatchApproveButton, BatchOutcomeAlert, useResultText, type BatchOutcome } from './BatchApprove';
import { QUEUE_TABS, apiQueryOf, batchBlocker, compactQueue, queueFromSearch, searchFromQueue } from './queue';
import type { QueueState } from './queue';
import { QueueFilters } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { TodoKindBadge } from '../reviews/ReviewBadge';

/** 年报审核: the reports waiting for the user's step (or all in scope), riskiest first. */
export default function AnnualQueuePage() {
  const t = useT();
  const resultText = useResultText();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => queueFromSearch(params), [params]);
  const apiQuery = useMemo(() => apiQueryOf(state), [state]);
  const { query: list, items } = useKeysetQuery(annualKeys.queue(apiQuery), (cursor) =>
    fetchAnnualQueue(apiQuery, cursor),
  );
  const [selected, setSelected] = useState<number[]>([]);
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const setState = (next: QueueState) => {
    setSelected([]);
    setParams(searchFromQueue(compactQueue(next)), { replace: true });
  };

  // Only rows still listed and still clean are sent: a refetch may have changed them since they were ticked.
  const picked = items.filter((r) => selected.includes(r.id) && batchBlocker(r, state.tab) === null);
  const results = useMemo(
    () => new Map<number, BatchResult>((outcome?.results ?? []).map((r) => [r.id, r])),
    [outcome],
  );
  const { tab: _tab, ...filters } = state;
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader title={t('annualReview.title')} subtitle={t('annualReview.subtitle')} />
      <Card>
        <Tabs
          activeKey={state.tab}
          onChange={(tab) => setState({ ...state, tab: tab as QueueState['tab'] })}
          items={QUEUE_TABS.map((key) => ({
            key,
            label: (
              <span data-testid={`annual-tab-${key}`}>
                {t(`annualReview.tab.${key}`)}
                {key === 'mine' && <TodoKindBadge kind="annual_review" testId="annual-mine-count" />}
              </span>
            ),
          }))}
        />
        <QueueFilters key={state.tab} state={state} onChange={setState} />
        {outcome && <BatchOutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} />}
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('annualReview.sorted')}
          </Typography.Text>
          <ExportButton onExport={() => exportAnnualReports(apiQuery)} testId="annual-export" />
          {state.tab === 'mine' && (
            <BatchApproveButton
              rows={picked}
              onDone={(o) => {
                setOutcome(o);
                setSelected([]);
              }}
            />
          )}
        </Flex>
        <QueueTable
          rows={items}
          loading={list.isPending}
          tab={state.tab}
          emptyText={t(state.tab === 'mine' && !filtered ? 'annualReview.empty.mine' : 'annualReview.empty')}
          selected={selected}
          onSelect={setSelected}
          results={results}
          resultText={resultText}
        />
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
