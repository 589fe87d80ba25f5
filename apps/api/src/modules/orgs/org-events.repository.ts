import type { Kysely } from 'kysely';
import type { OrgEventKind, TOrgEvent } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { fromJson, toBool, toJson } from '../../db/dialect';

export interface OrgEventInsert {
  orgId: number;
  kind: OrgEventKind;
  occurredOn: string;
  at: string;
  actorId: number | null;
  actorName: string | null;
  basis: string | null;
  summary: string;
  changes: { field: string; before: unknown; after: unknown }[];
  public: boolean;
}

/** Every creation, change and status change of an organization, as the staff and public timelines show them. */
export class OrgEventsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(e: OrgEventInsert): Promise<void> {
    await this.db
      .insertInto('orgEvents')
      .values({ ...e, changes: toJson(e.changes)! })
      .execute();
  }

  async insertMany(list: OrgEventInsert[]): Promise<void> {
    for (let i = 0; i < list.length; i += 1000) {
      await this.db
        .insertInto('orgEvents')
        .values(list.slice(i, i + 1000).map((e) => ({ ...e, changes: toJson(e.changes)! })))
        .execute();
    }
  }

  async ofOrg(orgId: number, publicOnly: boolean): Promise<TOrgEvent[]> {
    let q = this.db
      .selectFrom('orgEvents')
      .select(['id', 'kind', 'occurredOn', 'at', 'actorName', 'basis', 'summary', 'changes', 'public'])
      .where('orgId', '=', orgId);
    if (publicOnly) q = q.where('public', '=', true);
    const rows = await q.orderBy('occurredOn', 'desc').orderBy('id', 'desc').limit(500).execute();
    return rows.map((r) => ({
      ...r,
      kind: r.kind as OrgEventKind,
      public: toBool(r.public),
      changes: fromJson<TOrgEvent['changes']>(r.changes) ?? [],
    }));
  }
}
