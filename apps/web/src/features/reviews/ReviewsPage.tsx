import { useEffect, useMemo } from 'react';
import { Card, Flex, Grid, Tabs, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchQueue, reviewKeys } from './api';
import {
  QUEUE_TABS,
  apiQueryOf,
  compactQueue,
  isPendingTab,
  queueFromSearch,
  apiSearchOf,
  searchFromQueue,
  visibleRows,
  type QueueState,
} from './queue';
import { readQueue, saveQueue } from './queueNav';
import { QueueFilters } from './QueueFilters';
import { QueueCards, QueueTable } from './QueueTable';
import { TodoKindBadge } from './ReviewBadge';
import { RequireReviewer } from './RequireReviewer';
import { useDueState } from './useDueState';

function Queue() {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => queueFromSearch(params), [params]);
  const apiQuery = useMemo(() => apiQueryOf(state), [state]);
  const { query: list, items } = useKeysetQuery(reviewKeys.queue(apiQuery), (cursor) => fetchQueue(apiQuery, cursor));
  const rows = useMemo(() => visibleRows(items, state), [items, state]);
  const dueOf = useDueState(rows.map((r) => r.dueDate));
  const search = searchFromQueue(state).toString();
  const setState = (next: QueueState) => setParams(searchFromQueue(compactQueue(next)), { replace: true });

  const open = (id: number) => {
    saveQueue({ search, ids: rows.map((r) => r.id), openedId: id });
    void navigate(`/reviews/${id}`);
  };

  // Back from an application: the focus returns to the row that was opened, so the clerk goes on from there.
  const loaded = rows.length > 0;
  useEffect(() => {
    if (!loaded) return;
    const saved = readQueue();
    if (!saved?.openedId || saved.search !== search) return;
    // A decided application has left the queue: the one after it takes its place.
    const from = Math.max(0, saved.ids.indexOf(saved.openedId));
    const target = [saved.openedId, ...saved.ids.slice(from + 1)].find((id) =>
      document.querySelector(`tr[data-row-id="${id}"]`),
    );
    const row = target ? document.querySelector<HTMLElement>(`tr[data-row-id="${target}"]`) : null;
    row?.focus({ preventScroll: true });
    row?.scrollIntoView?.({ block: 'center' });
  }, [loaded, search]);

  const pending = isPendingTab(state.tab);
  const local = !!state.q && !apiSearchOf(state.q);
  const view = {
    rows,
    loading: list.isPending,
    decided: state.tab === 'approved' || state.tab === 'rejected',
    dueOf,
    emptyText: t(state.tab === 'mine' && !local && !state.kind ? 'reviews.empty.mine' : 'reviews.empty'),
    onOpen: open,
  };

  return (
    <>
      <PageHeader title={t('reviews.title')} subtitle={t('reviews.subtitle')} />
      <Card>
        <Tabs
          activeKey={state.tab}
          onChange={(tab) => setState({ ...state, tab: tab as QueueState['tab'] })}
          items={QUEUE_TABS.map((key) => ({
            key,
            label: (
              <span data-testid={`reviews-tab-${key}`}>
                {t(`reviews.tab.${key}`)}
                {key === 'mine' && <TodoKindBadge kind="application_review" testId="reviews-mine-count" />}
              </span>
            ),
          }))}
        />
        <QueueFilters key={state.tab} state={state} onChange={setState} />
        <Flex wrap gap="4px 16px" style={{ marginBottom: 8, fontSize: 12 }}>
          {pending && (
            <Typography.Text type="secondary" data-testid="reviews-sorted">
              {t('reviews.sorted')}
            </Typography.Text>
          )}
          {local && (
            <Typography.Text type="secondary" data-testid="reviews-local-note">
              {t('reviews.filter.local', { count: items.length })}
            </Typography.Text>
          )}
          {!phone && <Typography.Text type="secondary">{t('reviews.keys')}</Typography.Text>}
        </Flex>
        {phone ? <QueueCards {...view} /> : <QueueTable {...view} />}
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

/** 审核工作台: the applications waiting for the user's step, soonest due first. */
export default function ReviewsPage() {
  return (
    <RequireReviewer>
      <Queue />
    </RequireReviewer>
  );
}
