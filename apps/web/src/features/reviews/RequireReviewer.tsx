import type { ReactNode } from 'react';
import { ForbiddenPage } from '../../components/ResultPages';
import { useMe, can } from '../../app/session';

/** Supervising units review (applications.review), bureaus decide (applications.decide); applicants do neither. */
export function useIsReviewer(): boolean {
  const me = useMe();
  return can(me, 'applications.review') || can(me, 'applications.decide');
}

export function RequireReviewer({ children }: { children: ReactNode }) {
  return useIsReviewer() ? children : <ForbiddenPage />;
}
