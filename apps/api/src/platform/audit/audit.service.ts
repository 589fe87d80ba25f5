import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import type { Actor } from '../auth/auth-user';
import { AuditRepository, type AuditFilter, type AuditRow } from './audit.repository';
import type { AuthUser } from '../auth/auth-user';
import { readScopeCondition } from '../auth/guard';
import { GENESIS_HASH, chainHash, type AuditContent } from './chain';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** Region the record belongs to: decides who may read this row. */
  regionCode?: string | null;
  summary?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Keys that must never be written into the trail in clear. */
const SECRET_KEYS = new Set([
  'passwordHash',
  'password',
  'initialPassword',
  'newPassword',
  'currentPassword',
  'idNumberEnc',
  'idNumber',
  'csrfToken',
]);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // A JSON round trip gives exactly what the database will hand back, so the hash is reproducible.
  return JSON.parse(
    JSON.stringify(value, (k, v) => (SECRET_KEYS.has(k) && v !== null && v !== undefined ? '[redacted]' : v)),
  );
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  brokenAt?: number;
  reason?: string;
}

export class AuditService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  /** Rows about records in the user's region subtree, newest first. */
  list(user: AuthUser, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
    const scope = readScopeCondition(user, 'audit.read', { region: 'auditLog.regionCode' });
    return new AuditRepository(this.db).list(filter, scope, limit);
  }

  /**
   * Appends entries in the caller's transaction, after its other writes: the head row lock serialises
   * appends, so the chain has no forks even with several servers on one PostgreSQL.
   */
  async record(trx: Kysely<DB>, actor: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    const repo = new AuditRepository(trx);
    const head = await repo.lockHead();
    const at = this.clock.now().toISOString();
    let prevHash = head.lastHash;
    let id = head.lastId;
    const rows: AuditRow[] = list.map((e) => {
      const content: AuditContent = {
        id: ++id,
        at,
        actorId: actor.userId,
        actorName: actor.name,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
        regionCode: e.regionCode ?? null,
        summary: e.summary ?? null,
        before: redact(e.before),
        after: redact(e.after),
        requestId: actor.requestId,
        ip: actor.ip,
      };
      const hash = chainHash(prevHash, content);
      const row = { ...content, prevHash, hash };
      prevHash = hash;
      return row;
    });
    await repo.append(rows);
  }

  /** Walks the whole chain and reports the first row whose link does not hold. */
  async verify(): Promise<ChainCheck> {
    const repo = new AuditRepository(this.db);
    let prevHash = GENESIS_HASH;
    let expectedId = 1;
    let checked = 0;
    for (;;) {
      const rows = await repo.batch(expectedId - 1, 2000);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.id !== expectedId)
          return { ok: false, checked, brokenAt: expectedId, reason: `row ${expectedId} is missing` };
        if (row.prevHash !== prevHash)
          return { ok: false, checked, brokenAt: row.id, reason: 'prev_hash does not match the previous row' };
        const { prevHash: _p, hash, ...content } = row;
        if (chainHash(prevHash, content) !== hash)
          return { ok: false, checked, brokenAt: row.id, reason: 'content does not match its hash' };
        prevHash = hash;
        expectedId++;
        checked++;
      }
    }
    const head = await repo.head();
    if (head.lastId !== expectedId - 1 || head.lastHash !== prevHash) {
      return {
        ok: false,
        checked,
        brokenAt: expectedId,
        reason: 'chain head does not match the last row (rows removed at the end?)',
      };
    }
    return { ok: true, checked };
  }
}
