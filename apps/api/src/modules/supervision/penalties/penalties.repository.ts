import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../../../db/schema';
import type { PenaltiesTable, PenaltyStepsTable } from '../../../db/schema-penalties';
import { fromJson, toBool } from '../../../db/dialect';
import type { PenaltyKind, PenaltyStatus } from '@shezu/contracts';

export type PenaltyRow = Omit<Selectable<PenaltiesTable>, 'kinds' | 'hearingDue' | 'hearingRequested' | 'status'> & {
  status: PenaltyStatus;
  kinds: PenaltyKind[];
  hearingDue: boolean;
  hearingRequested: boolean;
};
export type StepRow = Omit<Selectable<PenaltyStepsTable>, 'files'> & { files: number[] };

const row = (r: Selectable<PenaltiesTable>): PenaltyRow => ({
  ...r,
  status: r.status as PenaltyStatus,
  kinds: fromJson<PenaltyKind[]>(r.kinds) ?? [],
  hearingDue: toBool(r.hearingDue),
  hearingRequested: toBool(r.hearingRequested),
});

/** The penalties part's own tables; nothing else reads them. */
export class PenaltiesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(values: Insertable<PenaltiesTable>): Promise<number> {
    const r = await this.db.insertInto('penalties').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async find(id: number): Promise<PenaltyRow | undefined> {
    const r = await this.db.selectFrom('penalties').selectAll().where('id', '=', id).executeTakeFirst();
    return r && row(r);
  }

  /** Optimistic: false when someone else changed the row since `version` was read. */
  async update(id: number, version: number, set: Updateable<PenaltiesTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('penalties')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async addStep(values: Omit<Insertable<PenaltyStepsTable>, 'files'> & { files: number[] }): Promise<number> {
    const r = await this.db
      .insertInto('penaltySteps')
      .values({ ...values, files: JSON.stringify(values.files) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async steps(penaltyId: number): Promise<StepRow[]> {
    const rows = await this.db
      .selectFrom('penaltySteps')
      .selectAll()
      .where('penaltyId', '=', penaltyId)
      .orderBy('id')
      .execute();
    return rows.map((s) => ({ ...s, files: fromJson<number[]>(s.files) ?? [] }));
  }

  /** Whose hands the case passed through before review (立案, 调查, 告知): none of them may review it. */
  async handlers(penaltyId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('penaltySteps')
      .select('actorId')
      .where('penaltyId', '=', penaltyId)
      .where('step', 'in', ['filed', 'investigation', 'prior_notice', 'statement', 'hearing', 'hearing_record'])
      .execute();
    return rows.map((r) => Number(r.actorId));
  }
}

export { row as penaltyRow };
