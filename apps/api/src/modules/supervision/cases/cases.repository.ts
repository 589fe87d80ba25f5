import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../../../db/schema';
import type {
  SupervisionCaseAlarmsTable,
  SupervisionCaseMeasuresTable,
  SupervisionCasesTable,
  SupervisionCaseTasksTable,
} from '../../../db/schema-cases';
import { inIds, toBool } from '../../../db/dialect';

export type CaseRow = Omit<Selectable<SupervisionCasesTable>, 'alarmed' | 'substantiated'> & {
  alarmed: boolean;
  substantiated: boolean | null;
};
export type MeasureRow = Selectable<SupervisionCaseMeasuresTable>;
export type TaskRow = Selectable<SupervisionCaseTasksTable>;
export type AlarmRow = Selectable<SupervisionCaseAlarmsTable>;

function mapCase(r: Selectable<SupervisionCasesTable>): CaseRow {
  return {
    ...r,
    alarmed: toBool(r.alarmed),
    substantiated: r.substantiated === null ? null : toBool(r.substantiated),
  };
}

/** Every query of the cases part (its own tables only). */
export class CasesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertCase(row: Insertable<SupervisionCasesTable>): Promise<number> {
    const r = await this.db.insertInto('supervisionCases').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async caseById(id: number): Promise<CaseRow | undefined> {
    const r = await this.db.selectFrom('supervisionCases').selectAll().where('id', '=', id).executeTakeFirst();
    return r && mapCase(r);
  }

  async caseBySourceRef(ref: string): Promise<CaseRow | undefined> {
    const r = await this.db.selectFrom('supervisionCases').selectAll().where('sourceRef', '=', ref).executeTakeFirst();
    return r && mapCase(r);
  }

  async casesBySourceRefs(refs: readonly string[]): Promise<CaseRow[]> {
    if (refs.length === 0) return [];
    const rows = await this.db
      .selectFrom('supervisionCases')
      .selectAll()
      .where('sourceRef', 'in', [...refs])
      .execute();
    return rows.map(mapCase);
  }

  async casesByIds(ids: number[]): Promise<CaseRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('supervisionCases')
      .selectAll()
      .where(inIds(this.db, 'id', ids))
      .execute();
    return rows.map(mapCase);
  }

  /** Writes under the row's version; false when someone else changed it first. */
  async updateCase(id: number, version: number, patch: Updateable<SupervisionCasesTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('supervisionCases')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async setAlarmed(id: number, alarmed: boolean): Promise<void> {
    await this.db.updateTable('supervisionCases').set({ alarmed }).where('id', '=', id).execute();
  }

  measuresOf(caseId: number): Promise<MeasureRow[]> {
    return this.db
      .selectFrom('supervisionCaseMeasures')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('id')
      .execute();
  }

  measure(id: number): Promise<MeasureRow | undefined> {
    return this.db.selectFrom('supervisionCaseMeasures').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertMeasure(row: Insertable<SupervisionCaseMeasuresTable>): Promise<number> {
    const r = await this.db.insertInto('supervisionCaseMeasures').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async updateMeasure(id: number, patch: Updateable<SupervisionCaseMeasuresTable>): Promise<void> {
    await this.db.updateTable('supervisionCaseMeasures').set(patch).where('id', '=', id).execute();
  }

  tasksOf(caseId: number): Promise<TaskRow[]> {
    return this.db.selectFrom('supervisionCaseTasks').selectAll().where('caseId', '=', caseId).orderBy('id').execute();
  }

  task(id: number): Promise<TaskRow | undefined> {
    return this.db.selectFrom('supervisionCaseTasks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertTask(row: Insertable<SupervisionCaseTasksTable>): Promise<number> {
    const r = await this.db.insertInto('supervisionCaseTasks').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async updateTask(id: number, patch: Updateable<SupervisionCaseTasksTable>): Promise<void> {
    await this.db.updateTable('supervisionCaseTasks').set(patch).where('id', '=', id).execute();
  }

  alarmsOf(caseId: number): Promise<AlarmRow[]> {
    return this.db.selectFrom('supervisionCaseAlarms').selectAll().where('caseId', '=', caseId).orderBy('id').execute();
  }

  alarmOf(kind: string, targetType: string, targetId: number): Promise<AlarmRow | undefined> {
    return this.db
      .selectFrom('supervisionCaseAlarms')
      .selectAll()
      .where('kind', '=', kind)
      .where('targetType', '=', targetType)
      .where('targetId', '=', targetId)
      .executeTakeFirst();
  }

  async insertAlarm(row: Insertable<SupervisionCaseAlarmsTable>): Promise<void> {
    await this.db.insertInto('supervisionCaseAlarms').values(row).execute();
  }

  async reopenAlarm(id: number, patch: { dueOn: string; raisedOn: string; summary: string }): Promise<void> {
    await this.db
      .updateTable('supervisionCaseAlarms')
      .set({ ...patch, resolvedOn: null })
      .where('id', '=', id)
      .execute();
  }

  /** Resolves the open alarms of one step; returns how many were open. */
  async resolveAlarms(targetType: string, targetId: number, on: string, kinds?: string[]): Promise<number> {
    let q = this.db
      .updateTable('supervisionCaseAlarms')
      .set({ resolvedOn: on })
      .where('targetType', '=', targetType)
      .where('targetId', '=', targetId)
      .where('resolvedOn', 'is', null);
    if (kinds) q = q.where('kind', 'in', kinds);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async openAlarmCount(caseId: number): Promise<number> {
    const r = await this.db
      .selectFrom('supervisionCaseAlarms')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('caseId', '=', caseId)
      .where('resolvedOn', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  timelineOf(caseId: number) {
    return this.db
      .selectFrom('supervisionCaseEvents')
      .select(['id', 'action', 'summary', 'actorName', 'at'])
      .where('caseId', '=', caseId)
      .orderBy('id')
      .execute();
  }

  async addEvent(caseId: number, action: string, summary: string, actorName: string, at: string): Promise<void> {
    await this.db.insertInto('supervisionCaseEvents').values({ caseId, action, summary, actorName, at }).execute();
  }
}
