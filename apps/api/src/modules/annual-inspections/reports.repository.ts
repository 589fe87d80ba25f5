import { sql, type Insertable, type Kysely, type RawBuilder, type SqlBool, type Updateable } from 'kysely';
import type {
  AnnualReportStatus,
  AnnualReviewStep,
  InspectionConclusion,
  RegisteredOrgType,
  ReportContext,
  ReportValues,
  TReportCheck,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { AnnualReportsTable } from '../../db/schema-annual';
import { fromJson, inIds, toBool } from '../../db/dialect';

/** The register facts a report was opened with: what formulas read as `org.*`. */
export type OrgContext = ReportContext['org'];

export interface Rectification {
  item: string;
  dueDate: string;
}

/** A report row as it leaves this layer: JSON parsed, booleans as booleans. */
export interface ReportRecord {
  id: number;
  cycleId: number;
  year: number;
  indicatorSetId: number;
  orgId: number;
  orgName: string;
  uscc: string;
  orgType: RegisteredOrgType;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
  partyUnitId: number | null;
  form: 'full' | 'simplified';
  context: OrgContext;
  status: AnnualReportStatus;
  step: AnnualReviewStep | null;
  dueDate: string;
  values: ReportValues;
  savedSections: Record<string, string>;
  submissionNo: number;
  submittedAt: string | null;
  late: boolean;
  overdue: boolean;
  riskScore: number;
  errorCount: number;
  riskCount: number;
  check: TReportCheck | null;
  conclusion: InspectionConclusion | null;
  conclusionReasons: string | null;
  rectifications: Rectification[];
  concludedOn: string | null;
  concludedAt: string | null;
  conclusionDocumentId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ReportInsert = Insertable<AnnualReportsTable>;
export type ReportPatch = Updateable<AnnualReportsTable>;

export function mapReport(r: Record<string, unknown>): ReportRecord {
  const row = r as unknown as AnnualReportsTable & Record<string, unknown>;
  return {
    ...(row as unknown as ReportRecord),
    id: Number(row.id),
    indicatorSetId: Number(row.indicatorSetId),
    context: fromJson<OrgContext>(row.context)!,
    values: fromJson<ReportValues>(row.reportValues) ?? {},
    savedSections: fromJson<Record<string, string>>(row.savedSections) ?? {},
    late: toBool(row.late as unknown as number),
    overdue: toBool(row.overdue as unknown as number),
    check: fromJson<TReportCheck>(row.checkResult),
    rectifications: fromJson<Rectification[]>(row.rectifications) ?? [],
  };
}

export const OPEN_FOR_FILLING: AnnualReportStatus[] = ['not_started', 'draft', 'returned'];

export class ReportsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertMany(rows: ReportInsert[]): Promise<void> {
    // 24 columns a row: 400 rows stay under both engines' parameter limits.
    for (let i = 0; i < rows.length; i += 400)
      await this.db
        .insertInto('annualReports')
        .values(rows.slice(i, i + 400))
        .execute();
  }

  async idsOfCycle(cycleId: number): Promise<{ id: number; orgId: number }[]> {
    const rows = await this.db
      .selectFrom('annualReports')
      .select(['id', 'orgId'])
      .where('cycleId', '=', cycleId)
      .execute();
    return rows.map((r) => ({ id: Number(r.id), orgId: Number(r.orgId) }));
  }

  async ofCycle(cycleId: number): Promise<ReportRecord[]> {
    const rows = await this.db
      .selectFrom('annualReports')
      .selectAll()
      .where('cycleId', '=', cycleId)
      .orderBy('id')
      .execute();
    return rows.map(mapReport);
  }

  async findById(id: number): Promise<ReportRecord | undefined> {
    const r = await this.db.selectFrom('annualReports').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? mapReport(r) : undefined;
  }

  async findByOrgYear(orgId: number, year: number): Promise<ReportRecord | undefined> {
    const r = await this.db
      .selectFrom('annualReports')
      .selectAll()
      .where('orgId', '=', orgId)
      .where('year', '=', year)
      .executeTakeFirst();
    return r ? mapReport(r) : undefined;
  }

  /** The org's reports of the years before `year`, newest first. */
  async earlier(orgId: number, year: number, limit: number): Promise<ReportRecord[]> {
    const rows = await this.db
      .selectFrom('annualReports')
      .selectAll()
      .where('orgId', '=', orgId)
      .where('year', '<', year)
      .orderBy('year', 'desc')
      .limit(limit)
      .execute();
    return rows.map(mapReport);
  }

  /** Optimistic update: false when someone else changed the row first. */
  async update(id: number, version: number, patch: ReportPatch): Promise<boolean> {
    const r = await this.db
      .updateTable('annualReports')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async setDocument(id: number, documentId: number): Promise<void> {
    await this.db.updateTable('annualReports').set({ conclusionDocumentId: documentId }).where('id', '=', id).execute();
  }

  /** Autosave: only while the organization holds the report (never after submission). */
  async saveDraft(id: number, patch: ReportPatch): Promise<number | null> {
    const r = await this.db
      .updateTable('annualReports')
      .set({ ...patch, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('status', 'in', OPEN_FOR_FILLING)
      .returning('version')
      .executeTakeFirst();
    return r ? Number(r.version) : null;
  }

  /**
   * A queue page, riskiest first. The ids come first from the index alone (risk_score sits after the large
   * report_values in the row: sorting whole rows read every candidate's overflow pages), then the page's rows.
   */
  async page(where: RawBuilder<SqlBool>, after: [number, number] | undefined, limit: number) {
    const keys = await this.db
      .selectFrom('annualReports as r')
      .select(['r.id', 'r.riskScore'])
      .where(where)
      .$if(!!after, (q) =>
        q.where(sql<SqlBool>`(r.risk_score < ${after![0]} or (r.risk_score = ${after![0]} and r.id < ${after![1]}))`),
      )
      .orderBy('r.riskScore', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit + 1)
      .execute();
    if (keys.length === 0) return [];
    const rows = await this.db
      .selectFrom('annualReports as r')
      .leftJoin('units as u', 'u.id', 'r.supervisorUnitId')
      .select([
        'r.id',
        'r.cycleId',
        'r.year',
        'r.orgId',
        'r.orgName',
        'r.uscc',
        'r.orgType',
        'r.regionCode',
        'r.authorityRegionCode',
        'r.supervisorUnitId',
        'r.partyUnitId',
        'r.form',
        'r.status',
        'r.step',
        'r.dueDate',
        'r.submittedAt',
        'r.late',
        'r.overdue',
        'r.riskScore',
        'r.errorCount',
        'r.riskCount',
        'r.conclusion',
        'r.version',
        'r.updatedAt',
        'u.name as supervisorUnitName',
      ])
      .where(
        inIds(
          this.db,
          'r.id',
          keys.map((k) => Number(k.id)),
        ),
      )
      .execute();
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return keys
      .map((k) => byId.get(Number(k.id)))
      .filter((r) => r !== undefined)
      .map((r) => ({ ...r, late: toBool(r.late), overdue: toBool(r.overdue) }));
  }

  /** Reports not submitted whose final deadline has passed and that are not yet marked. */
  async overdueCandidates(cycleId: number, orgTypes: RegisteredOrgType[]): Promise<ReportRecord[]> {
    if (orgTypes.length === 0) return [];
    const rows = await this.db
      .selectFrom('annualReports')
      .selectAll()
      .where('cycleId', '=', cycleId)
      .where('status', 'in', ['not_started', 'draft'])
      .where('overdue', '=', false)
      .where('orgType', 'in', orgTypes)
      .execute();
    return rows.map(mapReport);
  }

  async markOverdue(ids: number[], at: string): Promise<void> {
    for (let i = 0; i < ids.length; i += 500)
      await this.db
        .updateTable('annualReports')
        .set({ overdue: true, updatedAt: at, version: sql<number>`version + 1` })
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
  }
}
