import path from 'node:path';
import type { LedgerKind } from '@shezu/contracts';
import type { Database } from '../../db/database';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { Config } from '../../platform/config';
import type { FileService } from '../../platform/files/files.service';
import { workerDatabaseOf } from '../../platform/jobs/create-jobs';
import type { JobsService } from '../../platform/jobs/jobs.service';
import { communityLedger } from '../community-orgs/community-orgs.ledger';
import type { CommunityOrgsService } from '../community-orgs/community-orgs.service';
import type { CategoriesService } from '../orgs/categories.service';
import type { OrgsService } from '../orgs/orgs.service';
import type { RegionsService } from '../regions/regions.service';
import type { UnitsService } from '../units/units.service';
import type { LedgerDefinition } from './ledger-kind';
import { ledgerJobs } from './ledger-jobs';
import { registerLedgerPurposes } from './ledger-purposes';
import { LedgersService } from './ledgers.service';
import { orgLedger } from './org-ledger';

/** Wires the Excel ledgers: their file purposes, the two background jobs and the service. */
export function createLedgers(deps: {
  config: Config;
  database: Database;
  clock: Clock;
  audit: AuditService;
  files: FileService;
  jobs: JobsService;
  orgs: OrgsService;
  categories: CategoriesService;
  regions: RegionsService;
  units: UnitsService;
  communityOrgs: CommunityOrgsService;
}) {
  const { config, database, clock, audit, files, jobs } = deps;
  registerLedgerPurposes(files.purposes);
  for (const job of ledgerJobs({ config, workerDatabase: () => workerDatabaseOf(config, database) }))
    jobs.registry.register(job);
  const definitions = new Map<LedgerKind, LedgerDefinition>([
    ['orgs', orgLedger({ ...deps }) as LedgerDefinition],
    [
      'community_orgs',
      communityLedger({ community: deps.communityOrgs, regions: deps.regions, clock }) as LedgerDefinition,
    ],
  ]);
  const ledgers = new LedgersService(
    database.db,
    clock,
    audit,
    files,
    jobs,
    definitions,
    path.join(config.dataDir, 'tmp', 'ledgers'),
  );
  return { ledgers };
}
