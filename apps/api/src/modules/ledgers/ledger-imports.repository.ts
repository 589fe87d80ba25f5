import type { Insertable, Kysely, RawBuilder, SqlBool, Updateable } from 'kysely';
import type { LedgerImportStatus, LedgerKind, TLedgerIssue } from '@shezu/contracts';
import type { DB, LedgerImportsTable } from '../../db/schema';
import { fromJson, toBool } from '../../db/dialect';

export interface LedgerImportRecord {
  id: number;
  kind: LedgerKind;
  regionCode: string;
  regionName: string;
  status: LedgerImportStatus;
  fileId: number;
  fileName: string;
  fileChecksum: string;
  sheetName: string;
  sheetFileNo: number;
  estimatedRows: number;
  totalRows: number | null;
  validRows: number | null;
  errorRows: number | null;
  errorCount: number | null;
  pilotRows: number | null;
  warningRows: number | null;
  errors: TLedgerIssue[];
  warnings: TLedgerIssue[];
  overridePilotCodes: boolean;
  reportFileId: number | null;
  jobRunId: number | null;
  failure: string | null;
  committedCount: number | null;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
  validatedAt: string | null;
  committedAt: string | null;
  updatedAt: string;
}

export type LedgerImportPatch = Omit<Updateable<LedgerImportsTable>, 'errors' | 'warnings'> & {
  errors?: TLedgerIssue[];
  warnings?: TLedgerIssue[];
};

export class LedgerImportsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('ledgerImports as l')
      .innerJoin('regions as r', 'r.code', 'l.regionCode')
      .selectAll('l')
      .select('r.fullName as regionName');
  }

  private static map(r: Record<string, unknown>): LedgerImportRecord {
    const row = r as unknown as LedgerImportRecord & { overridePilotCodes: boolean | number };
    return {
      ...row,
      overridePilotCodes: toBool(row.overridePilotCodes),
      errors: fromJson<TLedgerIssue[]>(r.errors) ?? [],
      warnings: fromJson<TLedgerIssue[]>(r.warnings) ?? [],
    };
  }

  async find(id: number): Promise<LedgerImportRecord | undefined> {
    const r = await this.base().where('l.id', '=', id).executeTakeFirst();
    return r && LedgerImportsRepository.map(r);
  }

  async list(
    where: RawBuilder<SqlBool>,
    filter: { kind?: LedgerKind; status?: LedgerImportStatus; createdBy?: number; beforeId?: number },
    limit: number,
  ): Promise<LedgerImportRecord[]> {
    let q = this.base().where(where);
    if (filter.kind) q = q.where('l.kind', '=', filter.kind);
    if (filter.status) q = q.where('l.status', '=', filter.status);
    if (filter.createdBy) q = q.where('l.createdBy', '=', filter.createdBy);
    if (filter.beforeId) q = q.where('l.id', '<', filter.beforeId);
    const rows = await q.orderBy('l.id', 'desc').limit(limit).execute();
    return rows.map((r) => LedgerImportsRepository.map(r));
  }

  async insert(row: Omit<Insertable<LedgerImportsTable>, 'id'>): Promise<number> {
    const r = await this.db.insertInto('ledgerImports').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  /** Moves the import on only from one of the statuses it is expected in; false when it had moved already. */
  async update(id: number, from: LedgerImportStatus[], patch: LedgerImportPatch): Promise<boolean> {
    const { errors, warnings, ...rest } = patch;
    const r = await this.db
      .updateTable('ledgerImports')
      .set({
        ...rest,
        ...(errors ? { errors: JSON.stringify(errors) } : {}),
        ...(warnings ? { warnings: JSON.stringify(warnings) } : {}),
      })
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
