/**
 * What a special campaign (专项整治) reads of the spot checks and audits drawn within it: plans created with
 * its `campaignId` (the spot-checks part), counted per organization.
 */
export interface CampaignFigures {
  /** Organizations checked (a check with results) in the campaign's plans. */
  checked: number;
  /** Organizations drawn in the campaign's audit plans. */
  audited: number;
  /** Organizations whose check or audit found a problem. */
  withProblems: number;
  /** Of those, organizations whose rectification is closed. */
  rectified: number;
}

export interface CampaignChecks {
  campaignFigures(campaignId: number): Promise<CampaignFigures>;
  /** Organization ids with a problem found by the campaign's checks (merged with self-inspection findings). */
  problemOrgs(campaignId: number): Promise<number[]>;
}
