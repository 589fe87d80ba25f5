import path from 'node:path';
import type { Kysely } from 'kysely';
import type { LedgerKind } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { hmacSm3 } from '../../platform/crypto';
import { EventsService } from '../../platform/events/events.service';
import { FileService } from '../../platform/files/files.service';
import { createFileStorage } from '../../platform/files/storage';
import { getSetting } from '../../platform/settings';
import { communityLedger } from '../community-orgs/community-orgs.ledger';
import { registerCommunityOrgPurposes } from '../community-orgs/community-orgs.purposes';
import { CommunityOrgsService } from '../community-orgs/community-orgs.service';
import { createOrgs } from '../orgs/create-orgs';
import { RegionsService } from '../regions/regions.service';
import { UnitsService } from '../units/units.service';
import type { LedgerDefinition } from './ledger-kind';
import type { LedgerWorkerInput } from './ledger-jobs';
import { registerLedgerPurposes } from './ledger-purposes';
import { orgLedger } from './org-ledger';

export interface LedgerWorkerDeps {
  files: FileService;
  definitions: Map<LedgerKind, LedgerDefinition>;
  /** Scratch space for the report while it is written. */
  tmpDir: string;
}

/**
 * The services a ledger worker uses, over the worker's own connection. The data key it was handed must
 * be the one the database's personal data is encrypted with (the same check the server makes at start).
 */
export async function ledgerWorkerDeps(
  db: Kysely<DB>,
  clock: Clock,
  audit: AuditService,
  input: LedgerWorkerInput,
): Promise<LedgerWorkerDeps> {
  const dataKey = Buffer.from(input.dataKeyHex, 'hex');
  if ((await getSetting(db, 'data_key_check')) !== hmacSm3(dataKey, 'shezu-data-key-check')) {
    throw new Error('数据加密密钥与数据库不符，台账任务未执行');
  }
  const regions = new RegionsService(db, clock, audit);
  const units = new UnitsService(db, clock, audit, regions);
  const events = new EventsService(db, clock, audit);
  const { orgs, categories } = createOrgs({ db, clock, audit, dataKey, regions, units, events });
  const storage = createFileStorage({ dataDir: input.dataDir, fileStorage: input.fileStorage });
  const files = new FileService(db, clock, audit, storage, path.join(input.dataDir, 'tmp', 'uploads'));
  registerLedgerPurposes(files.purposes);
  registerCommunityOrgPurposes(files.purposes);
  const community = new CommunityOrgsService(db, clock, audit, dataKey, files);
  const definitions = new Map<LedgerKind, LedgerDefinition>([
    ['orgs', orgLedger({ orgs, categories, regions, units, clock }) as LedgerDefinition],
    ['community_orgs', communityLedger({ community, regions, clock }) as LedgerDefinition],
  ]);
  return { files, definitions, tmpDir: path.join(input.dataDir, 'tmp', 'ledgers') };
}
