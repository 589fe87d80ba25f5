import type { Kysely } from 'kysely';
import { type TCycleDashboard, type TCycleOpen, type TCycleCounts } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { toJson } from '../../db/dialect';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../../platform/auth/guard';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { OrgsQuery } from '../orgs/orgs.query';
import type { UnitsService } from '../units/units.service';
import type { AnnualTodos } from './annual-todos';
import { defaultDeadlines, mustReport, reportForm, submissionDue, type CycleDeadlines } from './cycle-rules';
import { CyclesRepository, type CycleRecord } from './cycles.repository';
import type { IndicatorSetsService } from './indicator-sets.service';
import { ReportsRepository, type ReportInsert } from './reports.repository';

const YEAR_TITLE = (y: number) => `填报${y}年度工作报告（年检）`;

/** The authority's yearly cycle: opening creates one report task per organization that must report. */
export class CyclesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly orgs: OrgsQuery,
    private readonly units: UnitsService,
    private readonly indicatorSets: IndicatorSetsService,
    private readonly todos: AnnualTodos,
  ) {}

  async list(user: AuthUser): Promise<CycleRecord[]> {
    const where = readScopeCondition(user, 'annual.read', { region: 'c.authorityRegionCode' });
    return new CyclesRepository(this.db).list(where, 200);
  }

  async get(user: AuthUser, id: number): Promise<CycleRecord> {
    const c = await new CyclesRepository(this.db).findById(id);
    if (!c) throw notFound();
    assertAuthorized(user, 'annual.read', { regionCode: c.authorityRegionCode });
    return c;
  }

  private deadlines(input: TCycleOpen): CycleDeadlines {
    const d = { ...defaultDeadlines(input.year), ...stripUndefined(input) };
    if (d.authorityDue < d.supervisorDue)
      throw fieldError('authorityDue', '报送登记管理机关的截止日期不能早于报送业务主管单位的截止日期');
    for (const f of ['supervisorDue', 'authorityDue', 'foundationDue'] as const)
      if (d[f] <= `${input.year}-12-31`) throw fieldError(f, `截止日期应在${input.year + 1}年（报告年度结束之后）`);
    return d;
  }

  async open(user: AuthUser, actor: Actor, input: TCycleOpen): Promise<CycleRecord> {
    const authority = user.regionCode;
    if (!authority) throw new AppError('FORBIDDEN');
    assertAuthorized(user, 'annual.cycles', { regionCode: authority, authorityRegionCode: authority });
    return this.openFor(authority, { id: user.id, name: user.displayName }, actor, input);
  }

  /** Opens the cycle of `authority` (the demo seed calls this directly; routes go through `open`). */
  async openFor(
    authority: string,
    by: { id: number | null; name: string },
    actor: Actor,
    input: TCycleOpen,
  ): Promise<CycleRecord> {
    const today = chinaDate(this.clock.now());
    if (input.year >= Number(today.slice(0, 4))) throw fieldError('year', `${input.year}年度尚未结束，不能开启年检`);
    const d = this.deadlines(input);
    if (await new CyclesRepository(this.db).find(authority, input.year))
      throw new AppError('DUPLICATE', `本机关${input.year}年度的年检已开启`);
    const set = await this.indicatorSets.current(input.year);
    const registered = await this.orgs.registeredBy(authority);
    const partyByRegion = new Map<string, number | null>();
    const at = this.clock.now().toISOString();
    const rows: Omit<ReportInsert, 'cycleId'>[] = [];
    let skipped = 0;
    for (const o of registered) {
      const facts = { ...o, type: o.type as ReportInsert['orgType'] as never };
      const m = mustReport(facts, input.year);
      if (m.skipped) skipped++;
      if (!m.must) continue;
      if (!partyByRegion.has(o.regionCode))
        partyByRegion.set(o.regionCode, (await this.units.partyBodyFor(o.regionCode))?.id ?? null);
      rows.push({
        year: input.year,
        indicatorSetId: set.id,
        orgId: o.id,
        orgName: o.name,
        uscc: o.uscc,
        orgType: o.type,
        regionCode: o.regionCode,
        authorityRegionCode: o.authorityRegionCode,
        supervisorUnitId: o.supervisorUnitId,
        partyUnitId: partyByRegion.get(o.regionCode) ?? null,
        form: reportForm(facts, today),
        context: toJson({
          type: o.type,
          charity: o.charityRecognized,
          publicFundraising: o.publicFundraising,
          registeredFundsFen: o.registeredFundsFen,
          grade: o.evaluationGrade,
          foundedOn: o.foundedOn,
          direct: o.supervisorUnitId === null,
          hasPartyOrg: o.hasPartyOrg,
        })!,
        status: 'not_started',
        dueDate: submissionDue(o.type as never, o.supervisorUnitId !== null, d),
        createdAt: at,
        updatedAt: at,
      });
    }
    const id = await this.db.transaction().execute(async (trx) => {
      const cycleId = await new CyclesRepository(trx).insert({
        authorityRegionCode: authority,
        year: input.year,
        indicatorSetId: set.id,
        ...d,
        reportCount: rows.length,
        skippedCount: skipped,
        openedBy: by.id,
        openedByName: by.name,
        openedAt: at,
      });
      const repo = new ReportsRepository(trx);
      await repo.insertMany(rows.map((r) => ({ ...r, cycleId })));
      // Each organization account sees its task on the to-do list.
      const dueOf = new Map(rows.map((r) => [r.orgId, r.dueDate]));
      for (const r of await repo.idsOfCycle(cycleId))
        await this.todos.forOrg(trx, r, YEAR_TITLE(input.year), dueOf.get(r.orgId)!);
      await this.audit.record(trx, actor, {
        action: 'annual_inspection_opened',
        entity: 'annual_inspection_cycle',
        entityId: cycleId,
        regionCode: authority,
        summary: `开启${input.year}年度年检：应报${rows.length}家，当年7月1日后成立的民办非企业单位${skipped}家不参加`,
        after: { year: input.year, ...d, reportCount: rows.length, skippedCount: skipped, indicatorSet: set.version },
      });
      return cycleId;
    });
    return (await new CyclesRepository(this.db).findById(id))!;
  }

  async dashboard(user: AuthUser, id: number): Promise<TCycleDashboard> {
    const cycle = await this.get(user, id);
    const repo = new CyclesRepository(this.db);
    const counts: TCycleCounts = {
      due: 0,
      notStarted: 0,
      draft: 0,
      submitted: 0,
      inReview: 0,
      atSupervisor: 0,
      atParty: 0,
      atAuthority: 0,
      returned: 0,
      concluded: 0,
      pass: 0,
      basicPass: 0,
      fail: 0,
      overdue: 0,
      late: 0,
    };
    for (const g of await repo.counts(id)) {
      const n = Number(g.n);
      counts.due += n;
      if (g.status === 'not_started') counts.notStarted += n;
      if (g.status === 'draft') counts.draft += n;
      if (g.status === 'returned') counts.returned += n;
      if (g.status === 'in_review' || g.status === 'concluded') counts.submitted += n;
      if (g.status === 'in_review') {
        counts.inReview += n;
        if (g.step === 'supervisor') counts.atSupervisor += n;
        if (g.step === 'party') counts.atParty += n;
        if (g.step === 'authority') counts.atAuthority += n;
      }
      if (g.status === 'concluded') counts.concluded += n;
      if (g.conclusion === 'pass') counts.pass += n;
      if (g.conclusion === 'basic_pass') counts.basicPass += n;
      if (g.conclusion === 'fail') counts.fail += n;
      if (g.overdue) counts.overdue += n;
      if (g.late) counts.late += n;
    }
    const bySupervisor = (await repo.bySupervisor(id)).map((r) => ({
      unitId: r.supervisorUnitId === null ? null : Number(r.supervisorUnitId),
      unitName: r.unitName ?? '直接登记（无业务主管单位）',
      due: Number(r.due),
      submitted: Number(r.submitted),
      concluded: Number(r.concluded),
      overdue: Number(r.overdue),
    }));
    return { cycle, counts, bySupervisor };
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
