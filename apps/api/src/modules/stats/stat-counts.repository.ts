import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Metrics } from './stat-metrics';

/** Marks a completed refresh: without it the counters were never computed and figures are counted live. */
const COMPUTED = 'computed';

/** Province and national counters, replaced as a whole by the refresh job. */
export class StatCountsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async read(regionCode: string): Promise<{ computedAt: string; metrics: Metrics } | null> {
    const mark = await this.db
      .selectFrom('regionStatCounts')
      .select('computedAt')
      .where('regionCode', '=', NATIONAL_REGION_CODE)
      .where('metric', '=', COMPUTED)
      .executeTakeFirst();
    if (!mark) return null;
    const rows = await this.db
      .selectFrom('regionStatCounts')
      .select(['metric', 'n'])
      .where('regionCode', '=', regionCode)
      .where('metric', '!=', COMPUTED)
      .execute();
    return { computedAt: mark.computedAt, metrics: new Map(rows.map((r) => [r.metric, Number(r.n)])) };
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
