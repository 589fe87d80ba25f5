import type { CreditDeps } from '../credit-deps';
import type { CreditChanges } from '../credit-changes';
import type { CreditLists } from '../lists/create-lists';

/** (stub, being built) */
export function createCreditScores(deps: CreditDeps, lists: CreditLists, changes: CreditChanges) {
  void deps;
  void lists;
  void changes;
  return {};
}
