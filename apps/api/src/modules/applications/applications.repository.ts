import { sql, type Insertable, type Kysely, type RawBuilder, type SqlBool, type Updateable } from 'kysely';
import type {
  ApplicationKind,
  ApplicationStatus,
  ApplicationStep,
  AttachmentRole,
  RegisteredOrgType,
} from '@shezu/contracts';
import type { ApplicationsTable, DB } from '../../db/schema';
import { fromJson, toBool } from '../../db/dialect';

export interface AttachmentRef {
  fileId: number;
  role: AttachmentRole;
}

/** An application row as it leaves this layer: JSON parsed, booleans as booleans, names joined. */
export interface ApplicationRecord {
  id: number;
  kind: ApplicationKind;
  status: ApplicationStatus;
  step: ApplicationStep | null;
  applicantId: number;
  applicantName: string;
  orgId: number | null;
  orgName: string | null;
  orgType: RegisteredOrgType | null;
  authorityRegionCode: string | null;
  authorityRegionName: string | null;
  regionCode: string | null;
  supervisorUnitId: number | null;
  supervisorUnitName: string | null;
  directRegistration: boolean | null;
  preparationId: number | null;
  data: Record<string, unknown>;
  attachments: AttachmentRef[];
  submissionNo: number;
  dueDate: string | null;
  dueEstimated: boolean;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  certificateDocumentId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ApplicationInsert = Insertable<ApplicationsTable>;
export type ApplicationPatch = Updateable<ApplicationsTable>;

export function allOf(parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return parts.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** Sort key of the due-date order: applications without a due date (drafts, decided ones) come last. */
const DUE_KEY = sql<string>`coalesce(a.due_date, '9999-12-31')`;
export type DueKey = [string, number];
export const dueKeyOf = (a: { dueDate: string | null; id: number }): DueKey => [a.dueDate ?? '9999-12-31', a.id];

export class ApplicationsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('applications as a')
      .leftJoin('regions as r', 'r.code', 'a.authorityRegionCode')
      .leftJoin('units as u', 'u.id', 'a.supervisorUnitId')
      .selectAll('a')
      .select(['r.name as authorityRegionName', 'u.name as supervisorUnitName']);
  }

  private static map(r: Record<string, unknown>): ApplicationRecord {
    const row = r as unknown as ApplicationRecord & { directRegistration: boolean | number | null };
    return {
      ...row,
      directRegistration: row.directRegistration === null ? null : toBool(row.directRegistration),
      dueEstimated: toBool(row.dueEstimated as unknown as number),
      data: fromJson<Record<string, unknown>>(row.data) ?? {},
      attachments: fromJson<AttachmentRef[]>(row.attachments) ?? [],
    };
  }

  async findById(id: number): Promise<ApplicationRecord | undefined> {
    const r = await this.base().where('a.id', '=', id).executeTakeFirst();
    return r && ApplicationsRepository.map(r);
  }

  /** A page newest first; `where` holds the caller's scope and filters on `a`. */
  async page(where: RawBuilder<SqlBool>, beforeId: number | undefined, limit: number): Promise<ApplicationRecord[]> {
    let q = this.base().where(where);
    if (beforeId) q = q.where('a.id', '<', beforeId);
    const rows = await q.orderBy('a.id', 'desc').limit(limit).execute();
    return rows.map((r) => ApplicationsRepository.map(r));
  }

  /** A page soonest due first (no due date last), keyset on (due key, id). */
  async pageByDue(where: RawBuilder<SqlBool>, after: DueKey | undefined, limit: number): Promise<ApplicationRecord[]> {
    let q = this.base().where(where);
    if (after) q = q.where(sql<SqlBool>`(${DUE_KEY}, a.id) > (${after[0]}, ${after[1]})`);
    const rows = await q.orderBy(DUE_KEY).orderBy('a.id').limit(limit).execute();
    return rows.map((r) => ApplicationsRepository.map(r));
  }

  async insert(row: ApplicationInsert): Promise<number> {
    const { id } = await this.db.insertInto('applications').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  /** Optimistic update: false when the version moved on since the caller read it. */
  async update(id: number, version: number, patch: ApplicationPatch): Promise<boolean> {
    const r = await this.db
      .updateTable('applications')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** What an approval produced (the organization, its certificate), written under the row lock the approval holds. */
  async setOutcome(
    id: number,
    patch: Pick<ApplicationPatch, 'orgId' | 'certificateDocumentId' | 'data'>,
  ): Promise<void> {
    await this.db.updateTable('applications').set(patch).where('id', '=', id).execute();
  }

  /** Open applications (not decided, not withdrawn) of a kind for an organization, or following a preparation. */
  async openOf(where: { orgId?: number; preparationId?: number; kind?: ApplicationKind }, exceptId?: number) {
    let q = this.db
      .selectFrom('applications')
      .select(['id', 'kind', 'status'])
      .where('status', 'not in', ['rejected', 'withdrawn']);
    if (where.orgId) q = q.where('orgId', '=', where.orgId).where('status', '!=', 'approved');
    if (where.preparationId) q = q.where('preparationId', '=', where.preparationId);
    if (where.kind) q = q.where('kind', '=', where.kind);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return q.execute();
  }
}
