import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Metrics } from './stat-metrics';

/** Marks a completed refresh: without it the counters were never computed and figures are counted live. */
const COMPUTED = 'computed';

/** Province and national counters, replaced as a whole by the refresh job. */
export class StatCountsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** When the job last counted everything, or null if it never has. */
  async computedAt(): Promise<string | null> {
    const mark = await this.db
      .selectFrom('regionStatCounts')
      .select('computedAt')
      .where('regionCode', '=', NATIONAL_REGION_CODE)
      .where('metric', '=', COMPUTED)
      .executeTakeFirst();
    return mark?.computedAt ?? null;
  }

  /** Every region's counters (the provinces and the country: a few hundred rows). */
  async readAll(): Promise<Map<string, Metrics>> {
    const rows = await this.db
      .selectFrom('regionStatCounts')
      .select(['regionCode', 'metric', 'n'])
      .where('metric', '!=', COMPUTED)
      .execute();
    const out = new Map<string, Metrics>();
    for (const r of rows) {
      const m = out.get(r.regionCode) ?? new Map<string, number>();
      m.set(r.metric, Number(r.n));
      out.set(r.regionCode, m);
    }
    return out;
  }

  async replaceAll(byRegion: Map<string, Metrics>, computedAt: string): Promise<number> {
    const rows = [...byRegion].flatMap(([regionCode, m]) =>
      [...m].filter(([, n]) => n !== 0).map(([metric, n]) => ({ regionCode, metric, n, computedAt })),
    );
    rows.push({ regionCode: NATIONAL_REGION_CODE, metric: COMPUTED, n: 1, computedAt });
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('regionStatCounts').execute();
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto('regionStatCounts')
          .values(rows.slice(i, i + 500))
          .execute();
    });
    return rows.length;
  }
}
