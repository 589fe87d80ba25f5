import type { Kysely } from 'kysely';
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
import { IndicatorSetsService } from '../modules/annual-inspections/indicator-sets.service';

/** The demo bureaus whose clerks log in (云阳县, 衢州市): their inspection of last year is open. */
const DEMO_AUTHORITIES = ['500235', '3308'];

/**
 * Opens last year's annual inspection for the demo bureaus, so each organization account finds its report
 * on the to-do list and the review queues have something to show.
 */
export async function seedDemoAnnual(ctx: { db: Kysely<DB>; clock: Clock; audit: AuditService; dataKey: Buffer }) {
  const { db, clock, audit, dataKey } = ctx;
  const regions = new RegionsService(db, clock, audit);
  const cycles = new CyclesService(
    db,
    clock,
    audit,
    new OrgsQuery(db, dataKey, new CategoriesService(db, clock, audit)),
    new UnitsService(db, clock, audit, regions),
    new IndicatorSetsService(db, clock, audit),
    new AnnualTodos(new TodosService(db, clock)),
  );
  const year = Number(clock.now().toISOString().slice(0, 4)) - 1;
  for (const authority of DEMO_AUTHORITIES)
    await cycles.openFor(authority, { id: null, name: '演示数据' }, SYSTEM_ACTOR, { year });
}
