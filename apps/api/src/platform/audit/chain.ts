import { sm3 } from '../crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** What each audit row's hash covers: everything but the hashes themselves. */
export interface AuditContent {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

/** JSON with keys sorted at every level, so PostgreSQL's jsonb key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
}

/** SM3 over the previous row's hash and this row's content: editing any row breaks every later link. */
export function chainHash(prevHash: string, content: AuditContent): string {
  return sm3(prevHash + '\n' + canonicalJson(content));
}
