import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import {
  authorityNameOf,
  checkReport,
  coerceSectionValues,
  type AnnualSection,
  type ReportValues,
  type TAnnualReportDetail,
  type TAnnualReportQuery,
  type TAnnualReportSummary,
  type TSectionSaved,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { escapeLike, likeOperator, engineOf, toJson } from '../../db/dialect';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../platform/auth/guard';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, encodeCursor } from '../../platform/http';
import type { OrgsQuery } from '../orgs/orgs.query';
import type { AnnualAttachments } from './annual-attachments';
import type { UnitsService } from '../units/units.service';
import { capabilities, reportResource } from './annual.policy';
import { HistoryRepository } from './history.repository';
import type { IndicatorSetsService } from './indicator-sets.service';
import { contextOf, definitionOf, previousValues } from './report-context';
import { OPEN_FOR_FILLING, ReportsRepository, type ReportRecord } from './reports.repository';

const isKey = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]);

const allOf = (parts: RawBuilder<SqlBool>[]) =>
  parts.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;

/** Reports as organizations fill them and as the queues list them. */
export class ReportsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly orgs: OrgsQuery,
    private readonly units: UnitsService,
    private readonly indicatorSets: IndicatorSetsService,
    private readonly attachments: AnnualAttachments,
  ) {}

  /** The report if the user may read it; 404 otherwise, as if it did not exist. */
  async load(user: AuthUser, id: number): Promise<ReportRecord> {
    const r = await new ReportsRepository(this.db).findById(id);
    if (!r) throw notFound();
    assertAuthorized(user, 'annual.read', reportResource(r));
    return r;
  }

  private unitColumn(user: AuthUser) {
    return user.roles.includes('party_staff') ? 'r.partyUnitId' : 'r.supervisorUnitId';
  }

  async list(
    user: AuthUser,
    q: TAnnualReportQuery,
  ): Promise<{ items: TAnnualReportSummary[]; nextCursor: string | null }> {
    const parts = [
      readScopeCondition(user, 'annual.read', { region: 'r.regionCode', unit: this.unitColumn(user), org: 'r.orgId' }),
    ];
    if (q.year) parts.push(sql<SqlBool>`r.year = ${q.year}`);
    if (q.cycleId) parts.push(sql<SqlBool>`r.cycle_id = ${q.cycleId}`);
    if (q.status) parts.push(sql<SqlBool>`r.status = ${q.status}`);
    if (q.step) parts.push(sql<SqlBool>`r.step = ${q.step}`);
    if (q.conclusion) parts.push(sql<SqlBool>`r.conclusion = ${q.conclusion}`);
    if (q.overdue !== undefined)
      parts.push(q.overdue ? sql<SqlBool>`r.overdue = ${true}` : sql<SqlBool>`r.overdue = ${false}`);
    if (q.late !== undefined) parts.push(q.late ? sql<SqlBool>`r.late = ${true}` : sql<SqlBool>`r.late = ${false}`);
    if (q.clean) parts.push(sql<SqlBool>`r.error_count = 0 and r.risk_count = 0`);
    if (q.supervisorUnitId) parts.push(sql<SqlBool>`r.supervisor_unit_id = ${q.supervisorUnitId}`);
    if (q.q) {
      const like = likeOperator(engineOf(this.db));
      parts.push(
        sql<SqlBool>`(r.org_name ${sql.raw(like)} ${`%${escapeLike(q.q)}%`} or r.uscc = ${q.q.toUpperCase()})`,
      );
    }
    if (q.mine) parts.push(this.mine(user));
    const after = decodeCursor(q.cursor, isKey);
    const rows = await new ReportsRepository(this.db).page(allOf(parts), after, q.limit);
    const more = rows.length > q.limit;
    const items = rows.slice(0, q.limit).map((r) => ({ ...r, id: Number(r.id) }) as unknown as TAnnualReportSummary);
    const last = items.at(-1);
    return { items, nextCursor: more && last ? encodeCursor([last.riskScore, last.id]) : null };
  }

  /** What waits for the caller: the bureau's conclusions, the unit's opinions, the organization's filing. */
  private mine(user: AuthUser): RawBuilder<SqlBool> {
    const or: RawBuilder<SqlBool>[] = [];
    if (user.permissions.has('annual.decide') && user.regionCode)
      or.push(sql<SqlBool>`(r.authority_region_code = ${user.regionCode} and r.step = 'authority')`);
    if (user.roles.includes('supervisor_staff') && user.unitId)
      or.push(sql<SqlBool>`(r.supervisor_unit_id = ${user.unitId} and r.step = 'supervisor')`);
    if (user.roles.includes('party_staff') && user.unitId)
      or.push(sql<SqlBool>`(r.party_unit_id = ${user.unitId} and r.step = 'party')`);
    if (user.permissions.has('annual.fill') && user.orgId)
      or.push(sql<SqlBool>`(r.org_id = ${user.orgId} and r.status in (${sql.join(OPEN_FOR_FILLING)}))`);
    return or.length ? sql<SqlBool>`(${sql.join(or, sql` or `)})` : sql<SqlBool>`1 = 0`;
  }

  async get(user: AuthUser, id: number): Promise<TAnnualReportDetail> {
    return this.present(user, await this.load(user, id));
  }

  async present(user: AuthUser, r: ReportRecord): Promise<TAnnualReportDetail> {
    const set = await definitionOf(this.indicatorSets, r.indicatorSetId);
    const ctx = contextOf(r, await previousValues(this.db, r));
    // A submitted report shows the check it was sent with; only one still being filled is checked anew.
    const submitted = (r.status === 'in_review' || r.status === 'concluded') && r.check;
    const check = submitted ? r.check! : checkReport(set.definition, r.values, ctx);
    const history = new HistoryRepository(this.db);
    const org = await this.orgs.facts(r.orgId);
    const party = r.partyUnitId ? await this.units.findById(r.partyUnitId) : undefined;
    const supervisor = r.supervisorUnitId ? await this.units.findById(r.supervisorUnitId) : undefined;
    return {
      ...r,
      supervisorUnitName: supervisor?.name ?? null,
      partyUnitName: party?.name ?? null,
      authorityName: org
        ? authorityNameOf({ code: r.authorityRegionCode, name: org.authorityRegionName })
        : r.authorityRegionCode,
      values: r.values,
      previousValues: ctx.previous,
      // Keyed as the definitions' `prefill: 'register.<key>'` name them.
      register: org
        ? {
            name: org.name,
            uscc: org.uscc,
            legal_representative: org.legalRepName,
            address: org.address,
            business_scope: org.businessScope,
            supervisor: org.supervisorUnitName,
            registered_funds: org.registeredFundsFen,
            founded_on: org.foundedOn,
            individual_members: org.memberCount,
            unit_members: org.unitMemberCount,
            staff_count: org.staffCount,
            website: org.website,
            region_name: org.regionName,
          }
        : {},
      indicatorSet: { id: set.id, year: set.year, version: set.version },
      definition: set.definition,
      context: { year: ctx.year, form: ctx.form, org: ctx.org },
      check,
      hasConclusionNotice: r.conclusionDocumentId !== null,
      history: await history.list(r.id),
      versions: await history.versions(r.id),
      can: capabilities(user, r),
    };
  }

  /**
   * Autosave of one section. Values are checked by type first (a non-numeric amount is a 400 on its field
   * and nothing is saved); cross-field rules only come back as the current check until submission.
   */
  async saveSection(
    user: AuthUser,
    actor: Actor,
    id: number,
    section: AnnualSection,
    raw: Record<string, unknown>,
  ): Promise<TSectionSaved> {
    const r = await this.load(user, id);
    assertAuthorized(user, 'annual.fill', reportResource(r));
    if (!OPEN_FOR_FILLING.includes(r.status)) throw new AppError('CONFLICT', '报告已提交，审核期间不能修改');
    const set = await definitionOf(this.indicatorSets, r.indicatorSetId);
    const ctx = contextOf(r, await previousValues(this.db, r));
    const { values, issues } = coerceSectionValues(set.definition, ctx, section, raw);
    if (Object.keys(issues).length > 0) throw new AppError('VALIDATION_FAILED', undefined, issues);
    const changed = Object.keys(values).filter(
      (k) => JSON.stringify(values[k]) !== JSON.stringify(r.values[k] ?? null),
    );
    const merged: ReportValues = { ...r.values, ...values };
    const at = this.clock.now().toISOString();
    const status = r.status === 'not_started' ? 'draft' : r.status;
    const check = checkReport(set.definition, merged, ctx);
    if (changed.length === 0 && status === r.status) return { version: r.version, savedAt: r.updatedAt, status, check };
    const version = await this.db.transaction().execute(async (trx) => {
      const v = await new ReportsRepository(trx).saveDraft(id, {
        reportValues: toJson(merged)!,
        savedSections: toJson({ ...r.savedSections, [section]: at })!,
        status,
        updatedAt: at,
      });
      if (v === null) throw new AppError('CONFLICT', '报告已提交，审核期间不能修改');
      await this.attachments.attach(trx, actor, set.definition, r, values);
      await this.audit.record(trx, actor, {
        action: 'annual_report_saved',
        entity: 'annual_report',
        entityId: id,
        regionCode: r.regionCode,
        summary: `${r.orgName} ${r.year}年度报告：保存“${section}”部分（${changed.length}项）`,
        before: Object.fromEntries(changed.map((k) => [k, r.values[k] ?? null])),
        after: Object.fromEntries(changed.map((k) => [k, values[k] ?? null])),
      });
      return v;
    });
    return { version, savedAt: at, status, check };
  }
}
