import type { Kysely } from 'kysely';
import type { ApplicationStatus, ApplicationStep } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { fromJson, toJson } from '../../db/dialect';
import type { AttachmentRef } from './applications.repository';

export interface HistoryEntry {
  id: number;
  action: string;
  status: ApplicationStatus;
  step: ApplicationStep | null;
  comment: string | null;
  actorName: string;
  submissionNo: number;
  at: string;
}

export interface VersionRecord {
  no: number;
  data: Record<string, unknown>;
  attachments: AttachmentRef[];
  submittedAt: string;
  submittedByName: string;
}

/** Every step of an application (who, when, with what comment) and the snapshot of each submission. */
export class HistoryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async add(e: Omit<HistoryEntry, 'id'> & { applicationId: number; actorId: number | null }): Promise<void> {
    await this.db.insertInto('applicationHistory').values(e).execute();
  }

  async of(applicationId: number): Promise<HistoryEntry[]> {
    const rows = await this.db
      .selectFrom('applicationHistory')
      .select(['id', 'action', 'status', 'step', 'comment', 'actorName', 'submissionNo', 'at'])
      .where('applicationId', '=', applicationId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...r, status: r.status as ApplicationStatus, step: r.step as ApplicationStep | null }));
  }

  async addVersion(applicationId: number, v: VersionRecord & { submittedBy: number | null }): Promise<void> {
    await this.db
      .insertInto('applicationVersions')
      .values({ ...v, applicationId, data: toJson(v.data)!, attachments: toJson(v.attachments)! })
      .execute();
  }

  async versions(applicationId: number): Promise<VersionRecord[]> {
    const rows = await this.db
      .selectFrom('applicationVersions')
      .select(['no', 'data', 'attachments', 'submittedAt', 'submittedByName'])
      .where('applicationId', '=', applicationId)
      .orderBy('no')
      .execute();
    return rows.map((r) => ({
      ...r,
      data: fromJson<Record<string, unknown>>(r.data) ?? {},
      attachments: fromJson<AttachmentRef[]>(r.attachments) ?? [],
    }));
  }
}
