import type { CreditDeps } from '../credit-deps';

/** The two lists: records from events, listings, removal, requests, the daily rules. (stub, being built) */
export function createCreditLists(deps: CreditDeps) {
  void deps;
  return {};
}
export type CreditLists = ReturnType<typeof createCreditLists>;
