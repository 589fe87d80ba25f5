import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Clock } from '../platform/clock';
import type { AuditService } from '../platform/audit/audit.service';
import { SYSTEM_ACTOR } from '../platform/auth/auth-user';
import { EventsService } from '../platform/events/events.service';
import { linkOrgAccount } from '../modules/accounts/accounts.directory';
import { createOrgs } from '../modules/orgs/create-orgs';
import { RegionsRepository } from '../modules/regions/regions.repository';
import { RegionsService } from '../modules/regions/regions.service';
import { UnitsRepository } from '../modules/units/units.repository';
import { UnitsService } from '../modules/units/units.service';
import {
  DEMO_POPULATIONS,
  planDemoRegister,
  REGISTER_UNITS,
  YY_ORG_ACCOUNT,
  YY_SUPERVISED_ACCOUNT,
  type TownshipsOf,
} from './demo-register';
import type { DemoPlace } from './register-plan';

export interface DemoRegisterContext {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  dataKey: Buffer;
  /** Ids of the demo units by key (DEMO_UNITS); the register's own units are added to it. */
  unitIds: Map<string, number>;
}

const BASIS = '演示数据：复现云阳县、衢州市公开材料中的登记数量';

/**
 * Seeds the demo register into an empty database: supervising units, residents of 衢州, the organizations
 * through the register's own bulk insert (rows, name index, timeline), removals through the register's
 * lifecycle (status, public event, announcement), and the organization account of `yy-org`.
 */
export async function seedDemoRegister(ctx: DemoRegisterContext): Promise<void> {
  const { db, clock, audit, dataKey, unitIds } = ctx;
  const regions = new RegionsService(db, clock, audit);
  const counties = ['500235', '330802', '330803', '330822', '330824', '330825', '330881'];
  const towns = new Map<string, DemoPlace[]>();
  for (const code of counties) {
    const list = await regions.children(code);
    towns.set(
      code,
      list.map((r) => ({ code: r.code, name: r.name, fullName: r.fullName })),
    );
  }
  const townships: TownshipsOf = (code) => towns.get(code) ?? [];
  const plan = planDemoRegister(townships);

  // A consumer-less outbox: historic removals are recorded as events but notify nobody.
  const events = new EventsService(db, clock, audit);
  const { orgs } = createOrgs({
    db,
    clock,
    audit,
    dataKey,
    regions,
    units: new UnitsService(db, clock, audit, regions),
    events,
  });
  const at = clock.now().toISOString();

  await db.transaction().execute(async (trx) => {
    const units = new UnitsRepository(trx);
    for (const u of REGISTER_UNITS) {
      const id = await units.insert({
        name: u.name,
        kind: u.kind,
        regionCode: u.regionCode,
        contactPhone: null,
        active: true,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      unitIds.set(u.key, id);
    }
    const regionRepo = new RegionsRepository(trx);
    for (const [code, population] of DEMO_POPULATIONS) {
      const r = (await regionRepo.find(code))!;
      await regionRepo.setPopulation(code, r.version, population, at);
    }

    const ids = await orgs.insertMany(
      trx,
      plan.map((o) => ({
        uscc: o.uscc,
        authorityRegionCode: o.authority,
        fields: { ...o.fields, supervisorUnitId: o.supervisorKey ? unitIds.get(o.supervisorKey)! : null },
      })),
      { actor: SYSTEM_ACTOR, kind: 'imported', basis: BASIS },
    );
    for (const [i, o] of plan.entries()) {
      if (!o.removal) continue;
      const { status, ...decision } = o.removal;
      const d = { actor: SYSTEM_ACTOR, ...decision };
      if (status === 'deregistered') await orgs.lifecycle.deregister(trx, ids[i]!, { ...d, applicationId: null });
      else await orgs.lifecycle.revoke(trx, ids[i]!, d);
    }
    const own = plan.findIndex((o) => o.fields.name === YY_ORG_ACCOUNT.orgName);
    if (!(await linkOrgAccount(trx, YY_ORG_ACCOUNT.username, ids[own]!, at))) {
      throw new Error(`demo account ${YY_ORG_ACCOUNT.username} is missing`);
    }

    const supervised = plan.findIndex(
      (o) =>
        o.authority === '500235' &&
        o.supervisorKey === YY_SUPERVISED_ACCOUNT.supervisorKey &&
        o.fields.type === 'social_group' &&
        !o.removal,
    );
    if (supervised < 0 || !(await linkOrgAccount(trx, YY_SUPERVISED_ACCOUNT.username, ids[supervised]!, at))) {
      throw new Error(`demo account ${YY_SUPERVISED_ACCOUNT.username} has no organization`);
    }

    const removed = plan.filter((o) => o.removal).length;
    await audit.record(trx, SYSTEM_ACTOR, [
      { action: 'seed', entity: 'unit', summary: `demo supervising units: ${REGISTER_UNITS.length}` },
      { action: 'seed', entity: 'region', summary: `demo populations: ${DEMO_POPULATIONS.length}` },
      {
        action: 'seed',
        entity: 'organization',
        summary: `demo register: ${plan.length - removed} registered, ${removed} removed`,
      },
      {
        action: 'seed',
        entity: 'user',
        entityId: YY_ORG_ACCOUNT.username,
        summary: `${YY_ORG_ACCOUNT.username} → ${YY_ORG_ACCOUNT.orgName}; ${YY_SUPERVISED_ACCOUNT.username} → ${plan[supervised]!.fields.name}`,
      },
    ]);
  });
}
