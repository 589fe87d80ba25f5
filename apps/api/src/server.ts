import cluster from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './platform/config';
import { CLUSTER_ROLE_ENV, runPrimary } from './platform/cluster';
import { banner } from './banner';

/**
 * The entry point. WORKERS=1: this process serves. Several: this process is a small primary that only
 * forks — first a child that migrates and seeds, then the workers, which listen on the shared port — so
 * the application's code and caches are loaded in the workers alone.
 */
async function main(): Promise<void> {
  const started = Date.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  if (cluster.isPrimary && config.workers > 1) {
    runPrimary({
      workers: config.workers,
      onListening: (where) => console.log(banner(config, started, where)),
      log: (m) => console.error(m),
    });
    return;
  }
  const { prepareOnly, serve } = await import('./serve');
  if (process.env[CLUSTER_ROLE_ENV] === 'prepare') {
    const where = await prepareOnly(config);
    process.send!({ where }, () => process.exit(0));
    return;
  }
  await serve(config, started, { prepared: cluster.isWorker });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
