import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TApplicationDetail } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { applicationKeys, fetchApplication } from './api';

/** The latest return for correction (by the supervising unit or the authority), or null. */
export function lastReturn(history: TApplicationDetail['history']) {
  return history.filter((h) => h.status === 'returned').at(-1) ?? null;
}

/**
 * 退回意见 of a returned application in the list. The list's summary has no comment, so it comes from
 * the detail (the same query the detail page uses, so opening it costs nothing more).
 */
export function ReturnedComment({ id }: { id: number }) {
  const t = useT();
  const detail = useQuery({ queryKey: applicationKeys.detail(id), queryFn: () => fetchApplication(id) });
  const entry = detail.data ? lastReturn(detail.data.history) : null;
  if (!entry?.comment) return null;
  return (
    <Typography.Text type="warning" data-testid={`application-returned-comment-${id}`}>
      {t('applications.returnedComment', { actor: entry.actorName, comment: entry.comment })}
    </Typography.Text>
  );
}
