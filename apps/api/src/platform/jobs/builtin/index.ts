import type { JobRegistry } from '../job-registry';
import { selftestJob } from './selftest.job';
import { sessionsCleanupJob } from './sessions-cleanup.job';
import { databaseOptimizeJob } from './database-optimize.job';

/** The platform's own jobs; modules register theirs next to their code. */
export function registerBuiltinJobs(registry: JobRegistry, opts: { sessionIdleMinutes: number }): void {
  registry.register(sessionsCleanupJob(opts.sessionIdleMinutes));
  registry.register(selftestJob);
  registry.register(databaseOptimizeJob);
}
