import { sql, type Kysely, type SqlBool } from 'kysely';
import { authorityNameOf, prefixRange, publicValues, type TPublicInspectionResult } from '@shezu/contracts';
import { showValue } from './value-text';
import type { DB } from '../../db/schema';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../platform/http';
import type { IndicatorSetsService } from './indicator-sets.service';
import { contextOf, definitionOf } from './report-context';
import { mapReport, type ReportRecord } from './reports.repository';

/** What the public sees: concluded inspections with the public part of each report (DOMAIN.md). */
export class PublicResultsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly indicatorSets: IndicatorSetsService,
  ) {}

  private async present(rows: (ReportRecord & { authorityName: string })[]): Promise<TPublicInspectionResult[]> {
    const out: TPublicInspectionResult[] = [];
    for (const r of rows) {
      const { definition } = await definitionOf(this.indicatorSets, r.indicatorSetId);
      const shown = publicValues(definition, r.values, contextOf(r, null));
      out.push({
        reportId: r.id,
        year: r.year,
        orgId: r.orgId,
        orgName: r.orgName,
        uscc: r.uscc,
        authorityName: r.authorityName,
        conclusion: r.conclusion!,
        concludedOn: r.concludedOn!,
        publicPart: definition.indicators
          .filter((i) => i.code in shown)
          .map((i) => ({
            code: i.code,
            labelZh: i.labelZh,
            labelEn: i.labelEn,
            type: i.type,
            value: shown[i.code],
            text: showValue(i, shown[i.code]),
          })),
      });
    }
    return out;
  }

  private base() {
    return this.db
      .selectFrom('annualReports as r')
      .innerJoin('regions as g', 'g.code', 'r.authorityRegionCode')
      .selectAll('r')
      .select('g.name as authorityRegionName')
      .where('r.status', '=', 'concluded');
  }

  async byOrg(uscc: string): Promise<{ items: TPublicInspectionResult[] }> {
    const rows = await this.base()
      .where('r.uscc', '=', uscc.trim().toUpperCase())
      .orderBy('r.year', 'desc')
      .limit(10)
      .execute();
    return {
      items: await this.present(
        rows.map((r) => ({
          ...mapReport(r),
          authorityName: authorityNameOf({ code: r.authorityRegionCode, name: r.authorityRegionName }),
        })),
      ),
    };
  }

  /** The yearly public list, by authority (a region code covers the bureaus below it), keyset-paged. */
  async list(q: {
    year: number;
    authorityRegionCode?: string | undefined;
    conclusion?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  }) {
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.base().where('r.year', '=', q.year);
    if (q.authorityRegionCode) {
      const { from, to } = prefixRange(q.authorityRegionCode);
      query = query.where('r.authorityRegionCode', '>=', from).where('r.authorityRegionCode', '<', to);
    }
    if (q.conclusion) query = query.where('r.conclusion', '=', q.conclusion);
    if (after) query = query.where(sql<SqlBool>`r.id > ${after}`);
    const rows = await query
      .orderBy('r.id')
      .limit(q.limit + 1)
      .execute();
    const items = await this.present(
      rows.slice(0, q.limit).map((r) => ({
        ...mapReport(r),
        authorityName: authorityNameOf({ code: r.authorityRegionCode, name: r.authorityRegionName }),
      })),
    );
    return { items, nextCursor: rows.length > q.limit ? encodeCursor(items.at(-1)!.reportId) : null };
  }
}
