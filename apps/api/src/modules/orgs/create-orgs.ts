import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import type { EventsService } from '../../platform/events/events.service';
import type { RegionsService } from '../regions/regions.service';
import type { UnitsService } from '../units/units.service';
import { CategoriesService } from './categories.service';
import { OrgLifecycle } from './org-lifecycle';
import { OrgValidation } from './org-validation';
import { OrgsQuery } from './orgs.query';
import { OrgsService } from './orgs.service';

/** Wires the register: categories, the read side, writes and the lifecycle other modules call. */
export function createOrgs(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  dataKey: Buffer;
  regions: RegionsService;
  units: UnitsService;
  events: EventsService;
}) {
  const { db, clock, audit, dataKey, regions, units, events } = deps;
  const categories = new CategoriesService(db, clock, audit);
  const orgsQuery = new OrgsQuery(db, dataKey, categories);
  const lifecycle = new OrgLifecycle(db, clock, audit, events);
  const validation = new OrgValidation(clock, regions, units, categories);
  const orgs = new OrgsService(db, clock, audit, dataKey, regions, validation, events, lifecycle, orgsQuery);
  return { categories, orgsQuery, orgs };
}
