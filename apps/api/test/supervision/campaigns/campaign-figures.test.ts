import { describe, expect, it } from 'vitest';
import { computeCampaignFigures } from '../../../src/modules/supervision/watch/campaigns/campaign-figures';
import type { CampaignChecks } from '../../../src/modules/supervision/spot-checks/campaign-checks';

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

/** A fake of the spot-checks part: fixed figures and problem organizations for one campaign. */
function fakeChecks(
  figures: Awaited<ReturnType<CampaignChecks['campaignFigures']>>,
  problems: number[],
): CampaignChecks {
  return { campaignFigures: async () => figures, problemOrgs: async () => problems };
}

describe('campaign figures (pure)', () => {
  it('衢州: in scope 321, checked 102, audited 57, with problems 58, rectified 53', async () => {
    // The checks found 40 organizations with problems (36 rectified); self-inspections flagged 25, of which
    // 7 the checks also found; 17 of the 18 found only by self-inspection were confirmed rectified.
    const checks = fakeChecks({ checked: 102, audited: 57, withProblems: 40, rectified: 36 }, ids(1, 40));
    const selfProblems = [...ids(34, 7), ...ids(1001, 18)];
    const selfRectified = [...ids(34, 7), ...ids(1001, 17)];
    const figures = computeCampaignFigures(
      { inScope: 321, selfInspected: 300, selfProblemOrgs: selfProblems, selfRectifiedOrgs: selfRectified },
      await checks.campaignFigures(1),
      await checks.problemOrgs(1),
    );
    expect(figures).toEqual({
      inScope: 321,
      selfInspected: 300,
      checked: 102,
      audited: 57,
      withProblems: 58,
      rectified: 53,
    });
  });

  it('an organization found by both counts once; nothing found is all zeros but the scope', () => {
    expect(
      computeCampaignFigures(
        { inScope: 3, selfInspected: 2, selfProblemOrgs: [7], selfRectifiedOrgs: [7] },
        { checked: 1, audited: 0, withProblems: 1, rectified: 0 },
        [7],
      ),
    ).toMatchObject({ withProblems: 1, rectified: 0 });
    expect(
      computeCampaignFigures(
        { inScope: 5, selfInspected: 0, selfProblemOrgs: [], selfRectifiedOrgs: [] },
        { checked: 0, audited: 0, withProblems: 0, rectified: 0 },
        [],
      ),
    ).toEqual({ inScope: 5, selfInspected: 0, checked: 0, audited: 0, withProblems: 0, rectified: 0 });
  });
});
