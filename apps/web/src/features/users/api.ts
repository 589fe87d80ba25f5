import type { Role, TUser, TUserCreate, TUserUpdate } from '@shezu/contracts';
import { api, unwrap } from '../../api/client';
import { downloadFrom } from '../../lib/download';

export interface UserFilter {
  q?: string;
  role?: Role;
  regionCode?: string;
  disabled?: 'true' | 'false';
}

const PAGE_SIZE = 50;

export const userKeys = {
  all: ['users'] as const,
  list: (filter: UserFilter) => ['users', 'list', filter] as const,
};

export const fetchUsers = (filter: UserFilter, cursor?: string) =>
  unwrap(
    api.GET('/api/users', { params: { query: { ...filter, q: filter.q || undefined, cursor, limit: PAGE_SIZE } } }),
  );

export const fetchUser = (id: number): Promise<TUser> =>
  unwrap(api.GET('/api/users/{id}', { params: { path: { id } } }));

export const createUser = (body: TUserCreate): Promise<TUser> => unwrap(api.POST('/api/users', { body }));

export const updateUser = (id: number, body: TUserUpdate): Promise<TUser> =>
  unwrap(api.PUT('/api/users/{id}', { params: { path: { id } }, body }));

export const resetPassword = (id: number, version: number) =>
  unwrap(api.POST('/api/users/{id}/reset-password', { params: { path: { id } }, body: { version } }));

export const setDisabled = (id: number, disabled: boolean, version: number): Promise<TUser> =>
  unwrap(
    disabled
      ? api.POST('/api/users/{id}/disable', { params: { path: { id } }, body: { version } })
      : api.POST('/api/users/{id}/enable', { params: { path: { id } }, body: { version } }),
  );

export const unlockUser = (id: number): Promise<TUser> =>
  unwrap(api.POST('/api/users/{id}/unlock', { params: { path: { id } } }));

/** Clear-text phone and ID number; the API writes every call to the audit log. */
export const fetchPersonalData = (id: number) =>
  unwrap(api.GET('/api/users/{id}/personal-data', { params: { path: { id } } }));

export function isLocked(user: Pick<TUser, 'lockedUntil'>, now = Date.now()): boolean {
  return !!user.lockedUntil && Date.parse(user.lockedUntil) > now;
}

/** The list as Excel with the same filter and the columns shown (the API audits and watermarks it). */
export const exportUsers = (filter: UserFilter, columns: string) =>
  downloadFrom(
    api.GET('/api/users/export', {
      params: { query: { ...filter, q: filter.q || undefined, columns } },
      parseAs: 'blob',
    }),
    'users.xlsx',
  );
