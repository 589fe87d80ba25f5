import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  PENALTY_EVIDENCE_PURPOSE,
  type TPenalty,
  type TPenaltyCreate,
  type TPenaltyDetail,
  type TPenaltyQuery,
  type TPublicPenalty,
  type TPublicPenaltyQuery,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { escapeLike } from '../../../db/dialect';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { chinaDate } from '../../../platform/clock';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import { MB } from '../../../platform/files/purposes';
import type { SupervisionDeps } from '../supervision-deps';
import { PenaltiesRepository, penaltyRow, type PenaltyRow } from './penalties.repository';
import { authorityName, presentDetail, presentPenalty, presentPublic } from './present';

export const penaltyResource = (
  p: Pick<PenaltyRow, 'regionCode' | 'authorityRegionCode' | 'supervisorUnitId' | 'orgId'>,
) => ({
  regionCode: p.regionCode,
  authorityRegionCode: p.authorityRegionCode,
  unitIds: [p.supervisorUnitId],
  orgId: p.orgId,
});

const isKey = (v: unknown): v is [string, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isPositiveInt(v[1]);

/** What the penalty needs of a coordinated case (the cases part's service): that the user reads it, and whose it is. */
export interface CaseReader {
  load(user: AuthUser, id: number): Promise<{ orgId: number | null }>;
}

/** The penalty record: lists, one penalty, 立案, 双公示. The steps are in PenaltyStepsService. */
export class PenaltiesService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly cases: CaseReader,
  ) {
    deps.files.purposes.register({
      name: PENALTY_EVIDENCE_PURPOSE,
      label: '行政处罚案卷材料',
      types: ['pdf', 'png', 'jpg', 'webp', 'docx', 'xlsx'],
      maxBytes: 50 * MB,
      uploadPermission: 'penalties.manage',
      canRead: async (user, owner, file) => {
        if (file.createdBy === user.id) return true;
        if (!owner || owner.type !== 'penalty') return false;
        const p = await new PenaltiesRepository(deps.db).find(Number(owner.id));
        return !!p && authorize(user, 'supervision.read', penaltyResource(p)).allowed;
      },
    });
  }

  today(): string {
    return chinaDate(this.deps.clock.now());
  }

  async list(user: AuthUser, q: TPenaltyQuery): Promise<{ items: TPenalty[]; nextCursor: string | null }> {
    assertAuthorized(user, 'supervision.read');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.deps.db
      .selectFrom('penalties as p')
      .selectAll('p')
      .where(readScopeCondition(user, 'supervision.read', { region: 'p.regionCode', unit: 'p.supervisorUnitId' }));
    if (q.status) query = query.where('p.status', '=', q.status);
    if (q.orgId) query = query.where('p.orgId', '=', q.orgId);
    if (q.caseId) query = query.where('p.caseId', '=', q.caseId);
    if (q.publicationOverdue === 'true')
      query = query.where('p.publishedOn', 'is', null).where('p.publishBy', '<', this.today());
    if (q.q) {
      const like = `%${escapeLike(q.q)}%`;
      query = query.where(
        sql<SqlBool>`(p.org_name like ${like} escape '\\' or p.title like ${like} escape '\\' or p.decision_number like ${like} escape '\\')`,
      );
    }
    if (after) query = query.where('p.id', '<', after);
    const rows = await query
      .orderBy('p.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit).map(penaltyRow);
    return {
      items: page.map(presentPenalty),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  /** A penalty the user may read (404 otherwise). */
  async load(user: AuthUser, id: number, db: Kysely<DB> = this.deps.db): Promise<PenaltyRow> {
    const p = await new PenaltiesRepository(db).find(id);
    if (!p) throw notFound();
    assertAuthorized(user, 'supervision.read', penaltyResource(p));
    return p;
  }

  async get(user: AuthUser, id: number): Promise<TPenaltyDetail> {
    const p = await this.load(user, id);
    return presentDetail(p, await new PenaltiesRepository(this.deps.db).steps(id), this.today());
  }

  /** 立案 (行政处罚法第五十四条): the organization, the cause, the facts that justify opening the case. */
  async create(user: AuthUser, actor: Actor, body: TPenaltyCreate): Promise<TPenaltyDetail> {
    const o = await this.deps.orgsQuery.facts(body.orgId);
    if (!o) throw fieldError('orgId', '社会组织不存在');
    assertAuthorized(user, 'penalties.manage', {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId],
      orgId: o.id,
    });
    if (o.status !== 'registered') throw fieldError('orgId', '该组织已不在登记状态，不能立案处罚');
    if (body.caseId !== undefined) {
      const c = await this.cases.load(user, body.caseId).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'NOT_FOUND') throw fieldError('caseId', '协同处置案件不存在');
        throw e;
      });
      if (c.orgId !== o.id) throw fieldError('caseId', '该案件涉及的不是此社会组织');
    }
    const today = this.today();
    const filedOn = body.filedOn ?? today;
    if (filedOn > today) throw fieldError('filedOn', '立案日期不能晚于今天');
    const at = this.deps.clock.now().toISOString();
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const repo = new PenaltiesRepository(trx);
      const id = await repo.insert({
        orgId: o.id,
        orgName: o.name,
        uscc: o.uscc,
        regionCode: o.regionCode,
        authorityRegionCode: o.authorityRegionCode,
        supervisorUnitId: o.supervisorUnitId,
        caseId: body.caseId ?? null,
        title: body.title,
        facts: body.facts,
        status: 'filed',
        kinds: JSON.stringify([]),
        handlerId: user.id,
        handlerName: user.displayName,
        filedOn,
        createdAt: at,
        updatedAt: at,
      });
      await repo.addStep({
        penaltyId: id,
        step: 'filed',
        onDate: filedOn,
        actorId: user.id,
        actorName: user.displayName,
        note: body.facts,
        files: [],
        at,
      });
      await this.deps.audit.record(trx, actor, {
        action: 'penalty_filed',
        entity: 'penalty',
        entityId: id,
        regionCode: o.regionCode,
        summary: `行政处罚立案：${o.name}（${body.title}）`,
        after: body,
      });
      return id;
    });
    return this.get(user, id);
  }

  /** 双公示 now, rather than when the 7-working-day deadline comes (the public list shows it then anyway). */
  async publish(user: AuthUser, actor: Actor, id: number, version: number): Promise<TPenaltyDetail> {
    await this.deps.db.transaction().execute(async (trx) => {
      const p = await this.load(user, id, trx);
      assertAuthorized(user, 'penalties.manage', penaltyResource(p));
      if (!p.decidedOn) throw new AppError('CONFLICT', '尚未作出处罚决定，不能公示');
      if (p.publishedOn) throw new AppError('CONFLICT', '该处罚决定已公示');
      const today = this.today();
      if (
        !(await new PenaltiesRepository(trx).update(id, version, {
          publishedOn: today,
          updatedAt: this.deps.clock.now().toISOString(),
        }))
      )
        throw new AppError('STALE_VERSION');
      await this.deps.audit.record(trx, actor, {
        action: 'penalty_published',
        entity: 'penalty',
        entityId: id,
        regionCode: p.regionCode,
        summary: `公示行政处罚决定：${p.decisionNumber}`,
      });
    });
    return this.get(user, id);
  }

  /**
   * 双公示 list: decided penalties published by hand or whose 7-working-day deadline has come, newest decision
   * first, keyset on (decided_on, id).
   */
  async publicList(q: TPublicPenaltyQuery): Promise<{ items: TPublicPenalty[]; nextCursor: string | null }> {
    const today = this.today();
    let query = this.deps.db
      .selectFrom('penalties')
      .selectAll()
      .where('decidedOn', 'is not', null)
      .where((eb) => eb.or([eb('publishedOn', 'is not', null), eb('publishBy', '<=', today)]));
    if (q.q) query = query.where(sql<SqlBool>`org_name like ${`%${escapeLike(q.q)}%`} escape '\\'`);
    const after = decodeCursor(q.cursor, isKey);
    if (after)
      query = query.where((eb) =>
        eb.or([eb('decidedOn', '<', after[0]), eb.and([eb('decidedOn', '=', after[0]), eb('id', '<', after[1])])]),
      );
    const rows = await query
      .orderBy('decidedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit).map(penaltyRow);
    const names = new Map<string, string>();
    for (const p of page)
      if (!names.has(p.authorityRegionCode))
        names.set(p.authorityRegionCode, await authorityName(this.deps.regions, p.authorityRegionCode));
    const last = page[page.length - 1];
    return {
      items: page.map((p) => presentPublic(p, names.get(p.authorityRegionCode)!)),
      nextCursor: rows.length > q.limit && last ? encodeCursor([last.decidedOn, last.id]) : null,
    };
  }
}
