import { OrgNamer } from '../../apps/api/src/demo/org-names';
import { fictionalPerson } from '../../apps/api/src/demo/people';
import { Rng } from '../../apps/api/src/demo/random';
import { blindIndex, encryptField } from '../../apps/api/src/platform/crypto';
import { ORGANIZATIONS, ORG_EVENTS } from './bulk-writer';
import type { GenContext, GenStep } from './generate';
import { NameIndexBuilder } from './name-index-builder';
import { STATUS_CODES, generateOrg, type PooledPerson } from './org-rows';

const TYPE_CODES = { social_group: 0, service_institution: 1, foundation: 2 } as const;

/**
 * Legal representatives come from a pool (one in five organizations' worth): encrypting an ID number
 * costs ~20 µs, which for a million organizations would be most of the time budget.
 */
export function personPool(
  ctx: GenContext,
  rng: Rng,
  size = Math.min(200_000, Math.max(1_000, Math.ceil(ctx.count / 5))),
): PooledPerson[] {
  const counties = ctx.plan.places.map((p) => p.code.slice(0, 6));
  return Array.from({ length: size }, () => {
    const person = fictionalPerson(rng, rng.pick(counties));
    return {
      person,
      idEnc: encryptField(ctx.dataKey, person.idNumber),
      idHash: blindIndex(ctx.dataKey, person.idNumber),
    };
  });
}

/** Organizations with their timelines, then the name index sorted for the load. */
export const orgsStep: GenStep = {
  name: 'organizations',
  tables: ['organizations', 'org_events', 'org_name_grams', 'org_name_gram_stats'],
  async run(ctx) {
    const { plan, writer } = ctx;
    const rng = new Rng(`${ctx.seed}:orgs`);
    const pool = personPool(ctx, new Rng(`${ctx.seed}:people`));
    ctx.log(`${pool.length.toLocaleString('en')} legal representatives ready`);
    const namer = new OrgNamer();
    const index = new NameIndexBuilder();
    const batch = writer.engine === 'sqlite' ? 10_000 : 5_000;
    let eventId = 0;
    const nextEventId = () => ++eventId;
    let rows: unknown[][] = [];
    let events: unknown[][] = [];
    let pending: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [r, e] = [rows, events];
      rows = [];
      events = [];
      await pending;
      pending = writer.insert(ORGANIZATIONS, r).then(() => writer.insert(ORG_EVENTS, e));
    };
    const step = Math.max(10_000, Math.round(ctx.count / 10 / 10_000) * 10_000);
    for (let i = 0; i < ctx.count; i++) {
      const id = i + 1;
      const authorityIndex = plan.authority[i]!;
      const o = generateOrg(rng, {
        id,
        nextEventId,
        authority: plan.authorities[authorityIndex]!,
        place: plan.places[plan.domicile[i]!]!,
        namer,
        person: pool[rng.int(0, pool.length - 1)]!,
        unitOf: (d) => ctx.unitIds.get(`${authorityIndex}:${d}`)!,
        bool: (v) => writer.bool(v),
        at: ctx.at,
      });
      rows.push(o.row);
      events.push(...o.events);
      index.add(id, o.searchName);
      ctx.orgs.type[i] = TYPE_CODES[o.type];
      ctx.orgs.status[i] = STATUS_CODES[o.status];
      ctx.orgs.foundedYear[i] = o.foundedYear;
      if (rows.length >= batch) await flush();
      if (id % step === 0) ctx.log(`organizations ${id.toLocaleString('en')} / ${ctx.count.toLocaleString('en')}`);
    }
    await flush();
    await pending;
    ctx.log(`organizations and ${eventId.toLocaleString('en')} timeline events written`);
    let shown = 0;
    await index.write(
      writer,
      (orgId) => plan.places[plan.domicile[orgId - 1]!]!.code,
      (done, total) => {
        if (done - shown >= total / 5 || done === total) {
          shown = done;
          ctx.log(`name index ${done.toLocaleString('en')} / ${total.toLocaleString('en')} postings`);
        }
      },
    );
  },
};
