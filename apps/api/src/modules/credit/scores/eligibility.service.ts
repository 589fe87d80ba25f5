import type { Kysely } from 'kysely';
import {
  CREDIT_BENEFIT_LABELS,
  mayReceive,
  yearsBefore,
  type CreditBenefit,
  type CreditEligibility,
  type TEligibility,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { chinaDate } from '../../../platform/clock';
import { AppError } from '../../../platform/errors';
import type { CreditDeps } from '../credit-deps';
import { ScoresRepository } from './scores.repository';

/**
 * THE eligibility answer (issue 7 §2): every module that grants a benefit — service purchase, funding,
 * honours, evaluation, tax-qualification recommendation — asks `services.credit.eligibility.mayReceive(orgId,
 * benefit, date)` and shows the reasons; none re-implements the rule (contracts/credit/score-eligibility.ts).
 */
export class EligibilityService {
  constructor(private readonly deps: CreditDeps) {}

  /** `date` defaults to today in China; `db` lets a caller ask inside its own transaction. */
  async mayReceive(
    orgId: number,
    benefit: CreditBenefit,
    date: string = chinaDate(this.deps.clock.now()),
    db: Kysely<DB> = this.deps.db,
  ): Promise<CreditEligibility> {
    const [org] = await this.deps.orgsQuery.scoringFactsOf([orgId], db);
    if (!org) throw new AppError('NOT_FOUND');
    const repo = new ScoresRepository(db);
    const set = { ids: [orgId] };
    const [records, listings] = await Promise.all([repo.records(set, yearsBefore(date, 4)), repo.activeListings(set)]);
    return mayReceive({ org, listings: listings.get(orgId) ?? [], records: records.get(orgId) ?? [] }, benefit, date);
  }

  /** The staff route: credit.read on the organization (404 outside scope); organization accounts are refused. */
  async check(user: AuthUser, orgId: number, benefit: CreditBenefit, date?: string): Promise<TEligibility> {
    if (user.orgId) throw new AppError('FORBIDDEN');
    const o = await this.deps.orgsQuery.facts(orgId);
    if (!o) throw new AppError('NOT_FOUND');
    const d = authorize(user, 'credit.read', {
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
      unitIds: [o.supervisorUnitId],
      orgId: o.id,
    });
    if (!d.allowed) throw new AppError(d.code);
    const on = date ?? chinaDate(this.deps.clock.now());
    const r = await this.mayReceive(orgId, benefit, on);
    return { orgId, benefit, benefitLabel: CREDIT_BENEFIT_LABELS[benefit], date: on, ...r };
  }
}
