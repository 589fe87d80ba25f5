import type { Kysely } from 'kysely';
import {
  authorityNameOf,
  prefixRange,
  type TPublicIllegalOrgQuery,
  type TPublicIllegalOrgWarning,
} from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../../platform/http';
import type { RegionsService } from '../../../regions/regions.service';

/**
 * 警示曝光: the banned groups a bureau chose to publish, newest first. Only the name used, the place, the
 * published summary and the ban — never the reporter, the investigation or the evidence.
 */
export class PublicIllegalOrgsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly regions: RegionsService,
  ) {}

  async list(q: TPublicIllegalOrgQuery): Promise<{ items: TPublicIllegalOrgWarning[]; nextCursor: string | null }> {
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db
      .selectFrom('illegalOrgs')
      .select(['id', 'name', 'regionCode', 'authorityRegionCode', 'publicSummary', 'bannedOn', 'banDocumentNumber'])
      .where('published', '=', true)
      .where('status', '=', 'banned');
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('regionCode', '>=', from).where('regionCode', '<', to);
    }
    if (after) query = query.where('id', '<', after);
    const rows = await query
      .orderBy('id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    const names = new Map<string, string>();
    for (const code of new Set(page.flatMap((r) => [r.regionCode, r.authorityRegionCode])))
      names.set(code, (await this.regions.find(code))?.name ?? code);
    return {
      items: page.map((r) => ({
        id: r.id,
        name: r.name,
        regionCode: r.regionCode,
        regionName: names.get(r.regionCode)!,
        summary: r.publicSummary ?? '',
        bannedOn: r.bannedOn!,
        authorityName: authorityNameOf({ code: r.authorityRegionCode, name: names.get(r.authorityRegionCode)! }),
        documentNumber: r.banDocumentNumber,
      })),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }
}
