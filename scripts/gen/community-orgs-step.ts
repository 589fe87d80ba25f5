import { Rng } from '../../apps/api/src/demo/random';
import { COMMUNITY_ORGS } from './bulk-writer';
import { filingPlaces, filingRows } from './community-org-rows';
import type { GenStep } from './generate';
import { personPool } from './orgs-step';

/** Filed community organizations per registered one (issue 5: about twice the register). */
export const COMMUNITY_ORGS_PER_ORG = 2;

/** Filed community organizations (社区社会组织) of every township, in region-code order. */
export const communityOrgsStep: GenStep = {
  name: 'community organizations',
  tables: ['community_orgs'],
  async run(ctx) {
    const { writer } = ctx;
    const total = Math.round(ctx.count * COMMUNITY_ORGS_PER_ORG);
    const rng = new Rng(`${ctx.seed}:community`);
    // Few ID numbers to encrypt: filings repeat responsible persons from a small pool.
    const pool = personPool(ctx, new Rng(`${ctx.seed}:community-people`), Math.min(20_000, Math.ceil(total / 100)));
    const places = filingPlaces(ctx.plan, total, rng);
    ctx.log(`community organizations: ${total.toLocaleString('en')} over ${places.length.toLocaleString('en')} places`);
    const batch = writer.engine === 'sqlite' ? 10_000 : 5_000;
    const step = Math.max(10_000, Math.round(total / 10 / 10_000) * 10_000);
    let rows: unknown[][] = [];
    let pending: Promise<void> = Promise.resolve();
    const flush = async () => {
      const r = rows;
      rows = [];
      await pending;
      pending = writer.insert(COMMUNITY_ORGS, r);
    };
    let written = 0;
    for (const place of places) {
      const filings = filingRows(rng, place, { firstId: written + 1, pool, at: ctx.at });
      for (const row of filings) rows.push(row);
      const before = written;
      written += filings.length;
      if (rows.length >= batch) await flush();
      if (Math.floor(written / step) > Math.floor(before / step)) {
        ctx.log(`community organizations ${written.toLocaleString('en')} / ${total.toLocaleString('en')}`);
      }
    }
    await flush();
    await pending;
    ctx.log(`${written.toLocaleString('en')} community organizations written`);
  },
};
