import type { Kysely } from 'kysely';
import {
  ILLEGAL_ORG_FILE_PURPOSE,
  isWithinRegion,
  prefixRange,
  type TIllegalOrg,
  type TIllegalOrgBan,
  type TIllegalOrgCreate,
  type TIllegalOrgDetail,
  type TIllegalOrgFinding,
  type TIllegalOrgNoteCreate,
  type TIllegalOrgQuery,
} from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import type { AuditService } from '../../../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../../../platform/auth/auth-user';
import { authorize } from '../../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../../platform/auth/guard';
import { chinaDate, type Clock } from '../../../../platform/clock';
import type { DocumentsService } from '../../../../platform/documents/documents.service';
import { AppError, fieldError, notFound } from '../../../../platform/errors';
import type { FileService } from '../../../../platform/files/files.service';
import { MB } from '../../../../platform/files/purposes';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../../platform/http';
import { jsonIds } from '../warnings/present';
import { IllegalOrgsRepository, type IllegalOrgNoteRow, type IllegalOrgRow } from './illegal-orgs.repository';

const resourceOf = (r: IllegalOrgRow) => ({ regionCode: r.regionCode, authorityRegionCode: r.authorityRegionCode });

export function presentIllegalOrg(r: IllegalOrgRow): TIllegalOrg {
  return {
    id: r.id,
    name: r.name,
    regionCode: r.regionCode,
    authorityRegionCode: r.authorityRegionCode,
    status: r.status as TIllegalOrg['status'],
    source: r.source as TIllegalOrg['source'],
    reporterName: r.reporterName,
    reporterPhone: r.reporterPhone,
    reportedOn: r.reportedOn,
    activities: r.activities,
    places: r.places,
    evidence: jsonIds(r.evidence),
    finding: r.finding,
    foundOn: r.foundOn,
    bannedOn: r.bannedOn,
    banDocumentId: r.banDocumentId,
    banDocumentNumber: r.banDocumentNumber,
    publicSummary: r.publicSummary,
    published: !!r.published,
    version: r.version,
  };
}
const presentNote = (n: IllegalOrgNoteRow) => ({
  id: n.id,
  notedOn: n.notedOn,
  text: n.text,
  files: jsonIds(n.files),
  byName: n.byName,
});

/**
 * Illegal social organizations (《取缔非法民间组织暂行办法》): a report is registered, investigated with notes,
 * found illegal or not, and an illegal one is banned (取缔决定书) and, if chosen, published as a warning.
 */
