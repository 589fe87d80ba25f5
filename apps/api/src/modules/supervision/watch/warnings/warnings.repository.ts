import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../../../../db/schema';
import type { RiskWarningsTable } from '../../../../db/schema-watch';

export type WarningRow = Selectable<RiskWarningsTable>;

/** Every query of risk warnings and the complaints the jump rule counts. */
export class WarningsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts unless the source already raised one; undefined when it did (a redelivered event). */
  async insert(row: Insertable<RiskWarningsTable>): Promise<number | undefined> {
    const r = await this.db
      .insertInto('riskWarnings')
      .values(row)
      .onConflict((oc) => oc.column('sourceRef').doNothing())
      .returning('id')
      .executeTakeFirst();
    return r?.id;
  }

  find(id: number): Promise<WarningRow | undefined> {
    return this.db.selectFrom('riskWarnings').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Updates under the row's version; false when someone else changed it first. */
  async update(id: number, version: number, patch: Updateable<RiskWarningsTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('riskWarnings')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Records a complaint once; false when it was already counted. */
  async addComplaint(complaintId: number, orgId: number, receivedOn: string): Promise<boolean> {
    const r = await this.db
      .insertInto('riskWarningComplaints')
      .values({ complaintId, orgId, receivedOn })
      .onConflict((oc) => oc.column('complaintId').doNothing())
      .returning('id')
      .executeTakeFirst();
    return r !== undefined;
  }

  /** The organization's complaints received within [from, to]. */
  complaintsBetween(orgId: number, from: string, to: string): Promise<{ complaintId: number }[]> {
    return this.db
      .selectFrom('riskWarningComplaints')
      .select('complaintId')
      .where('orgId', '=', orgId)
      .where('receivedOn', '>=', from)
      .where('receivedOn', '<=', to)
      .execute();
  }

  async anyBySourceRefs(refs: readonly string[]): Promise<boolean> {
    if (refs.length === 0) return false;
    const r = await this.db.selectFrom('riskWarnings').select('id').where('sourceRef', 'in', refs).executeTakeFirst();
    return r !== undefined;
  }
}
