import {
  NATIONAL_REGION_CODE,
  isWithinRegion,
  levelOfCode,
  toGbCode,
  validateUscc,
  type OrgLevel,
  type RegisteredOrgType,
  type UsccIssue,
  type UsccResult,
} from '@shezu/contracts';

/**
 * How positions 3–8 of a credit code stand against today's division table. Codes of regions that no
 * longer exist (500234 开县, now 500154 开州区) stay valid on old certificates, so a code in a known
 * province that today's table lacks is taken as retired (a warning); an unknown province is an error.
 */
export function regionStatusFrom(currentGbCodes: ReadonlySet<string>) {
  return (gb: string): 'current' | 'retired' | 'unknown' => {
    if (currentGbCodes.has(gb)) return 'current';
    return currentGbCodes.has(gb.slice(0, 2) + '0000') ? 'retired' : 'unknown';
  };
}

/**
 * GB 32100 as a civil-affairs registration: department 5, the category digit of the org type, and the
 * registering bureau's region in positions 3–8 (checked when that region still exists).
 */
export function checkOrgUscc(
  uscc: string,
  org: { type: RegisteredOrgType; authorityRegionCode: string },
  currentGbCodes: ReadonlySet<string>,
): UsccResult {
  const regionStatus = regionStatusFrom(currentGbCodes);
  const r = validateUscc(uscc, { orgType: org.type, regionStatus });
  const authorityGb =
    org.authorityRegionCode === NATIONAL_REGION_CODE ? NATIONAL_REGION_CODE : toGbCode(org.authorityRegionCode);
  if (r.parsed && regionStatus(r.parsed.regionCode) === 'current' && r.parsed.regionCode !== authorityGb) {
    const issue: UsccIssue = {
      kind: 'region',
      position: 3,
      message: `第3–8位行政区划码应为登记管理机关的${authorityGb}，当前为${r.parsed.regionCode}`,
    };
    return { ...r, valid: false, errors: [...r.errors, issue] };
  }
  return r;
}

/** The level of an organization is the level of the bureau that registered it. */
export function orgLevelOf(authorityRegionCode: string): OrgLevel {
  const level = levelOfCode(authorityRegionCode);
  if (level === 'township') throw new Error('a township is no registration authority');
  return level;
}

/** An organization's domicile lies in its authority's region (a county bureau registers orgs of its county). */
export function domicileFits(regionCode: string, authorityRegionCode: string): boolean {
  return isWithinRegion(regionCode, authorityRegionCode);
}
