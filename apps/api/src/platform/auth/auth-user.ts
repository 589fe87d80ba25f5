import type { Permission, Role } from '@shezu/contracts';

/** The signed-in user as every route and service sees it. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: Set<Permission>;
  regionCode: string | null;
  unitId: number | null;
  orgId: number | null;
  mustChangePassword: boolean;
}

/** Who did a write, for the audit trail. */
export interface Actor {
  userId: number | null;
  name: string;
  regionCode: string | null;
  requestId: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, name: 'system', regionCode: null, requestId: null, ip: null };

/** What the session cookie resolves to on a request. */
export type ResolvedSession =
  { state: 'active'; user: AuthUser; sessionId: string; csrfToken: string } | { state: 'expired' } | { state: 'none' };

export interface SessionResolver {
  /** `touch: false` for background polls: they must not count as activity for the idle timeout. */
  resolve(token: string, opts?: { touch?: boolean }): Promise<ResolvedSession>;
}

export function actorFor(
  user: Pick<AuthUser, 'id' | 'displayName' | 'username' | 'regionCode'>,
  meta: { requestId: string | null; ip: string | null },
): Actor {
  return {
    userId: user.id,
    name: `${user.displayName}(${user.username})`,
    regionCode: user.regionCode,
    requestId: meta.requestId,
    ip: meta.ip,
  };
}
