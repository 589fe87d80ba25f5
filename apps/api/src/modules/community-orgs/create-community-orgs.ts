import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditService } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { FileService } from '../../platform/files/files.service';
import { registerCommunityOrgPurposes } from './community-orgs.purposes';
import { CommunityOrgsService } from './community-orgs.service';

/** Wires the community-organization filings and their file purposes (章程, 花名册). */
export function createCommunityOrgs(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  dataKey: Buffer;
  files: FileService;
}) {
  registerCommunityOrgPurposes(deps.files.purposes);
  return { communityOrgs: new CommunityOrgsService(deps.db, deps.clock, deps.audit, deps.dataKey, deps.files) };
}
