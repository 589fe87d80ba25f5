import type { Database } from '../../db/database';
import type { Clock } from '../../platform/clock';
import type { Config } from '../../platform/config';
import type { FileService } from '../../platform/files/files.service';
import { workerDatabaseOf } from '../../platform/jobs/create-jobs';
import type { JobsService } from '../../platform/jobs/jobs.service';
import { openDataJob } from '../open-data/open-data.job';
import { registerOpenDataPurpose } from '../open-data/open-data.purpose';
import { OpenDataService } from '../open-data/open-data.service';
import type { CategoriesService } from '../orgs/categories.service';
import { PublicAnnouncementsQuery } from '../orgs/public/public-announcements.query';
import { PublicOrgsQuery } from '../orgs/public/public-orgs.query';
import type { RegionsService } from '../regions/regions.service';
import { statsRefreshJob } from '../stats/stats-refresh.job';
import { StatsService } from '../stats/stats.service';
import { CommunityOrgsSource } from './community-orgs.source';
import { PortalService } from './portal.service';

/** Wires the public side: portal, statistics and open data, with their file purpose and jobs. */
export function createPortal(deps: {
  config: Config;
  database: Database;
  clock: Clock;
  categories: CategoriesService;
  regions: RegionsService;
  files: FileService;
  jobs: JobsService;
}) {
  const { config, database, clock, categories, regions, files, jobs } = deps;
  const { db } = database;
  registerOpenDataPurpose(files.purposes);
  const workerDatabase = () => workerDatabaseOf(config, database);
  jobs.registry.register(
    openDataJob({ dataDir: config.dataDir, fileStorage: config.fileStorage, files, workerDatabase }),
  );
  jobs.registry.register(statsRefreshJob({ workerDatabase }));
  const portal = new PortalService(
    new PublicOrgsQuery(db, categories),
    new PublicAnnouncementsQuery(db),
    new CommunityOrgsSource(db),
  );
  return {
    portal,
    stats: new StatsService(db, clock, regions, categories),
    openData: new OpenDataService(db, files),
  };
}
