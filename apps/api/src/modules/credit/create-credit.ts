import type { CreditDeps } from './credit-deps';
import { CreditChanges } from './credit-changes';
import { createCreditLists } from './lists/create-lists';
import { createCreditScores } from './scores/create-scores';
import { createDormant } from './dormant/create-dormant';

/** Wires the credit module: the two lists (民政部令第60号), eligibility, the score and dormant clean-up. */
export function createCredit(deps: CreditDeps) {
  const changes = new CreditChanges();
  const lists = createCreditLists(deps, changes);
  const scores = createCreditScores(deps, lists, changes);
  const dormant = createDormant(deps, lists);
  return { ...lists, ...scores, ...dormant };
}
