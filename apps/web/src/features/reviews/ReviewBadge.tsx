import { Badge } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { fetchTodoCounts, todoKeys } from '../home/api';

/**
 * Open to-dos of one kind beside a menu entry. It reads the counts the 工作台 badge already polls (same
 * query), so it costs no request of its own.
 */
export function TodoKindBadge({ kind, testId }: { kind: string; testId: string }) {
  const t = useT();
  const counts = useQuery({ queryKey: todoKeys.counts, queryFn: fetchTodoCounts, staleTime: 10_000 });
  const c = counts.data?.byKind[kind];
  if (!c || c.open === 0) return null;
  return (
    <Badge
      count={c.open}
      overflowCount={99}
      color={c.overdue > 0 ? undefined : '#1a5fb4'}
      title={t('home.todoBadge', { open: c.open, overdue: c.overdue })}
      style={{ marginInlineStart: 8 }}
      data-testid={testId}
    />
  );
}
