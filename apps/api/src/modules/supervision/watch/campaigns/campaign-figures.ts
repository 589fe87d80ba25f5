import type { TCampaignFigures } from '@shezu/contracts';
import type { CampaignFigures } from '../../spot-checks/campaign-checks';

/** What the campaign knows of its own organizations' self-inspections. */
export interface SelfInspectionCounts {
  inScope: number;
  selfInspected: number;
  /** Organizations whose self-inspection found a problem. */
  selfProblemOrgs: readonly number[];
  /** Of those, organizations whose rectification staff confirmed. */
  selfRectifiedOrgs: readonly number[];
}

/**
 * The campaign's figures (专项整治工作情况: 纳入范围、自查、抽查、审计、发现问题、整改到位), from its own
 * self-inspection counts and what the spot-checks part reports of the plans drawn within it. An organization
 * with problems from both sources counts once; its rectification then follows the checks' (their
 * rectification is the formal one, closed only with evidence), so rectified = the checks' rectified plus the
 * confirmed self-inspection rectifications of organizations the checks found nothing on.
 */
export function computeCampaignFigures(
  self: SelfInspectionCounts,
  checks: CampaignFigures,
  checkProblemOrgs: readonly number[],
): TCampaignFigures {
  const byChecks = new Set(checkProblemOrgs);
  const withProblems = new Set([...self.selfProblemOrgs, ...byChecks]).size;
  const selfOnlyRectified = self.selfRectifiedOrgs.filter((id) => !byChecks.has(id)).length;
  return {
    inScope: self.inScope,
    selfInspected: self.selfInspected,
    checked: checks.checked,
    audited: checks.audited,
    withProblems,
    rectified: Math.min(withProblems, checks.rectified + selfOnlyRectified),
  };
}
