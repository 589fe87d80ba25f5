import { runWorkerJob } from '../../../platform/jobs/worker-runtime';
import { runNightlyScores } from './nightly-scores';

runWorkerJob((ctx) => runNightlyScores(ctx));
