import type { SignUpStatus, TSignUp } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';

const PAGE_SIZE = 50;

export const signUpKeys = {
  all: ['sign-ups'] as const,
  list: (status: SignUpStatus | undefined) => ['sign-ups', 'list', status ?? 'all'] as const,
};

/** Sign-ups of the administrator's region subtree, newest first (keyset pages). */
export const fetchSignUps = (status: SignUpStatus | undefined, cursor?: string) =>
  unwrap(api.GET('/api/sign-ups', { params: { query: { status, cursor, limit: PAGE_SIZE } } })) as Promise<{
    items: TSignUp[];
    nextCursor: string | null;
  }>;

export const approveSignUp = (s: Pick<TSignUp, 'id' | 'version'>): Promise<TSignUp> =>
  unwrap(api.POST('/api/sign-ups/{id}/approve', { params: { path: { id: s.id } }, body: { version: s.version } }));

export const rejectSignUp = (s: Pick<TSignUp, 'id' | 'version'>, reason: string): Promise<TSignUp> =>
  unwrap(
    api.POST('/api/sign-ups/{id}/reject', { params: { path: { id: s.id } }, body: { version: s.version, reason } }),
  );
