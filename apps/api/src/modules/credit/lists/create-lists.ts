import type { CreditDeps } from '../credit-deps';
import type { CreditChanges } from '../credit-changes';

/** The two lists: records from events, listings, removal, requests, the daily rules. (stub, being built) */
export function createCreditLists(deps: CreditDeps, changes: CreditChanges) {
  void deps;
  void changes;
  return {};
}
export type CreditLists = ReturnType<typeof createCreditLists>;
