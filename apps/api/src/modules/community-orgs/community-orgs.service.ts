import type { Kysely } from 'kysely';
import { type TCommunityOrg, type TCommunityOrgFields, type TCommunityOrgListQuery } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../platform/auth/guard';
import { blindIndex, encryptField } from '../../platform/crypto';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/files.service';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../platform/http';
import { normalizeName } from '../orgs/search/name-grams';
import { auditView, communityOrgIssues, communityOrgResource, presentCommunityOrg } from './community-org-rules';
import { CommunityOrgsRepository, type CommunityOrgInsert, type CommunityOrgRecord } from './community-orgs.repository';

type Fields = TCommunityOrgFields;
const FILE_FIELDS = [
  ['charterFileId', 'community_org_charter'],
  ['rosterFileId', 'community_org_roster'],
] as const;

/** Community organizations (社区社会组织): filed, changed and cancelled by their township (备案). */
export class CommunityOrgsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly dataKey: Buffer,
    private readonly files: FileService,
  ) {}

  private today(): string {
    return chinaDate(this.clock.now());
  }

  async list(
    user: AuthUser,
    query: TCommunityOrgListQuery,
  ): Promise<{ items: TCommunityOrg[]; nextCursor: string | null }> {
    const { limit, cursor, ...filter } = query;
    const after = decodeCursor(cursor, isPositiveInt) ?? null;
    const scope = readScopeCondition(user, 'community_orgs.read', { region: 'c.regionCode' });
    const rows = await new CommunityOrgsRepository(this.db).list(scope, filter, after, limit + 1);
    const items = rows.slice(0, limit).map((r) => presentCommunityOrg(r, this.dataKey));
    return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]!.id) : null };
  }

  /** The record if the user may read it (region subtree); 404 otherwise. */
  async record(user: AuthUser, id: number): Promise<CommunityOrgRecord> {
    const o = await new CommunityOrgsRepository(this.db).findById(id);
    if (!o) throw notFound();
    assertAuthorized(user, 'community_orgs.read', communityOrgResource(o));
    return o;
  }

  async get(user: AuthUser, id: number): Promise<TCommunityOrg> {
    return presentCommunityOrg(await this.record(user, id), this.dataKey);
  }

  /** The filing township is the user's own: only township staff file (备案), for their township. */
  async file(user: AuthUser, actor: Actor, input: Fields): Promise<TCommunityOrg> {
    const township = user.regionCode;
    if (!township || township.length !== 9) throw new AppError('FORBIDDEN', '社区社会组织由乡镇（街道）备案');
    assertAuthorized(user, 'community_orgs.manage', { regionCode: township, authorityRegionCode: township });
    const id = await this.db.transaction().execute(async (trx) => {
      await this.check(trx, input, township);
      const [row] = this.prepareRows([{ fields: input, regionCode: township }], { filedBy: user.id });
      const newId = await new CommunityOrgsRepository(trx).insert(row!);
      await this.attachFiles(trx, actor, newId, township, input);
      await this.audit.record(trx, actor, {
        action: 'create',
        entity: 'community_org',
        entityId: newId,
        regionCode: township,
        summary: `社区社会组织备案：${input.name}`,
        after: auditView(input),
      });
      return newId;
    });
    return this.get(user, id);
  }

  async update(
    user: AuthUser,
    actor: Actor,
    id: number,
    patch: Partial<Fields> & { version: number },
  ): Promise<TCommunityOrg> {
    const o = await this.record(user, id);
    assertAuthorized(user, 'community_orgs.manage', communityOrgResource(o));
    if (o.status !== 'filed') throw new AppError('CONFLICT', '已注销备案的组织不能修改');
    const { version, responsibleIdNumber, ...plain } = patch;
    await this.db.transaction().execute(async (trx) => {
      await this.check(trx, plain, o.regionCode, id);
      const files = await this.attachFiles(trx, actor, id, o.regionCode, plain);
      const ok = await new CommunityOrgsRepository(trx).update(id, version, {
        ...plain,
        ...files,
        ...(plain.name ? { searchName: normalizeName(plain.name) } : {}),
        ...(responsibleIdNumber !== undefined ? this.personal(responsibleIdNumber) : {}),
        updatedAt: this.clock.now().toISOString(),
      });
      if (!ok) throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: 'update',
        entity: 'community_org',
        entityId: id,
        regionCode: o.regionCode,
        summary: `社区社会组织备案变更：${o.name}`,
        after: auditView({ ...plain, ...(responsibleIdNumber !== undefined ? { responsibleIdNumber } : {}) }),
      });
    });
    return this.get(user, id);
  }

  /** Cancels a filing (注销备案) with its reason; the record stays, with date and reason. */
  async cancel(
    user: AuthUser,
    actor: Actor,
    id: number,
    input: { reason: string; cancelledOn?: string | undefined; version: number },
  ): Promise<TCommunityOrg> {
    const o = await this.record(user, id);
    assertAuthorized(user, 'community_orgs.manage', communityOrgResource(o));
    if (o.status !== 'filed') throw new AppError('CONFLICT', '该组织已注销备案');
    const on = input.cancelledOn ?? this.today();
    if (on > this.today()) throw fieldError('cancelledOn', '注销日期不能晚于今天');
    if (on < o.filedOn) throw fieldError('cancelledOn', '注销日期不能早于备案日期');
    await this.db.transaction().execute(async (trx) => {
      const ok = await new CommunityOrgsRepository(trx).update(id, input.version, {
        status: 'cancelled',
        cancelledOn: on,
        cancelReason: input.reason,
        updatedAt: this.clock.now().toISOString(),
      });
      if (!ok) throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: 'cancel',
        entity: 'community_org',
        entityId: id,
        regionCode: o.regionCode,
        summary: `注销备案：${o.name}`,
        before: { status: 'filed' },
        after: { status: 'cancelled', cancelledOn: on, reason: input.reason },
      });
    });
    return this.get(user, id);
  }

  /** Names among `names` that a filed organization of the township carries (ledger checks). */
  namesTaken(db: Kysely<DB>, township: string, names: string[]): Promise<Set<string>> {
    return new CommunityOrgsRepository(db).filedNamesTaken(township, names);
  }

  /** Rows for new filings, the ID number encrypted; the costly part of a bulk import, done before its transaction. */
  prepareRows(list: { fields: Fields; regionCode: string }[], meta: { filedBy: number | null }): CommunityOrgInsert[] {
    const at = this.clock.now().toISOString();
    return list.map(({ fields: f, regionCode }) => ({
      name: f.name,
      searchName: normalizeName(f.name),
      regionCode,
      communityName: f.communityName,
      areaKind: f.areaKind,
      categoryCode: f.categoryCode,
      responsibleName: f.responsibleName,
      ...this.personal(f.responsibleIdNumber ?? null),
      responsiblePhone: f.responsiblePhone ?? null,
      venue: f.venue,
      activityArea: f.activityArea,
      memberCount: f.memberCount,
      fundsFen: f.fundsFen,
      charterFileId: f.charterFileId ?? null,
      rosterFileId: f.rosterFileId ?? null,
      status: 'filed',
      filedOn: f.filedOn,
      cancelledOn: null,
      cancelReason: null,
      filedBy: meta.filedBy,
      version: 1,
      createdAt: at,
      updatedAt: at,
    }));
  }

  /** Writes prepared filings in the caller's transaction (its audit is the caller's). */
  insertPrepared(trx: Kysely<DB>, rows: CommunityOrgInsert[]): Promise<number> {
    return new CommunityOrgsRepository(trx).insertMany(rows);
  }

  private personal(idNumber: string | null) {
    return {
      responsibleIdEnc: idNumber ? encryptField(this.dataKey, idNumber) : null,
      responsibleIdHash: idNumber ? blindIndex(this.dataKey, idNumber) : null,
    };
  }

  private async check(trx: Kysely<DB>, f: Partial<Fields>, township: string, exceptId?: number): Promise<void> {
    const nameTaken =
      f.name !== undefined &&
      (await new CommunityOrgsRepository(trx).filedNamesTaken(township, [f.name], exceptId)).size > 0;
    const fields = communityOrgIssues(f, { today: this.today(), nameTaken });
    if (Object.keys(fields).length > 0) {
      throw new AppError(
        fields.name ? 'DUPLICATE' : 'VALIDATION_FAILED',
        `提交的内容有误：${Object.values(fields)[0]}`,
        fields,
      );
    }
  }

  /** Hands uploaded 章程 / 花名册 files to the filing (only the uploader's own, once). */
  private async attachFiles(trx: Kysely<DB>, actor: Actor, id: number, township: string, f: Partial<Fields>) {
    const out: { charterFileId?: number | null; rosterFileId?: number | null } = {};
    for (const [field, purpose] of FILE_FIELDS) {
      const fileId = f[field];
      if (fileId === undefined) continue;
      out[field] = fileId;
      if (fileId === null) continue;
      await this.files.attach(
        trx,
        actor,
        fileId,
        { type: 'community_org', id: String(id) },
        {
          purpose,
          regionCode: township,
          field,
        },
      );
    }
    return out;
  }
}
