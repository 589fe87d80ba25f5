import type { CreditDeps } from '../credit-deps';
import type { CreditLists } from '../lists/create-lists';

/** (stub, being built) */
export function createDormant(deps: CreditDeps, lists: CreditLists) {
  void deps;
  void lists;
  return {};
}
