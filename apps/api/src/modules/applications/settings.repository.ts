import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { toBool } from '../../db/dialect';

export interface SettingsRow {
  regionCode: string;
  preparationRequired: boolean;
  supervisorDays: number;
  authorityDays: number;
  signUpApproval: boolean;
  version: number;
}

export class SettingsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async inRegions(codes: string[]): Promise<SettingsRow[]> {
    const rows = await this.db
      .selectFrom('registrationSettings')
      .select(['regionCode', 'preparationRequired', 'supervisorDays', 'authorityDays', 'signUpApproval', 'version'])
      .where('regionCode', 'in', codes)
      .execute();
    return rows.map((r) => ({
      ...r,
      preparationRequired: toBool(r.preparationRequired),
      signUpApproval: toBool(r.signUpApproval),
    }));
  }

  async insert(row: Omit<SettingsRow, 'version'>, at: string, by: string): Promise<void> {
    await this.db
      .insertInto('registrationSettings')
      .values({ ...row, version: 1, updatedAt: at, updatedBy: by })
      .execute();
  }

  /** Optimistic update: false when the version moved on. */
  async update(row: Omit<SettingsRow, 'version'>, version: number, at: string, by: string): Promise<boolean> {
    const { regionCode, ...values } = row;
    const r = await this.db
      .updateTable('registrationSettings')
      .set({ ...values, version: version + 1, updatedAt: at, updatedBy: by })
      .where('regionCode', '=', regionCode)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
