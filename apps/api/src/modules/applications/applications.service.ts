import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import {
  FOUNDING_KINDS,
  type TApplicationChange,
  type TApplicationCreate,
  type TApplicationDetail,
  type TApplicationListQuery,
  type TApplicationSummary,
  type TApplicationUpdate,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { escapeLike, toJson } from '../../db/dialect';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { readScopeCondition } from '../../platform/auth/guard';
import { AppError, fieldError, notFound } from '../../platform/errors';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../platform/http';
import type { OrgsQuery } from '../orgs/orgs.query';
import { PERSONAL_FIELDS, maskData, sealData } from './application-data';
import { allowedActions, assertAllowed, canRead } from './applications.policy';
import { establishmentDeadlineOf, presentSummary } from './applications.presenter';
import {
  ApplicationsRepository,
  allOf,
  dueKeyOf,
  type ApplicationRecord,
  type DueKey,
} from './applications.repository';
import type { ApplicationAttachments } from './attachments';
import { HistoryRepository } from './history.repository';
import { diffVersions } from './rules/diff';

const isFounding = (kind: string) => (FOUNDING_KINDS as readonly string[]).includes(kind);

/** Applications as their applicants draft them and as the queues show them. */
const isId = (v: unknown): v is number => isPositiveInt(v) && v <= Number.MAX_SAFE_INTEGER;
const isDueKey = (v: unknown): v is DueKey =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v[0]) && isId(v[1]);

