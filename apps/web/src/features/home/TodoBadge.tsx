import { useCallback } from 'react';
import { Badge, Flex } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { usePollWhileActive } from '../../lib/polling';
import { fetchTodoCounts, todoKeys } from './api';

const REFRESH_MS = 60_000;

/** Open to-dos beside the 工作台 menu entry, overdue ones in red; refreshed while the user works. */
export function TodoBadge() {
  const t = useT();
  const counts = useQuery({
    queryKey: todoKeys.counts,
    queryFn: fetchTodoCounts,
    staleTime: 10_000,
    refetchOnWindowFocus: true,
  });
  const { refetch } = counts;
  usePollWhileActive(
    useCallback(() => void refetch(), [refetch]),
    REFRESH_MS,
  );
  const open = counts.data?.open ?? 0;
  const overdue = counts.data?.overdue ?? 0;
  if (open === 0) return null;
  return (
    <Flex
      component="span"
      gap={4}
      align="center"
      title={t('home.todoBadge', { open, overdue })}
      aria-label={t('home.todoBadge', { open, overdue })}
      style={{ marginInlineStart: 8, lineHeight: 1 }}
    >
      <Badge count={open} overflowCount={99} color="#1a5fb4" data-testid="todo-badge-open" />
      {overdue > 0 && <Badge count={overdue} overflowCount={99} data-testid="todo-badge-overdue" />}
    </Flex>
  );
}
