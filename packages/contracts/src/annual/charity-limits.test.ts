import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHARITY_LIMITS,
  findCharityLimit,
  MGMT_CAP_EXEMPT_BELOW_FEN,
  spendingFloorFen,
} from './charity-limits';
import { ZCharityLimit } from './indicator-set';

const WAN = 1_000_000;
const group = { type: 'social_group' as const, charity: true, publicFundraising: false };
const foundation = { type: 'foundation' as const, charity: true, publicFundraising: false };
const row = (org: typeof group | typeof foundation, na: number | null) =>
  findCharityLimit(DEFAULT_CHARITY_LIMITS, org, na);

describe('charity spending table (reference §C.1)', () => {
  it('has the ten rows of the reference, each valid, with its status', () => {
    expect(DEFAULT_CHARITY_LIMITS).toHaveLength(10);
    for (const r of DEFAULT_CHARITY_LIMITS) expect(ZCharityLimit.safeParse(r).success).toBe(true);
    expect(DEFAULT_CHARITY_LIMITS.map((r) => r.status)).toEqual([
      'confirmed',
      'partial',
      'partial',
      'partial',
      'unconfirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
    expect(MGMT_CAP_EXEMPT_BELOW_FEN).toBe(20_000_000);
  });

  it('groups and institutions without public fundraising: tiers at 1000万, 500万, 100万 (lower bound inclusive)', () => {
    expect(row(group, 1000 * WAN)).toMatchObject({ spendingFloor: 0.06, mgmtCap: 0.13 });
    expect(row(group, 1000 * WAN - 10_000 * 100)).toMatchObject({ spendingFloor: 0.07, mgmtCap: 0.14 }); // 999.99万
    expect(row(group, 500 * WAN)).toMatchObject({ spendingFloor: 0.07, mgmtCap: 0.14 });
    expect(row(group, 500 * WAN - 1)).toMatchObject({ spendingFloor: 0.08, mgmtCap: 0.15, incomeFloor: null });
    expect(row(group, 100 * WAN)).toMatchObject({ spendingFloor: 0.08, mgmtCap: 0.15, incomeFloor: null });
    expect(row(group, 100 * WAN - 1)).toMatchObject({ spendingFloor: 0.08, mgmtCap: 0.2, incomeFloor: 0.5 });
    expect(row({ ...group, type: 'social_group' }, -5 * WAN)).toMatchObject({ mgmtCap: 0.2 });
    expect(row(group, null)).toBe(null);
  });

  it('foundations without public fundraising: tiers at 6000万, 800万, 400万', () => {
    expect(row(foundation, 6000 * WAN)).toMatchObject({ spendingFloor: 0.06, mgmtCap: 0.12, status: 'partial' });
    expect(row(foundation, 6000 * WAN - 1)).toMatchObject({ spendingFloor: 0.06, mgmtCap: 0.13 });
    expect(row(foundation, 800 * WAN)).toMatchObject({ spendingFloor: 0.06, mgmtCap: 0.13 });
    expect(row(foundation, 800 * WAN - 1)).toMatchObject({ spendingFloor: 0.07, mgmtCap: 0.15, status: 'unconfirmed' });
    expect(row(foundation, 400 * WAN)).toMatchObject({ spendingFloor: 0.07 });
    expect(row(foundation, 400 * WAN - 1)).toMatchObject({ spendingFloor: 0.08, mgmtCap: 0.2, status: 'confirmed' });
  });

  it('public fundraising: 70 % of last year’s income whatever the net assets; caps 10 % and 13 %', () => {
    const pfFoundation = row({ ...foundation, publicFundraising: true }, null);
    expect(pfFoundation).toMatchObject({ spendingBase: 'last_year_income', spendingFloor: 0.7, mgmtCap: 0.1 });
    expect(row({ ...group, publicFundraising: true }, 99 * WAN)).toMatchObject({ mgmtCap: 0.13, status: 'partial' });
    expect(spendingFloorFen(pfFoundation!, 123_456_789, null)).toBe(86_419_752);
    expect(spendingFloorFen(pfFoundation!, null, 500 * WAN)).toBe(null);
  });

  it('not a charity: no row', () => {
    expect(row({ ...group, charity: false }, 300 * WAN)).toBe(null);
  });

  it('spending floor: share of the base, and for the smallest groups also half of the income', () => {
    expect(spendingFloorFen(row(group, 300 * WAN)!, 90 * WAN, 300 * WAN)).toBe(24 * WAN);
    expect(spendingFloorFen(row(group, 50 * WAN)!, 60 * WAN, 50 * WAN)).toBe(30 * WAN);
    expect(spendingFloorFen(row(group, 50 * WAN)!, 2 * WAN, 50 * WAN)).toBe(4 * WAN);
    expect(spendingFloorFen(row(group, 50 * WAN)!, null, 50 * WAN)).toBe(null);
    expect(spendingFloorFen(row(foundation, -10 * WAN)!, null, -10 * WAN)).toBe(0);
  });
});
