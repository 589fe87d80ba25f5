import type { Kysely, Selectable } from 'kysely';
import {
  authorityNameOf,
  maskPhone,
  type TComplaint,
  type TComplaintDetail,
  type TComplaintOpenCase,
  type TComplaintQuery,
  type TComplaintReply,
} from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import type { ComplaintsTable } from '../../../../db/schema-cases';
import type { Actor, AuthUser } from '../../../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../../../platform/auth/guard';
import { authorize, type ScopedResource } from '../../../../platform/auth/authorize';
import { chinaDate } from '../../../../platform/clock';
import { decryptField } from '../../../../platform/crypto';
import { AppError, notFound, stale } from '../../../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../../platform/http';
import type { SupervisionDeps } from '../../supervision-deps';
import type { CaseOpener, CaseSourceStatus } from '../case-intake';

type Row = Selectable<ComplaintsTable>;

const resourceOf = (c: Row): ScopedResource => ({
  regionCode: c.authorityRegionCode,
  authorityRegionCode: c.authorityRegionCode,
  unitIds: [c.supervisorUnitId],
  orgId: c.orgId,
});
export const complaintRef = (id: number) => `complaint:${id}`;

/** Staff triage (受理): list, read, reply (closes it), or open a coordinated case. */
export class ComplaintsService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly cases: CaseOpener,
  ) {}

  async list(user: AuthUser, q: TComplaintQuery): Promise<{ items: TComplaint[]; nextCursor: string | null }> {
    assertAuthorized(user, 'supervision.read');
    let query = this.deps.db
      .selectFrom('complaints as c')
      .selectAll('c')
      .where(
        readScopeCondition(user, 'supervision.read', {
          region: 'c.authorityRegionCode',
          unit: 'c.supervisorUnitId',
          org: 'c.orgId',
        }),
      );
    if (q.status) query = query.where('c.status', '=', q.status);
    if (q.category) query = query.where('c.category', '=', q.category);
    if (q.registered) query = query.where('c.orgId', q.registered === 'true' ? 'is not' : 'is', null);
    if (q.q) {
      const text = q.q;
      query = query.where((eb) =>
        eb.or([
          eb('c.trackingNo', '=', text.toUpperCase()),
          eb('c.orgName', 'like', `%${text}%`),
          eb('c.uscc', '=', text),
        ]),
      );
    }
    const after = decodeCursor(q.cursor, isPositiveInt);
    if (after) query = query.where('c.id', '<', after);
    const rows = await query
      .orderBy('c.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: await this.present(page),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async get(user: AuthUser, id: number): Promise<TComplaintDetail> {
    const c = await this.row(this.deps.db, user, 'supervision.read', id);
    const [item] = await this.present([c]);
    const status = await this.caseStatus([c]);
    const files = await this.deps.db
      .selectFrom('complaintAttachments')
      .select('fileId')
      .where('complaintId', '=', c.id)
      .orderBy('id')
      .execute();
    const attachments = [];
    for (const f of files) {
      const r = await this.deps.files.get(user, f.fileId).catch(() => null);
      if (r) attachments.push({ id: r.id, name: r.name, size: r.size, mime: r.mime });
    }
    // The bureau that handles it calls the complainant back; other readers (the city above) see it masked.
    const handles = authorize(user, 'supervision.manage', resourceOf(c)).allowed;
    const clear = (enc: string | null) => (enc ? decryptField(this.deps.dataKey, enc) : null);
    const name = clear(c.contactNameEnc);
    return {
      ...item!,
      content: c.content,
      contactName: handles || !name ? name : `${name.slice(0, 1)}**`,
      contactPhone: handles ? clear(c.contactPhoneEnc) : maskPhone(clear(c.contactPhoneEnc)),
      attachments,
      reply: c.reply,
      repliedOn: c.repliedOn,
      handledByName: c.handledByName,
      caseClosedOn: status.get(complaintRef(c.id))?.closedOn ?? null,
      version: c.version,
    };
  }

  /** The reply closes the complaint; the complainant reads it in the status lookup. */
  async reply(user: AuthUser, actor: Actor, id: number, body: TComplaintReply): Promise<TComplaintDetail> {
    await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.open(trx, user, id, body.version);
      const repliedOn = chinaDate(this.deps.clock.now());
      await this.update(trx, c, { status: 'replied', reply: body.reply, repliedOn, ...this.handler(actor) });
      await this.deps.audit.record(trx, actor, {
        action: 'reply',
        entity: 'complaint',
        entityId: c.id,
        regionCode: c.authorityRegionCode,
        summary: `答复投诉举报 ${c.trackingNo}`,
        before: { status: c.status },
        after: { status: 'replied', repliedOn },
      });
    });
    return this.get(user, id);
  }

  /** Opens a coordinated case (协同处置) about the registered organization; its status shows on the complaint. */
  async openCase(user: AuthUser, actor: Actor, id: number, body: TComplaintOpenCase): Promise<TComplaintDetail> {
    await this.deps.db.transaction().execute(async (trx) => {
      const c = await this.open(trx, user, id, body.version);
      if (c.orgId === null) {
        throw new AppError('CONFLICT', '被投诉的组织未登记，不能转协同处置案件；请按非法社会组织线索处理并答复');
      }
      const { caseId } = await this.cases.openFromSource(trx, actor, {
        orgId: c.orgId,
        source: 'complaint',
        sourceRef: complaintRef(c.id),
        title: body.title,
        detail: body.detail || c.content,
      });
      await this.update(trx, c, { status: 'case_opened', caseId, ...this.handler(actor) });
      await this.deps.audit.record(trx, actor, {
        action: 'open_case',
        entity: 'complaint',
        entityId: c.id,
        regionCode: c.authorityRegionCode,
        summary: `投诉举报 ${c.trackingNo} 转协同处置案件`,
        before: { status: c.status },
        after: { status: 'case_opened', caseId },
      });
    });
    return this.get(user, id);
  }

  private handler(actor: Actor) {
    return { handledBy: actor.userId, handledByName: actor.name };
  }

  private async row(db: Kysely<DB>, user: AuthUser, permission: 'supervision.read' | 'supervision.manage', id: number) {
    const c = await db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
    if (!c) throw notFound();
    assertAuthorized(user, permission, resourceOf(c));
    return c;
  }

  /** A complaint still to be triaged, at the version the clerk saw, in the clerk's decision scope. */
  private async open(trx: Kysely<DB>, user: AuthUser, id: number, version: number): Promise<Row> {
    const c = await this.row(trx, user, 'supervision.read', id);
    assertAuthorized(user, 'supervision.manage', resourceOf(c));
    if (c.version !== version) throw stale();
    if (c.status !== 'received') throw new AppError('CONFLICT', '该投诉举报已办理');
    return c;
  }

  private async update(trx: Kysely<DB>, c: Row, set: Partial<Omit<Row, 'id' | 'version'>>): Promise<void> {
    const r = await trx
      .updateTable('complaints')
      .set({ ...set, version: c.version + 1 })
      .where('id', '=', c.id)
      .where('version', '=', c.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw stale();
  }

  private async caseStatus(rows: Row[]): Promise<Map<string, CaseSourceStatus>> {
    const refs = rows.filter((r) => r.caseId !== null).map((r) => complaintRef(r.id));
    return refs.length ? this.cases.sourceStatus(refs) : new Map();
  }

  private async present(rows: Row[]): Promise<TComplaint[]> {
    const status = await this.caseStatus(rows);
    const codes = [...new Set(rows.map((r) => r.authorityRegionCode))];
    const names = new Map<string, string>();
    for (const code of codes) {
      const r = await this.deps.regions.find(code);
      names.set(code, authorityNameOf({ code, name: r?.name ?? code }));
    }
    return rows.map((c) => ({
      id: c.id,
      trackingNo: c.trackingNo,
      status: c.status as TComplaint['status'],
      category: c.category as TComplaint['category'],
      orgId: c.orgId,
      orgName: c.orgName,
      uscc: c.uscc,
      regionCode: c.regionCode,
      authorityRegionCode: c.authorityRegionCode,
      authorityName: names.get(c.authorityRegionCode)!,
      summary: c.content.length > 60 ? `${c.content.slice(0, 60)}…` : c.content,
      receivedOn: c.receivedOn,
      caseId: c.caseId,
      caseStatus: status.get(complaintRef(c.id))?.status ?? null,
    }));
  }
}
