import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { SignUpStatus } from '@shezu/contracts';
import type { DB } from '../../../db/schema';

export interface SignUpRecord {
  id: number;
  userId: number;
  username: string;
  displayName: string;
  phone: string | null;
  regionCode: string;
  regionName: string | null;
  status: SignUpStatus;
  reason: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
}

export class SignUpsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private base() {
    return this.db
      .selectFrom('signUps as s')
      .innerJoin('users as u', 'u.id', 's.userId')
      .leftJoin('regions as r', 'r.code', 's.regionCode')
      .select([
        's.id',
        's.userId',
        'u.username',
        'u.displayName',
        'u.phone',
        's.regionCode',
        'r.fullName as regionName',
        's.status',
        's.reason',
        's.decidedByName',
        's.decidedAt',
        's.version',
        's.createdAt',
      ]);
  }

  async insert(row: { userId: number; regionCode: string; status: SignUpStatus; createdAt: string }): Promise<number> {
    const { id } = await this.db
      .insertInto('signUps')
      .values({ ...row, version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async findById(id: number): Promise<SignUpRecord | undefined> {
    const r = await this.base().where('s.id', '=', id).executeTakeFirst();
    return r && { ...r, status: r.status as SignUpStatus };
  }

  async list(
    scope: RawBuilder<SqlBool>,
    status: SignUpStatus | undefined,
    beforeId: number | undefined,
    limit: number,
  ) {
    let q = this.base().where(scope);
    if (status) q = q.where('s.status', '=', status);
    if (beforeId) q = q.where('s.id', '<', beforeId);
    const rows = await q.orderBy('s.id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ ...r, status: r.status as SignUpStatus }));
  }

  async decide(
    id: number,
    version: number,
    d: { status: SignUpStatus; reason: string | null; by: number | null; byName: string; at: string },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('signUps')
      .set({
        status: d.status,
        reason: d.reason,
        decidedBy: d.by,
        decidedByName: d.byName,
        decidedAt: d.at,
        version: version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async phoneTaken(phone: string): Promise<boolean> {
    return !!(await this.db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirst());
  }
}
