import type { Insertable, Kysely, RawBuilder, Selectable, SqlBool } from 'kysely';
import { prefixRange, type TDocument } from '@shezu/contracts';
import type { DB, DocumentsTable } from '../../db/schema';
import { fromJson } from '../../db/dialect';

/** A document as services see it: the API shape plus where its files are. */
export interface DocumentRecord extends TDocument {
  pdfRef: string | null;
  docxRef: string | null;
  issuedBy: number | null;
}

export interface DocumentFilter {
  linkedType?: string;
  linkedId?: string;
  kind?: string;
  year?: number;
  within?: string;
  beforeId?: number;
}

function map(r: Selectable<DocumentsTable>): DocumentRecord {
  return {
    id: r.id,
    kind: r.kind,
    templateId: r.templateId,
    templateVersion: r.templateVersion,
    authorityRegionCode: r.authorityRegionCode,
    issuer: r.issuer,
    number: r.number,
    year: r.year,
    seq: r.seq,
    title: r.title,
    fields: fromJson<TDocument['fields']>(r.fields) ?? {},
    linkedType: r.linkedType,
    linkedId: r.linkedId,
    orgId: r.orgId,
    checksum: r.checksum,
    verifyCode: r.verifyCode,
    verifyUrl: r.verifyUrl,
    issuedBy: r.issuedBy,
    issuedByName: r.issuedByName,
    issuedAt: r.issuedAt,
    issueDate: r.issueDate,
    revokedAt: r.revokedAt,
    revokeReason: r.revokeReason,
    pdfRef: r.pdfRef,
    docxRef: r.docxRef,
  };
}

export class DocumentsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Takes the next number of (authority, kind, year) inside the caller's transaction. PostgreSQL locks
   * the counter row until commit, so concurrent issues queue and never share a number; SQLite's
   * IMMEDIATE transactions serialise writers. A rollback undoes the increment, so no gap is left.
   */
  async nextNumber(authorityRegionCode: string, kind: string, year: number): Promise<number> {
    const r = await this.db
      .insertInto('documentCounters')
      .values({ authorityRegionCode, kind, year, lastNumber: 1 })
      .onConflict((oc) =>
        oc
          .columns(['authorityRegionCode', 'kind', 'year'])
          .doUpdateSet((eb) => ({ lastNumber: eb('documentCounters.lastNumber', '+', 1) })),
      )
      .returning('lastNumber')
      .executeTakeFirstOrThrow();
    return Number(r.lastNumber);
  }

  async insert(row: Insertable<DocumentsTable>): Promise<number> {
    const { id } = await this.db.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  async setFiles(id: number, pdfRef: string, docxRef: string | null): Promise<void> {
    await this.db.updateTable('documents').set({ pdfRef, docxRef }).where('id', '=', id).execute();
  }

  async findById(id: number): Promise<DocumentRecord | undefined> {
    const r = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    return r && map(r);
  }

  async findByVerifyCode(code: string): Promise<DocumentRecord | undefined> {
    const r = await this.db.selectFrom('documents').selectAll().where('verifyCode', '=', code).executeTakeFirst();
    return r && map(r);
  }

  /** Newest first, keyset-paged; `scope` is the read-scope condition on the issuing authority. */
  async list(filter: DocumentFilter, scope: RawBuilder<SqlBool>, limit: number): Promise<DocumentRecord[]> {
    let q = this.db.selectFrom('documents').selectAll().where(scope);
    if (filter.linkedType) q = q.where('linkedType', '=', filter.linkedType);
    if (filter.linkedId) q = q.where('linkedId', '=', filter.linkedId);
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.year) q = q.where('year', '=', filter.year);
    if (filter.within) {
      const { from, to } = prefixRange(filter.within);
      q = q.where('authorityRegionCode', '>=', from).where('authorityRegionCode', '<', to);
    }
    if (filter.beforeId) q = q.where('id', '<', filter.beforeId);
    return (await q.orderBy('id', 'desc').limit(limit).execute()).map(map);
  }

  async revoke(id: number, at: string, by: number | null, reason: string): Promise<boolean> {
    const r = await this.db
      .updateTable('documents')
      .set({ revokedAt: at, revokedBy: by, revokeReason: reason })
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
