import type { Kysely } from 'kysely';
import {
  CREDIT_RECORD_KIND_LABELS,
  CREDIT_RECORD_SUBTYPES,
  GROUNDS,
  authorityNameOf,
  type CreditRecordKind,
  type CreditRecordSubtype,
  type TCreditListing,
  type TCreditRecord,
  type TCreditRequest,
  type TPublicCreditListing,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { ListsRepository, type GroundRow, type ListingRow, type RecordRow, type RequestRow } from './lists.repository';

type Names = Map<string, { name: string; fullName: string }>;

/** Region names of the listed domiciles and authorities (the shared regions reference table). */
async function namesOf(db: Kysely<DB>, rows: ListingRow[]): Promise<Names> {
  const codes = [...new Set(rows.flatMap((r) => [r.regionCode, r.authorityRegionCode]))];
  if (codes.length === 0) return new Map();
  const found = await db
    .selectFrom('regions')
    .select(['code', 'name', 'fullName'])
    .where('code', 'in', codes)
    .execute();
  return new Map(found.map((r) => [r.code, { name: r.name, fullName: r.fullName }]));
}

const groundDto = (g: GroundRow) => ({
  id: g.id,
  ground: g.ground,
  item: GROUNDS[g.ground].item,
  label: GROUNDS[g.ground].label,
  basis: GROUNDS[g.ground].basis,
  occurredOn: g.occurredOn,
  detail: g.detail,
  source: g.source as 'event' | 'manual' | 'rule',
  evidence: g.evidence,
  fulfilledOn: g.fulfilledOn,
});

export async function presentListings(db: Kysely<DB>, rows: ListingRow[]): Promise<TCreditListing[]> {
  const [names, grounds] = await Promise.all([
    namesOf(db, rows),
    new ListsRepository(db).grounds(rows.map((r) => r.id)),
  ]);
  return rows.map((l) => {
    const authority = names.get(l.authorityRegionCode);
    return {
      id: l.id,
      orgId: l.orgId,
      orgName: l.orgName,
      uscc: l.uscc,
      orgType: l.orgType,
      regionCode: l.regionCode,
      regionName: names.get(l.regionCode)?.fullName ?? l.regionCode,
      authorityRegionCode: l.authorityRegionCode,
      authorityName: authorityNameOf({ code: l.authorityRegionCode, name: authority?.name ?? l.authorityRegionCode }),
      list: l.list as TCreditListing['list'],
      status: l.status as TCreditListing['status'],
      listedOn: l.listedOn,
      clockStart: l.clockStart,
      autoRemoveOn: l.autoRemoveOn,
      moveOn: l.moveOn,
      removableFrom: l.removableFrom,
      removedOn: l.removedOn,
      removalReason: l.removalReason as TCreditListing['removalReason'],
      removalBasis: l.removalBasis,
      decidedByName: l.decidedByName,
      fromListingId: l.fromListingId,
      grounds: grounds.filter((g) => g.listingId === l.id).map(groundDto),
      version: l.version,
    };
  });
}

/** The public view: no staff names, no evidence, no version. */
export async function presentPublic(db: Kysely<DB>, rows: ListingRow[]): Promise<TPublicCreditListing[]> {
  return (await presentListings(db, rows)).map(({ decidedByName, version, grounds, ...rest }) => {
    void decidedByName;
    void version;
    return {
      ...rest,
      grounds: grounds.map((g) => ({
        ground: g.ground,
        item: g.item,
        label: g.label,
        basis: g.basis,
        occurredOn: g.occurredOn,
      })),
    };
  });
}

export function presentRequest(r: RequestRow, list: string): TCreditRequest {
  return {
    id: r.id,
    listingId: r.listingId,
    orgId: r.orgId,
    orgName: r.orgName,
    list: list as TCreditRequest['list'],
    kind: r.kind as TCreditRequest['kind'],
    status: r.status as TCreditRequest['status'],
    reason: r.reason,
    evidence: r.evidence,
    submittedByName: r.submittedByName,
    submittedAt: r.submittedAt,
    verifiedOn: r.verifiedOn,
    removeBy: r.removeBy,
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt,
    decisionReason: r.decisionReason,
    version: r.version,
  };
}

export function presentRecord(r: RecordRow): TCreditRecord {
  const sub = CREDIT_RECORD_SUBTYPES[r.subtype as CreditRecordSubtype];
  return {
    id: r.id,
    orgId: r.orgId,
    kind: r.kind as CreditRecordKind,
    kindLabel: CREDIT_RECORD_KIND_LABELS[r.kind as CreditRecordKind] ?? r.kind,
    subtype: r.subtype,
    subtypeLabel: sub?.label ?? r.subtype,
    occurredOn: r.occurredOn,
    title: r.title,
    data: r.data,
    public: r.public,
    createdByName: r.createdByName,
    createdAt: r.createdAt,
  };
}
