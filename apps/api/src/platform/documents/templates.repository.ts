import type { Insertable, Kysely } from 'kysely';
import type { TDocumentTemplate, TTemplateField, TTemplateLayout } from '@shezu/contracts';
import type { DB, DocumentTemplatesTable } from '../../db/schema';
import { fromJson } from '../../db/dialect';

const COLUMNS = [
  'id',
  'authorityRegionCode',
  'kind',
  'version',
  'name',
  'fields',
  'layout',
  'basedOnId',
  'createdByName',
  'createdAt',
] as const;

type Row = Pick<DocumentTemplatesTable, Exclude<(typeof COLUMNS)[number], 'id'>> & { id: number };

function map(r: Row): TDocumentTemplate {
  return {
    id: r.id,
    authorityRegionCode: r.authorityRegionCode,
    kind: r.kind,
    version: r.version,
    name: r.name,
    fields: fromJson<TTemplateField[]>(r.fields) ?? [],
    layout: fromJson<TTemplateLayout>(r.layout)!,
    basedOnId: r.basedOnId,
    createdByName: r.createdByName,
    createdAt: r.createdAt,
  };
}

/** Template rows are append-only: a line is (authority or national default, kind), its versions 1, 2, … */
export class TemplatesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findById(id: number): Promise<TDocumentTemplate | undefined> {
    const r = await this.db.selectFrom('documentTemplates').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    return r && map(r as Row);
  }

  /** The newest version of one line; `authority` null is the national default. */
  async latest(authority: string | null, kind: string): Promise<TDocumentTemplate | undefined> {
    let q = this.db.selectFrom('documentTemplates').select(COLUMNS).where('kind', '=', kind);
    q =
      authority === null ? q.where('authorityRegionCode', 'is', null) : q.where('authorityRegionCode', '=', authority);
    const r = await q.orderBy('version', 'desc').limit(1).executeTakeFirst();
    return r && map(r as Row);
  }

  /** Every version of the authority's own lines and of the national defaults, newest first. */
  async linesFor(authority: string): Promise<TDocumentTemplate[]> {
    const rows = await this.db
      .selectFrom('documentTemplates')
      .select(COLUMNS)
      .where((eb) => eb.or([eb('authorityRegionCode', '=', authority), eb('authorityRegionCode', 'is', null)]))
      .orderBy('kind')
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => map(r as Row));
  }

  async versions(authority: string | null, kind: string): Promise<TDocumentTemplate[]> {
    let q = this.db.selectFrom('documentTemplates').select(COLUMNS).where('kind', '=', kind);
    q =
      authority === null ? q.where('authorityRegionCode', 'is', null) : q.where('authorityRegionCode', '=', authority);
    return (await q.orderBy('version', 'desc').execute()).map((r) => map(r as Row));
  }

  async insert(row: Insertable<DocumentTemplatesTable>): Promise<number> {
    const { id } = await this.db.insertInto('documentTemplates').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  }
}