export class ApplicationsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly dataKey: Buffer,
    private readonly orgs: OrgsQuery,
    private readonly attachments: ApplicationAttachments,
  ) {}

  /** The application if the user may read it; 404 otherwise, as if it did not exist. */
  async load(user: AuthUser, id: number): Promise<ApplicationRecord> {
    const a = await new ApplicationsRepository(this.db).findById(id);
    if (!a || !canRead(a, user)) throw notFound();
    return a;
  }

  private today() {
    return chinaDate(this.clock.now());
  }

  /** Who sees what: their own, their organization's, and what was submitted into their scope. */
  private visible(user: AuthUser): RawBuilder<SqlBool> {
    const or: RawBuilder<SqlBool>[] = [sql<SqlBool>`a.applicant_id = ${user.id}`];
    if (user.orgId !== null && user.roles.includes('org_account')) or.push(sql<SqlBool>`a.org_id = ${user.orgId}`);
    const scope = readScopeCondition(user, 'applications.read', {
      region: 'a.regionCode',
      unit: 'a.supervisorUnitId',
      org: 'a.orgId',
    });
    or.push(sql<SqlBool>`(a.status <> 'draft' and ${scope})`);
    return sql<SqlBool>`(${sql.join(or, sql` or `)})`;
  }

  /** Waiting for the caller: own drafts and returned ones, or the step the caller's unit or bureau takes. */
  private awaiting(user: AuthUser): RawBuilder<SqlBool> {
    const own = [sql<SqlBool>`a.applicant_id = ${user.id}`];
    if (user.orgId !== null && user.roles.includes('org_account')) own.push(sql<SqlBool>`a.org_id = ${user.orgId}`);
    const or = [sql<SqlBool>`((${sql.join(own, sql` or `)}) and a.status in ('draft', 'returned'))`];
    if (user.permissions.has('applications.review') && user.unitId !== null)
      or.push(
        sql<SqlBool>`(a.status = 'submitted' and a.step = 'supervisor' and a.supervisor_unit_id = ${user.unitId})`,
      );
    if (user.permissions.has('applications.decide') && user.regionCode)
      or.push(
        sql<SqlBool>`(a.status = 'submitted' and a.step = 'authority' and a.authority_region_code = ${user.regionCode})`,
      );
    return sql<SqlBool>`(${sql.join(or, sql` or `)})`;
  }

  async list(
    user: AuthUser,
    q: TApplicationListQuery,
  ): Promise<{ items: TApplicationSummary[]; nextCursor: string | null }> {
    const today = this.today();
    const where = [this.visible(user)];
    if (q.kind) where.push(sql<SqlBool>`a.kind = ${q.kind}`);
    if (q.status) where.push(sql<SqlBool>`a.status = ${q.status}`);
    if (q.step) where.push(sql<SqlBool>`a.step = ${q.step}`);
    const late = sql<SqlBool>`(a.status = 'submitted' and a.due_date is not null and a.due_date < ${today})`;
    if (q.overdue !== undefined) where.push(q.overdue ? late : sql<SqlBool>`not ${late}`);
    if (q.mine) where.push(this.awaiting(user));
    if (q.within) where.push(sql<SqlBool>`a.region_code like ${q.within + '%'}`);
    if (q.q) where.push(sql<SqlBool>`a.org_name like ${'%' + escapeLike(q.q) + '%'} escape '\\'`);
    const repo = new ApplicationsRepository(this.db);
    const byDue = q.sort === 'due';
    const rows = byDue
      ? await repo.pageByDue(allOf(where), decodeCursor(q.cursor, isDueKey), q.limit + 1)
      : await repo.page(allOf(where), decodeCursor(q.cursor, isId), q.limit + 1);
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    return {
      items: page.map((a) => presentSummary(a, today)),
      nextCursor: rows.length > q.limit && last ? encodeCursor(byDue ? dueKeyOf(last) : last.id) : null,
    };
  }

  async get(user: AuthUser, id: number): Promise<TApplicationDetail> {
    const a = await this.load(user, id);
    const history = new HistoryRepository(this.db);
    const versions = await history.versions(id);
    return {
      ...presentSummary(a, this.today()),
      data: maskData(this.dataKey, a.data),
      attachments: await this.attachments.describe(id, a.attachments),
      history: await history.of(id),
      versions: versions.map((v, i) => ({
        no: v.no,
        submittedAt: v.submittedAt,
        submittedByName: v.submittedByName,
        attachments: v.attachments,
        changes: i === 0 ? [] : diffVersions(versions[i - 1]!, v, PERSONAL_FIELDS),
      })),
      allowedActions: allowedActions(a, user),
      decisionReason: a.decisionReason,
      establishmentDeadline: establishmentDeadlineOf(a),
      certificateDocumentId: a.certificateDocumentId,
    };
  }

  /** What changed between two submitted versions (or a version and the draft being corrected: `to` = 0). */
  async diff(user: AuthUser, id: number, from: number, to: number): Promise<TApplicationChange[]> {
    const a = await this.load(user, id);
    const versions = await new HistoryRepository(this.db).versions(id);
    const pick = (no: number) =>
      no === 0 ? { data: a.data, attachments: a.attachments } : versions.find((v) => v.no === no);
    const [before, after] = [pick(from), pick(to)];
    if (!before) throw fieldError('from', `没有第${from}次提交的版本`);
    if (!after) throw fieldError('to', `没有第${to}次提交的版本`);
    return diffVersions(before, after, PERSONAL_FIELDS);
  }

  async create(user: AuthUser, actor: Actor, input: TApplicationCreate): Promise<TApplicationDetail> {
    const at = this.clock.now().toISOString();
    let place: Pick<
      ApplicationRecord,
      'orgId' | 'orgName' | 'orgType' | 'authorityRegionCode' | 'regionCode' | 'supervisorUnitId'
    >;
    if (isFounding(input.kind)) {
      if (!user.roles.includes('applicant')) throw new AppError('FORBIDDEN', '请以申请人账号申请筹备或成立登记');
      const d = input.data as { name?: string; type?: ApplicationRecord['orgType'] };
      place = {
        orgId: null,
        orgName: d.name ?? null,
        orgType: d.type ?? null,
        authorityRegionCode: null,
        regionCode: null,
        supervisorUnitId: null,
      };
    } else {
      const orgId = (input as { orgId: number }).orgId;
      if (user.orgId !== orgId || !user.roles.includes('org_account'))
        throw new AppError('FORBIDDEN', '只能以本组织的账号为本组织提出申请');
      const org = await this.orgs.record(user, orgId);
      if (org.status !== 'registered') throw new AppError('CONFLICT', '该组织已不在正常登记状态，不能提出申请');
      // Several responsible persons may be filed at once; a change, charter or deregistration is one at a time.
      const open =
        input.kind === 'responsible_person'
          ? []
          : await new ApplicationsRepository(this.db).openOf({ orgId, kind: input.kind });
      if (open.length > 0) throw new AppError('CONFLICT', `本组织已有一项未办结的同类申请（第${open[0]!.id}号）`);
      place = {
        orgId,
        orgName: org.name,
        orgType: org.type as ApplicationRecord['orgType'],
        authorityRegionCode: org.authorityRegionCode,
        regionCode: org.regionCode,
        supervisorUnitId: org.supervisorUnitId,
      };
    }
    const id = await this.db.transaction().execute(async (trx) => {
      const repo = new ApplicationsRepository(trx);
      const newId = await repo.insert({
        kind: input.kind,
        status: 'draft',
        step: null,
        applicantId: user.id,
        applicantName: user.displayName,
        ...place,
        data: toJson(sealData(this.dataKey, input.data))!,
        attachments: toJson(input.attachments)!,
        submissionNo: 0,
        dueEstimated: false,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      await this.attachments.attachAll(trx, actor, newId, input.attachments, place.regionCode);
      await new HistoryRepository(trx).add({
        applicationId: newId,
        action: 'created',
        status: 'draft',
        step: null,
        comment: null,
        actorId: actor.userId,
        actorName: actor.name,
        submissionNo: 0,
        at,
      });
      await this.audit.record(trx, actor, {
        action: 'create',
        entity: 'application',
        entityId: newId,
        regionCode: place.regionCode,
        summary: `${input.kind}：${place.orgName ?? '（未填写名称）'}`,
      });
      return newId;
    });
    return this.get(user, id);
  }

  /** Saves the draft (or the returned application being corrected) as a whole. */
  async update(user: AuthUser, actor: Actor, id: number, input: TApplicationUpdate): Promise<TApplicationDetail> {
    const a = await this.load(user, id);
    assertAllowed(a, user, 'edit');
    if (input.kind !== a.kind) throw fieldError('kind', '申请类别不能修改');
    if (input.version !== a.version) throw new AppError('STALE_VERSION');
    const founding = isFounding(a.kind);
    const d = input.data as { name?: string; type?: ApplicationRecord['orgType'] };
    const at = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const ok2 = await new ApplicationsRepository(trx).update(id, a.version, {
        data: toJson(sealData(this.dataKey, input.data, a.data))!,
        attachments: toJson(input.attachments)!,
        ...(founding ? { orgName: d.name ?? null, orgType: d.type ?? null } : {}),
        updatedAt: at,
      });
      if (!ok2) throw new AppError('STALE_VERSION');
      await this.attachments.attachAll(trx, actor, id, input.attachments, a.regionCode);
      await this.audit.record(trx, actor, {
        action: 'update',
        entity: 'application',
        entityId: id,
        regionCode: a.regionCode,
        summary: `修改申请：${d.name ?? a.orgName ?? id}`,
      });
    });
    return this.get(user, id);
  }
}
