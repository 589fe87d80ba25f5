import type { Kysely } from 'kysely';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { OrgCountsQuery } from '../orgs/public/org-counts.query';
import { CommunityOrgsSource } from '../portal/community-orgs.source';
import { StatCountsRepository } from './stat-counts.repository';
import { addCommunity, addRegistered, groupMetrics, sumMetrics } from './stat-metrics';

/**
 * Counts the whole register by province in one pass and replaces the province and national counters.
 * Derived figures only (a cache of the register's own counts): replaced wholesale, not audited.
 */
export async function refreshStatCounters(
  db: Kysely<DB>,
  today: string,
  at: string,
  progress: (done: number, total: number) => void = () => {},
): Promise<{ regions: number; rows: number }> {
  progress(0, 3);
  const orgs = await new OrgCountsQuery(db).registeredByProvince(today);
  progress(1, 3);
  const community = await new CommunityOrgsSource(db).filedCountsByProvince();
  progress(2, 3);
  const byRegion = groupMetrics(orgs, addRegistered);
  groupMetrics(community, addCommunity, byRegion);
  byRegion.set(NATIONAL_REGION_CODE, sumMetrics(byRegion.values()));
  const rows = await new StatCountsRepository(db).replaceAll(byRegion, at);
  progress(3, 3);
  return { regions: byRegion.size, rows };
}