export class IllegalOrgsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly documents: DocumentsService,
  ) {
    files.purposes.register({
      name: ILLEGAL_ORG_FILE_PURPOSE,
      label: '非法社会组织证据材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 30 * MB,
      uploadPermission: 'supervision.manage',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (owner?.type !== 'illegal_org') return false;
        const r = await new IllegalOrgsRepository(this.db).find(Number(owner.id));
        return !!r && authorize(user, 'supervision.read', resourceOf(r)).allowed;
      },
    });
  }

  private today() {
    return chinaDate(this.clock.now());
  }

  async list(user: AuthUser, q: TIllegalOrgQuery): Promise<{ items: TIllegalOrg[]; nextCursor: string | null }> {
    assertAuthorized(user, 'supervision.read');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db
      .selectFrom('illegalOrgs as o')
      .selectAll('o')
      .where(readScopeCondition(user, 'supervision.read', { region: 'o.regionCode' }));
    if (q.status) query = query.where('o.status', '=', q.status);
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('o.regionCode', '>=', from).where('o.regionCode', '<', to);
    }
    if (q.q) query = query.where('o.name', 'like', `%${q.q.replace(/[%_\\]/g, '')}%`);
    if (after) query = query.where('o.id', '<', after);
    const rows = await query
      .orderBy('o.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: page.map(presentIllegalOrg),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  private async load(user: AuthUser, id: number, db: Kysely<DB> = this.db): Promise<IllegalOrgRow> {
    const r = await new IllegalOrgsRepository(db).find(id);
    if (!r) throw notFound();
    assertAuthorized(user, 'supervision.read', resourceOf(r));
    return r;
  }

  async get(user: AuthUser, id: number): Promise<TIllegalOrgDetail> {
    const r = await this.load(user, id);
    const notes = await new IllegalOrgsRepository(this.db).notes(id);
    return { ...presentIllegalOrg(r), notes: notes.map(presentNote) };
  }

  /** A report (线索) registered by the bureau of the place where the group is active. */
  async create(user: AuthUser, actor: Actor, body: TIllegalOrgCreate): Promise<TIllegalOrgDetail> {
    assertAuthorized(user, 'supervision.manage');
    if (!user.regionCode || !isWithinRegion(body.regionCode, user.regionCode))
      throw fieldError('regionCode', '活动地区应在本机关辖区内');
    if (body.reportedOn > this.today()) throw fieldError('reportedOn', '举报日期不能晚于今天');
    const at = this.clock.now().toISOString();
    const evidence = body.evidence ?? [];
    const id = await this.db.transaction().execute(async (trx) => {
      const id = await new IllegalOrgsRepository(trx).insert({
        name: body.name,
        regionCode: body.regionCode,
        authorityRegionCode: user.regionCode!,
        status: 'reported',
        source: body.source,
        reporterName: body.reporterName ?? null,
        reporterPhone: body.reporterPhone ?? null,
        reportedOn: body.reportedOn,
        activities: body.activities,
        places: body.places,
        evidence: JSON.stringify(evidence),
        published: false,
        createdBy: user.id,
        createdByName: user.displayName,
        createdAt: at,
        updatedAt: at,
      });
      await this.attach(trx, actor, id, evidence, body.regionCode, 'evidence');
      await this.audit.record(trx, actor, {
        action: 'illegal_org_reported',
        entity: 'illegal_org',
        entityId: id,
        regionCode: body.regionCode,
        summary: `非法社会组织线索：${body.name}`,
      });
      return id;
    });
    return this.get(user, id);
  }

  async addNote(user: AuthUser, actor: Actor, id: number, body: TIllegalOrgNoteCreate): Promise<TIllegalOrgDetail> {
    await this.db.transaction().execute(async (trx) => {
      const r = await this.decidable(user, id, trx, undefined, ['reported', 'investigating']);
      if (body.notedOn > this.today()) throw fieldError('notedOn', '调查日期不能晚于今天');
      const files = body.files ?? [];
      await new IllegalOrgsRepository(trx).addNote({
        illegalOrgId: id,
        notedOn: body.notedOn,
        text: body.text,
        files: JSON.stringify(files),
        by: user.id,
        byName: user.displayName,
        createdAt: this.clock.now().toISOString(),
      });
      await this.attach(trx, actor, id, files, r.regionCode, 'files');
      if (r.status === 'reported') await this.save(trx, r, { status: 'investigating' });
      await this.audit.record(trx, actor, {
        action: 'illegal_org_noted',
        entity: 'illegal_org',
        entityId: id,
        regionCode: r.regionCode,
        summary: `${r.name}：调查记录`,
      });
    });
    return this.get(user, id);
  }

  async find(user: AuthUser, actor: Actor, id: number, body: TIllegalOrgFinding): Promise<TIllegalOrgDetail> {
    await this.db.transaction().execute(async (trx) => {
      const r = await this.decidable(user, id, trx, body.version, ['reported', 'investigating']);
      if (body.foundOn > this.today()) throw fieldError('foundOn', '认定日期不能晚于今天');
      await this.save(trx, r, {
        status: body.illegal ? 'confirmed' : 'dismissed',
        finding: body.finding,
        foundOn: body.foundOn,
      });
      await this.audit.record(trx, actor, {
        action: 'illegal_org_found',
        entity: 'illegal_org',
        entityId: id,
        regionCode: r.regionCode,
        summary: `${r.name}：${body.illegal ? '认定为非法社会组织' : '不属于非法社会组织'}`,
      });
    });
    return this.get(user, id);
  }

  /** 取缔: issues the 取缔决定书 in the same transaction and, if chosen, publishes the warning. */
  async ban(user: AuthUser, actor: Actor, id: number, body: TIllegalOrgBan): Promise<TIllegalOrgDetail> {
    await this.db.transaction().execute(async (trx) => {
      const r = await this.decidable(user, id, trx, body.version, ['confirmed']);
      const doc = await this.documents.issue(trx, {
        kind: 'ban_decision',
        authorityRegionCode: r.authorityRegionCode,
        fields: { addressee: `“${r.name}”`, facts: r.finding ?? r.activities, decision: body.decision },
        linkedTo: { type: 'illegal_org', id: String(id) },
        actor,
      });
      await this.save(trx, r, {
        status: 'banned',
        bannedOn: this.today(),
        banDocumentId: doc.id,
        banDocumentNumber: doc.number,
        publicSummary: body.publicSummary,
        published: body.publish ?? true,
      });
      await this.audit.record(trx, actor, {
        action: 'illegal_org_banned',
        entity: 'illegal_org',
        entityId: id,
        regionCode: r.regionCode,
        summary: `${r.name}：予以取缔（${doc.number}）`,
      });
    });
    return this.get(user, id);
  }

  private async decidable(
    user: AuthUser,
    id: number,
    trx: Kysely<DB>,
    version: number | undefined,
    allowed: readonly string[],
  ): Promise<IllegalOrgRow> {
    const r = await this.load(user, id, trx);
    assertAuthorized(user, 'supervision.manage', resourceOf(r));
    if (version !== undefined && version !== r.version) throw new AppError('STALE_VERSION');
    if (!allowed.includes(r.status)) throw new AppError('CONFLICT', '当前状态不能进行该操作');
    return r;
  }

  private async attach(trx: Kysely<DB>, actor: Actor, id: number, files: number[], region: string, field: string) {
    for (const f of files)
      await this.files.attach(
        trx,
        actor,
        f,
        { type: 'illegal_org', id: String(id) },
        { purpose: ILLEGAL_ORG_FILE_PURPOSE, regionCode: region, field },
      );
  }

  private async save(trx: Kysely<DB>, r: IllegalOrgRow, patch: Parameters<IllegalOrgsRepository['update']>[2]) {
    const ok = await new IllegalOrgsRepository(trx).update(r.id, r.version, {
      ...patch,
      updatedAt: this.clock.now().toISOString(),
    });
    if (!ok) throw new AppError('STALE_VERSION');
  }
}
