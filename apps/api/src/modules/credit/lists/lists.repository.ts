import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CreditGround, CreditList } from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type {
  CreditListingGroundsTable,
  CreditListingsTable,
  CreditRecordsTable,
  CreditRequestsTable,
} from '../../../db/schema-credit';

export type ListingRow = Selectable<CreditListingsTable>;
export type GroundRow = Omit<Selectable<CreditListingGroundsTable>, 'evidence' | 'ground'> & {
  ground: CreditGround;
  evidence: number[];
};
export type RecordRow = Omit<Selectable<CreditRecordsTable>, 'data' | 'public'> & { data: unknown; public: boolean };
export type RequestRow = Omit<Selectable<CreditRequestsTable>, 'evidence'> & { evidence: number[] };

const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
export const mapGround = (r: Selectable<CreditListingGroundsTable>): GroundRow => ({
  ...r,
  ground: r.ground as CreditGround,
  evidence: json(r.evidence) as number[],
});
export const mapRecord = (r: Selectable<CreditRecordsTable>): RecordRow => ({
  ...r,
  data: json(r.data),
  public: r.public === true || r.public === 1,
});
export const mapRequest = (r: Selectable<CreditRequestsTable>): RequestRow => ({
  ...r,
  evidence: json(r.evidence) as number[],
});

/** The credit tables of the lists part: records, listings with their grounds, requests. */
export class ListsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts a record unless the organization already has one from the same source; undefined then. */
  async insertRecord(row: Insertable<CreditRecordsTable>): Promise<number | undefined> {
    const r = await this.db
      .insertInto('creditRecords')
      .values(row)
      .onConflict((oc) => oc.columns(['orgId', 'sourceRef']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return r?.id;
  }

  async records(orgId: number, subtypes?: readonly string[]): Promise<RecordRow[]> {
    let q = this.db.selectFrom('creditRecords').selectAll().where('orgId', '=', orgId);
    if (subtypes) q = q.where('subtype', 'in', subtypes);
    return (await q.orderBy('occurredOn', 'desc').orderBy('id', 'desc').limit(500).execute()).map(mapRecord);
  }

  async recordsByIds(ids: number[]): Promise<RecordRow[]> {
    if (ids.length === 0) return [];
    return (await this.db.selectFrom('creditRecords').selectAll().where('id', 'in', ids).execute()).map(mapRecord);
  }

  async listing(id: number): Promise<ListingRow | undefined> {
    return this.db.selectFrom('creditListings').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async active(orgId: number, list: CreditList): Promise<ListingRow | undefined> {
    return this.db
      .selectFrom('creditListings')
      .selectAll()
      .where('orgId', '=', orgId)
      .where('list', '=', list)
      .where('status', '=', 'active')
      .executeTakeFirst();
  }

  async listingsOfOrg(orgId: number): Promise<ListingRow[]> {
    return this.db.selectFrom('creditListings').selectAll().where('orgId', '=', orgId).orderBy('id', 'desc').execute();
  }

  async insertListing(row: Insertable<CreditListingsTable>): Promise<number> {
    const r = await this.db.insertInto('creditListings').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  /** Updates when the version still matches; false when someone changed it first. */
  async updateListing(id: number, version: number, patch: Updateable<CreditListingsTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('creditListings')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async grounds(listingIds: readonly number[]): Promise<GroundRow[]> {
    if (listingIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('creditListingGrounds')
      .selectAll()
      .where('listingId', 'in', listingIds)
      .orderBy('id')
      .execute();
    return rows.map(mapGround);
  }

  /** Every ground of the organization on either list (for "2 years without a new ground"). */
  async groundsOfOrg(orgId: number): Promise<(GroundRow & { list: CreditList; listingStatus: string })[]> {
    const rows = await this.db
      .selectFrom('creditListingGrounds as g')
      .innerJoin('creditListings as l', 'l.id', 'g.listingId')
      .selectAll('g')
      .select(['l.list', 'l.status as listingStatus'])
      .where('l.orgId', '=', orgId)
      .execute();
    return rows.map(({ list, listingStatus, ...g }) => ({ ...mapGround(g), list: list as CreditList, listingStatus }));
  }

  async insertGround(row: Insertable<CreditListingGroundsTable>): Promise<number> {
    const r = await this.db.insertInto('creditListingGrounds').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async fulfilGround(id: number, fulfilledOn: string): Promise<void> {
    await this.db.updateTable('creditListingGrounds').set({ fulfilledOn }).where('id', '=', id).execute();
  }

  async request(id: number): Promise<RequestRow | undefined> {
    const r = await this.db.selectFrom('creditRequests').selectAll().where('id', '=', id).executeTakeFirst();
    return r && mapRequest(r);
  }

  async requestsOf(where: { listingIds?: number[]; orgId?: number }): Promise<RequestRow[]> {
    let q = this.db.selectFrom('creditRequests').selectAll();
    if (where.listingIds) {
      if (where.listingIds.length === 0) return [];
      q = q.where('listingId', 'in', where.listingIds);
    }
    if (where.orgId !== undefined) q = q.where('orgId', '=', where.orgId);
    return (await q.orderBy('id', 'desc').limit(200).execute()).map(mapRequest);
  }

  async openRequests(listingId: number): Promise<RequestRow[]> {
    const rows = await this.db
      .selectFrom('creditRequests')
      .selectAll()
      .where('listingId', '=', listingId)
      .where('status', 'in', ['submitted', 'verified'])
      .execute();
    return rows.map(mapRequest);
  }

  async insertRequest(row: Insertable<CreditRequestsTable>): Promise<number> {
    const r = await this.db.insertInto('creditRequests').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async updateRequest(id: number, version: number, patch: Updateable<CreditRequestsTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('creditRequests')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
