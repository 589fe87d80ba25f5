import type { CreditDeps } from '../credit-deps';
import type { CreditChanges } from '../credit-changes';
import { creditConsumer } from './credit.consumer';
import { CreditEvidence } from './credit-evidence';
import { dailyRulesJob } from './daily-rules.job';
import { ListingWriter } from './listing-writer';
import { ListingsService } from './listings.service';
import { PublicListsService } from './public.service';
import { RequestsService } from './requests.service';

/**
 * The two lists (民政部令第60号): records from other modules' events, listings with their grounds, removal,
 * requests, the public views and the daily rules. Scores and dormant detection read the credit tables directly
 * and hear about changes through `changes`.
 */
export function createCreditLists(deps: CreditDeps, changes: CreditChanges) {
  const { db, clock, audit, events, jobs } = deps;
  const writer = new ListingWriter(clock, audit, changes, deps.todos);
  const evidence = new CreditEvidence(db, deps.files);
  const creditLists = new ListingsService(db, clock, audit, events, evidence, deps.orgsQuery, writer, changes);
  const creditRequests = new RequestsService(db, clock, audit, deps.calendar, evidence, deps.todos, writer);
  events.subscribe(creditConsumer({ clock, audit, orgsQuery: deps.orgsQuery, writer, changes }));
  jobs.registry.register(dailyRulesJob({ audit, changes, writer, requests: creditRequests, todos: deps.todos }));
  return { creditLists, creditRequests, creditPublicLists: new PublicListsService(db, deps.orgsQuery) };
}
export type CreditLists = ReturnType<typeof createCreditLists>;
