import { createContext, use, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Permission, TMe } from '@shezu/contracts';
import { api, unwrap } from '../api/client';
import { isApiError } from '../api/errors';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
export async function fetchMe(): Promise<TMe | null> {
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

export const MeContext = createContext<TMe | null>(null);

/** The signed-in user inside the auth guard. */
export function useMe(): TMe {
  const me = use(MeContext);
  if (!me) throw new Error('useMe outside the auth guard');
  return me;
}

export function can(me: TMe, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function useCan(permission: Permission): boolean {
  return can(useMe(), permission);
}

/** A `next` target that stays inside this app (no `//host`, no loops back to the login page). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

/** `logged-out`: the user chose to leave, so the login page neither explains nor returns anywhere. */
export type SessionEndReason = 'expired' | 'signed-out' | 'logged-out';

let endReason: SessionEndReason | null = null;
const endListeners = new Set<() => void>();

/** Why the last session ended, for the notice on the login page the auth guard redirects to. */
export function setSessionEndReason(reason: SessionEndReason | null): void {
  endReason = reason;
  for (const l of [...endListeners]) l();
}

export function useSessionEndReason(): SessionEndReason | null {
  return useSyncExternalStore(
    (listener) => {
      endListeners.add(listener);
      return () => endListeners.delete(listener);
    },
    () => endReason,
  );
}

export function loginPath(next: string, reason?: SessionEndReason | null): string {
  if (reason === 'logged-out') return '/login';
  const params = new URLSearchParams();
  if (next && next !== '/') params.set('next', next);
  if (reason) params.set('reason', reason);
  const qs = params.toString();
  return qs ? `/login?${qs}` : '/login';
}
