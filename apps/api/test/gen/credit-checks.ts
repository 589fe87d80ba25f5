/**
 * The generator's credit step, checked on the dataset generator.test.ts made: records of every annual report, an
 * abnormal listing for every overdue one, listings whose time limits are the list rules' own, history that the
 * daily job would have left (nothing due before today still active), grounds pointing at their records, and no
 * scores (the nightly job computes them).
 */
import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { GROUNDS, listingDates, type CreditGround, type CreditList } from '@shezu/contracts';
import type { DB } from '../../src/db/schema';
import { chinaDate } from '../../src/platform/clock';

const listings = (d: Kysely<DB>) => d.selectFrom('creditListings').selectAll().orderBy('id').execute();
const grounds = (d: Kysely<DB>) => d.selectFrom('creditListingGrounds').selectAll().orderBy('id').execute();
const records = (d: Kysely<DB>) =>
  d
    .selectFrom('creditRecords')
    .select(['id', 'orgId', 'kind', 'subtype', 'occurredOn', 'sourceRef', 'data'])
    .orderBy('id')
    .execute();
const without = <T extends { createdAt: string; updatedAt?: string }>(rows: T[]) =>
  rows.map(({ createdAt: _c, updatedAt: _u, ...r }) => r);

export function creditChecks(db: () => Kysely<DB>, second: () => Kysely<DB>): void {
  it('writes the same credit records, listings and grounds for the same seed, and no scores', async () => {
    expect(without(await listings(second()))).toEqual(without(await listings(db())));
    expect(without(await grounds(second()))).toEqual(without(await grounds(db())));
    expect(await records(second())).toEqual(await records(db()));
    const scores = await db()
      .selectFrom('creditScores')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(scores.n)).toBe(0);
  });

  it('records every report and lists every overdue one on the abnormal list', async () => {
    const reports = await db()
      .selectFrom('annualReports')
      .select(['orgId', 'year', 'overdue', 'submittedAt', 'conclusion'])
      .execute();
    const recs = await records(db());
    const has = new Set(recs.map((r) => `${r.orgId}|${r.subtype}|${r.sourceRef.split(':').at(-1)}`));
    for (const r of reports) {
      if (r.submittedAt) expect(has.has(`${r.orgId}|annual_submitted|${r.year}`)).toBe(true);
      if (r.conclusion) expect(has.has(`${r.orgId}|annual_concluded|${r.year}`)).toBe(true);
      if (r.overdue) expect(has.has(`${r.orgId}|annual_overdue|${r.year}`)).toBe(true);
    }
    const overdue = reports.filter((r) => r.overdue === true || r.overdue === 1);
    expect(overdue.length).toBeGreaterThan(0);
    const listed = await db()
      .selectFrom('creditListings as l')
      .innerJoin('creditListingGrounds as g', 'g.listingId', 'l.id')
      .select(['l.orgId', 'l.list', 'l.status'])
      .where('g.ground', '=', 'annual_report')
      .where('l.status', '=', 'active')
      .execute();
    const onList = new Set(listed.map((l) => Number(l.orgId)));
    for (const r of overdue) expect(onList.has(Number(r.orgId))).toBe(true);
  });

  it('keeps every listing consistent with the list rules, as yesterday’s daily job left it', async () => {
    const today = chinaDate(new Date());
    const all = await listings(db());
    const byListing = new Map<number, CreditGround[]>();
    for (const g of await grounds(db()))
      byListing.set(g.listingId, [...(byListing.get(g.listingId) ?? []), g.ground as CreditGround]);
    const kinds = new Set<string>();
    const active = new Set<string>();
    for (const l of all) {
      const gs = byListing.get(l.id) ?? [];
      expect(gs.length).toBeGreaterThan(0);
      for (const g of gs) expect(GROUNDS[g].list).toBe(l.list);
      expect(listingDates(l.list as CreditList, l.listedOn, l.clockStart, gs)).toEqual({
        autoRemoveOn: l.autoRemoveOn,
        moveOn: l.moveOn,
        removableFrom: l.removableFrom,
      });
      kinds.add(`${l.list}:${l.status}:${l.removalReason ?? ''}`);
      expect(l.listedOn < today).toBe(true);
      if (l.status === 'active') {
        const key = `${l.orgId}|${l.list}`;
        expect(active.has(key)).toBe(false);
        active.add(key);
        // What fell due before today the daily job has done.
        if (l.autoRemoveOn) expect(l.autoRemoveOn >= today).toBe(true);
        if (l.moveOn) expect(l.moveOn >= today).toBe(true);
      } else {
        expect(l.removedOn! <= today).toBe(true);
        expect(l.removedOn! >= l.listedOn).toBe(true);
        if (l.removalReason === 'auto_six_months') expect(l.removedOn).toBe(l.autoRemoveOn);
        if (l.status === 'moved') {
          expect(l.removedOn).toBe(l.moveOn);
          const next = all.find((d) => d.fromListingId === l.id)!;
          expect(next).toMatchObject({ list: 'dishonest', listedOn: l.moveOn, orgId: l.orgId });
          expect(byListing.get(next.id)).toEqual(['abnormal_two_years']);
        }
      }
    }
    // Every kind of history the public pages show: active, removed by application and by time, moved.
    for (const k of ['abnormal:active:', 'abnormal:removed:auto_six_months', 'dishonest:active:'])
      expect(kinds.has(k), k).toBe(true);
  });

  it('points every ground at a record of the same organization', async () => {
    const recs = new Map((await records(db())).map((r) => [r.id, r]));
    const owner = new Map((await listings(db())).map((l) => [l.id, l.orgId]));
    for (const g of await grounds(db())) {
      if (g.recordId === null) {
        expect(g.ground).toBe('abnormal_two_years');
        continue;
      }
      const r = recs.get(g.recordId)!;
      expect(r.orgId).toBe(owner.get(g.listingId));
      expect(r.occurredOn <= g.occurredOn).toBe(true);
    }
  });
}
