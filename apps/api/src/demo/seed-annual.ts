import type { Kysely } from 'kysely';
import type { AnnualReviewStep, InspectionConclusion } from '@shezu/contracts';
import type { DB } from '../db/schema';
import type { Clock } from '../platform/clock';
import type { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-user';
import { CategoriesService } from '../modules/orgs/categories.service';
import { OrgsQuery } from '../modules/orgs/orgs.query';
import { RegionsService } from '../modules/regions/regions.service';
import { TodosService } from '../modules/todos/todos.service';
import { UnitsService } from '../modules/units/units.service';
import { AnnualTodos } from '../modules/annual-inspections/annual-todos';
import { CyclesService } from '../modules/annual-inspections/cycles.service';
import { stepsOf } from '../modules/annual-inspections/cycle-rules';
import { writeDemoState, type DemoState } from '../modules/annual-inspections/demo-states';
import { IndicatorSetsService } from '../modules/annual-inspections/indicator-sets.service';
import { ReportsRepository, type ReportRecord } from '../modules/annual-inspections/reports.repository';
import type { OrgRecord } from '../modules/orgs/orgs.repository';
import { AnnualValues, drawFlags, drawScale, type Variant } from './annual-values';
import { Rng } from './random';

/** The demo bureaus whose clerks log in (云阳县, 衢州市): their inspection of last year is open. */
const DEMO_AUTHORITIES = ['500235', '3308'];
/** not started, draft, in review, returned, concluded: a May-like mix for the queues and the dashboard. */
const STATE_WEIGHTS = [20, 15, 35, 5, 25];
const STATES = ['not_started', 'draft', 'in_review', 'returned', 'concluded'] as const;
const DAY = 86_400_000;

/**
 * Opens last year's annual inspection for the demo bureaus and moves most reports along as if the spring had
 * happened (values from the shared sample, scaled and with some risk situations; opinions and conclusions).
 * Reports of organizations with a demo account stay untouched, for the visitor to fill.
 */
export async function seedDemoAnnual(ctx: { db: Kysely<DB>; clock: Clock; audit: AuditService; dataKey: Buffer }) {
  const { db, clock, audit, dataKey } = ctx;
  const regions = new RegionsService(db, clock, audit);
  const orgs = new OrgsQuery(db, dataKey, new CategoriesService(db, clock, audit));
  const cycles = new CyclesService(
    db,
    clock,
    audit,
    orgs,
    new UnitsService(db, clock, audit, regions),
    new IndicatorSetsService(db, clock, audit),
    new AnnualTodos(new TodosService(db, clock)),
  );
  const now = clock.now().getTime();
  const year = new Date(now).getUTCFullYear() - 1;
  const withAccounts = new Set(
    (await db.selectFrom('users').select('orgId').where('orgId', 'is not', null).execute()).map((u) => u.orgId),
  );
  const values = new AnnualValues();
  const rng = new Rng(`demo-annual-${year}`);
  for (const authority of DEMO_AUTHORITIES) {
    const cycle = await cycles.openFor(authority, { id: null, name: '演示数据' }, SYSTEM_ACTOR, { year });
    const register = new Map((await orgs.registeredBy(authority)).map((o) => [o.id, o]));
    const reports = await new ReportsRepository(db).ofCycle(cycle.id);
    await db.transaction().execute(async (trx) => {
      for (const r of reports) {
        if (withAccounts.has(r.orgId)) continue;
        const state = stateOf(rng, values, r, register.get(r.orgId)!, year, now);
        await writeDemoState(trx, r, state, `${cycle.authorityName}（演示）`);
      }
    });
  }
}

function stateOf(rng: Rng, values: AnnualValues, r: ReportRecord, o: OrgRecord, year: number, now: number): DemoState {
  const status = STATES[rng.weighted(STATE_WEIGHTS)]!;
  const variant: Variant = {
    type: r.orgType,
    year,
    form: r.form,
    charity: r.context.charity,
    publicFundraising: r.context.publicFundraising,
    direct: r.context.direct,
    scale: drawScale(rng),
    flags: drawFlags(rng),
  };
  const facts = {
    name: o.name,
    uscc: o.uscc,
    legalRepName: o.legalRepName,
    address: o.address,
    foundedOn: o.foundedOn,
    registeredFundsFen: o.registeredFundsFen,
    grade: o.evaluationGrade,
    hasPartyOrg: o.hasPartyOrg,
    supervisorName: o.supervisorUnitName,
  };
  const v = values.values(variant, facts);
  const check = values.check(variant, facts, v, null).check;
  const blank = {
    values: {},
    check,
    submittedAt: null,
    late: false,
    conclusion: null,
    concludedAt: null,
    opinions: [],
  };
  if (status === 'not_started') return { ...blank, status, step: null };
  if (status === 'draft') return { ...blank, status, step: null, values: v };
  // Submitted between mid-January and a little after the due date, never in the future.
  const due = Date.parse(`${r.dueDate}T16:00:00Z`);
  const submitted = Math.min(
    Date.parse(`${year + 1}-01-15T02:00:00Z`) + rng.int(0, (due - Date.parse(`${year + 1}-01-15`)) / DAY + 10) * DAY,
    now - DAY,
  );
  const at = (days: number) => new Date(Math.min(submitted + days * DAY, now - DAY / 2)).toISOString();
  const chain = stepsOf(r);
  const reached = status === 'in_review' ? rng.int(0, chain.length - 1) : status === 'concluded' ? chain.length - 1 : 0;
  const opinions = chain.slice(0, reached).map((step: AnnualReviewStep, i) => ({
    action: `${step}_approved`,
    step,
    comment: step === 'party' ? '党建工作情况属实' : '审查同意',
    at: at(5 * (i + 1)),
  }));
  if (status === 'returned')
    opinions.push({
      action: `${chain[0]!}_returned`,
      step: chain[0]!,
      comment: '请补充业务活动情况和财务报表附注',
      at: at(6),
    });
  const conclusion: InspectionConclusion | null =
    status === 'concluded' ? (['pass', 'basic_pass', 'fail'] as const)[rng.weighted([85, 12, 3])]! : null;
  if (conclusion)
    opinions.push({
      action: 'concluded',
      step: 'authority',
      comment: conclusion === 'pass' ? '合格' : '见结论理由',
      at: at(20),
    });
  return {
    status,
    step: status === 'in_review' ? chain[reached]! : null,
    values: v,
    check,
    submittedAt: new Date(submitted).toISOString(),
    late: submitted > due,
    conclusion,
    concludedAt: conclusion ? at(20) : null,
    opinions,
  };
}
