import type { CreditDeps } from '../credit-deps';
import type { CreditChanges } from '../credit-changes';
import type { CreditLists } from '../lists/create-lists';
import { EligibilityService } from './eligibility.service';
import { nightlyScoresJob } from './nightly-scores.job';
import { CreditScoresService } from './scores.service';

/**
 * The credit score and the one eligibility answer. Services (as `services.credit.<key>`):
 * - `creditScores`: `recompute(trx, orgIds, cause)`, `get`, `distribution`, schemes, and for supervision
 *   `levelOf(orgId)` / `levelsFor(orgIds)` (spot-check draw weights, measures per level);
 * - `eligibility`: `mayReceive(orgId, benefit, date)` — the single place other modules ask.
 * Job `credit.nightly-scores` (02:30, worker thread) recomputes everyone; the lists' change hook recomputes
 * the organizations an event touched, in the event's transaction.
 */
export function createCreditScores(deps: CreditDeps, lists: CreditLists, changes: CreditChanges) {
  void lists;
  const creditScores = new CreditScoresService(deps);
  const eligibility = new EligibilityService(deps);
  changes.listen(async (trx, orgIds, cause) => {
    await creditScores.recompute(trx, orgIds, cause);
  });
  deps.jobs.registry.register(nightlyScoresJob);
  return { creditScores, eligibility };
}
