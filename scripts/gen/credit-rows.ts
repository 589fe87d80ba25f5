/**
 * Rows of the credit tables as the credit module would have written them from events, daily rules and staff
 * entries: one builder per generation run holds the id counters, the rows of the current batch and the tally.
 */
import {
  CREDIT_RECORD_SUBTYPES,
  GROUNDS,
  listingDates,
  type CreditGround,
  type CreditRecordSubtype,
} from '@shezu/contracts';
import { atTen } from './credit-dates';

export interface CreditOrg {
  id: number;
  name: string;
  uscc: string;
  type: string;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  /** 云阳县民政局: the bureau that lists and removes. */
  authorityName: string;
}

export interface GroundDraft {
  ground: CreditGround;
  occurredOn: string;
  detail: string;
  recordId: number | null;
  fulfilledOn?: string | null;
}

export type RemovalReason = 'application' | 'auto_six_months' | 'moved' | 'credit_repair' | 'deregistration_completed';

export interface ListingDraft {
  list: 'abnormal' | 'dishonest';
  listedOn: string;
  grounds: GroundDraft[];
  /** The latest ground's day (列入时限重新计算); listedOn when absent. The time limits follow from the rules. */
  clockStart?: string;
  fromListingId?: number | null;
  /** Staff entries (manual grounds) name the bureau; event and rule listings are the system's. */
  manual?: boolean;
  removal?: { on: string; reason: RemovalReason; byStaff: boolean } | null;
}

const REMOVAL_BASIS: Record<RemovalReason, string> = {
  application: '社会组织已履行相关义务并申请移出，经登记管理机关核实，移出活动异常名录',
  auto_six_months: '因受到警告或者不满5万元罚款处罚列入活动异常名录满6个月，自动移出',
  moved: '列入活动异常名录满2年，列入严重违法失信名单',
  credit_repair: '列入严重违法失信名单满2年且未再发生列入情形，信用修复申请经审核同意，移出严重违法失信名单',
  deregistration_completed: '已完成注销登记，移出严重违法失信名单',
};

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const fmt = (n: number) => n.toLocaleString('en');

export class CreditRows {
  records: unknown[][] = [];
  listings: unknown[][] = [];
  grounds: unknown[][] = [];
  private recordId = 0;
  private listingId = 0;
  private groundId = 0;
  readonly recordCounts = new Map<string, number>();
  readonly listingCounts = new Map<string, number>();
  readonly groundCounts = new Map<string, number>();
  /** Organizations with at least one listing. */
  listedOrgs = 0;

  constructor(private readonly bool: (v: boolean) => boolean | number) {}

  record(
    o: CreditOrg,
    subtype: CreditRecordSubtype,
    occurredOn: string,
    title: string,
    data: Record<string, unknown>,
    opts: { public: boolean; sourceRef: string; byStaff?: boolean },
  ): number {
    const id = ++this.recordId;
    this.records.push([
      id,
      o.id,
      o.regionCode,
      o.authorityRegionCode,
      CREDIT_RECORD_SUBTYPES[subtype].kind,
      subtype,
      occurredOn,
      title,
      JSON.stringify(data),
      this.bool(opts.public),
      opts.sourceRef,
      null,
      opts.byStaff ? o.authorityName : null,
      atTen(occurredOn),
    ]);
    bump(this.recordCounts, subtype);
    return id;
  }

  listing(o: CreditOrg, l: ListingDraft): number {
    const id = ++this.listingId;
    const clockStart = l.clockStart ?? l.listedOn;
    const dates = listingDates(
      l.list,
      l.listedOn,
      clockStart,
      l.grounds.map((g) => g.ground),
    );
    const status = l.removal ? (l.removal.reason === 'moved' ? 'moved' : 'removed') : 'active';
    const created = atTen(l.listedOn);
    for (const g of l.grounds) {
      const manual = GROUNDS[g.ground].entry === 'manual';
      this.grounds.push([
        ++this.groundId,
        id,
        g.ground,
        g.occurredOn,
        g.detail,
        GROUNDS[g.ground].entry === 'rule' ? 'rule' : manual ? 'manual' : 'event',
        g.recordId,
        '[]',
        g.fulfilledOn ?? null,
        null,
        manual ? o.authorityName : null,
        atTen(g.occurredOn),
      ]);
      bump(this.groundCounts, `${l.list}:${g.ground}`);
    }
    const r = l.removal ?? null;
    this.listings.push([
      id,
      o.id,
      o.name,
      o.uscc,
      o.type,
      o.regionCode,
      o.authorityRegionCode,
      o.supervisorUnitId,
      l.list,
      status,
      l.listedOn,
      clockStart,
      dates.autoRemoveOn,
      dates.moveOn,
      dates.removableFrom,
      l.fromListingId ?? null,
      null,
      l.manual ? o.authorityName : null,
      r?.on ?? null,
      r?.reason ?? null,
      r ? REMOVAL_BASIS[r.reason] : null,
      null,
      r?.byStaff ? o.authorityName : null,
      1 + (l.grounds.length - 1) + (r ? 1 : 0),
      created,
      r ? atTen(r.on) : atTen(clockStart),
    ]);
    bump(this.listingCounts, `${l.list}:${status}`);
    return id;
  }

  /** The records built since the last call (listings wait for `listingsInOrder`). */
  take(): unknown[][] {
    const out = this.records;
    this.records = [];
    return out;
  }

  /**
   * Every listing and ground, ids given in the order of listing (then of organization): the module creates
   * listings as days pass, so a list read newest first by id meets regions interleaved, as it will in use.
   */
  listingsInOrder(): { listings: unknown[][]; grounds: unknown[][] } {
    const listings = this.listings.sort((a, b) =>
      a[10] === b[10] ? (a[0] as number) - (b[0] as number) : (a[10] as string) < (b[10] as string) ? -1 : 1,
    );
    const idOf = new Map<number, number>();
    listings.forEach((l, i) => idOf.set(l[0] as number, i + 1));
    for (const l of listings) {
      l[0] = idOf.get(l[0] as number)!;
      if (l[15] !== null) l[15] = idOf.get(l[15] as number)!;
    }
    for (const g of this.grounds) g[1] = idOf.get(g[1] as number)!;
    const grounds = this.grounds.sort(
      (a, b) => (a[1] as number) - (b[1] as number) || (a[0] as number) - (b[0] as number),
    );
    grounds.forEach((g, i) => (g[0] = i + 1));
    this.listings = [];
    this.grounds = [];
    return { listings, grounds };
  }

  summary(): string[] {
    const line = (m: Map<string, number>) =>
      [...m]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, n]) => `${k} ${fmt(n)}`)
        .join(', ');
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return [
      `credit: ${fmt(sum(this.recordCounts))} records (${line(this.recordCounts)})`,
      `credit: ${fmt(sum(this.listingCounts))} listings of ${fmt(this.listedOrgs)} organizations (${line(this.listingCounts)}); no scores (the nightly job computes them)`,
      `credit grounds: ${line(this.groundCounts)}`,
    ];
  }
}
