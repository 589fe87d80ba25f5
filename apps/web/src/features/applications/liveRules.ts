import {
  minimumProblems,
  preparationDeadline,
  preparationWindowProblem,
  type ApplicationKind,
  type RegisteredOrgType,
} from '@shezu/contracts';
import { chinaDateString } from '../../lib/format';
import { formFieldOf, yuanTextToFen, type ApplicationFormValues } from './applicationForm';

/** Form field → the regulation's message, as the applicant types (the API checks the same on submission). */
export type LiveProblems = Record<string, string>;

const count = (v: unknown) => (typeof v === 'number' ? v : null);

/**
 * 筹备 and 成立: the founding minimums of registration-rules.ts (members only at establishment: at
 * preparation the members have not joined yet). Nothing until the type and the bureau are chosen.
 */
export function foundingProblems(kind: ApplicationKind, v: ApplicationFormValues): LiveProblems {
  const type = kind === 'preparation' ? 'social_group' : v.type;
  if (!type || !v.authorityRegionCode) return {};
  const problems = minimumProblems(
    {
      type,
      authorityRegionCode: v.authorityRegionCode,
      memberCount: count(v.memberCount),
      unitMemberCount: count(v.unitMemberCount),
      registeredFundsFen: yuanTextToFen(v.registeredFundsYuan),
      publicFundraising: v.publicFundraising === true,
    },
    kind === 'preparation' ? 'funds' : 'all',
  );
  return Object.fromEntries(Object.entries(problems).map(([k, m]) => [formFieldOf(k), m]));
}

/** 变更 of registered funds: the new amount must stay above the floor of the organization's type. */
export function changeFundsProblems(
  v: ApplicationFormValues,
  org: { type: RegisteredOrgType; authorityRegionCode: string; publicFundraising: boolean } | undefined,
): LiveProblems {
  if (!org || !v.changeFields?.includes('registeredFundsFen')) return {};
  const fen = yuanTextToFen(v.registeredFundsYuan);
  if (fen === null) return {};
  const problems = minimumProblems({ ...org, registeredFundsFen: fen }, 'funds');
  return Object.fromEntries(Object.entries(problems).map(([k, m]) => [formFieldOf(k), m]));
}

/** The China date an approval happened on (the window counts from it). */
export const approvedOn = (decidedAt: string) => chinaDateString(new Date(decidedAt));

/** 《社会团体登记管理条例》第十四条: the last day for the establishment, and whether it has passed. */
export function preparationWindow(decidedAt: string, now: Date): { deadline: string; problem: string | null } {
  const on = approvedOn(decidedAt);
  return { deadline: preparationDeadline(on), problem: preparationWindowProblem(on, chinaDateString(now)) };
}
