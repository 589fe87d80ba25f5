import type { TCycle, TCycleDashboard } from '@shezu/contracts';

export const cycleFixture = (over: Partial<TCycle> = {}): TCycle => ({
  id: 3,
  authorityRegionCode: '500235',
  authorityName: '云阳县民政局',
  year: 2025,
  indicatorSetId: 1,
  indicatorSetVersion: 1,
  status: 'open',
  supervisorDue: '2026-03-31',
  authorityDue: '2026-05-31',
  foundationDue: '2026-03-31',
  openedAt: '2026-01-05T01:00:00Z',
  openedByName: '云阳县民政局登记员',
  reportCount: 492,
  skippedCount: 4,
  ...over,
});

export const dashboardFixture = (): TCycleDashboard => ({
  cycle: cycleFixture(),
  counts: {
    due: 492,
    notStarted: 40,
    draft: 52,
    submitted: 400,
    inReview: 230,
    atSupervisor: 120,
    atParty: 60,
    atAuthority: 50,
    returned: 20,
    concluded: 150,
    pass: 131,
    basicPass: 12,
    fail: 7,
    overdue: 35,
    late: 18,
  },
  bySupervisor: [
    { unitId: 5, unitName: '云阳县住房和城乡建设委员会', due: 40, submitted: 30, concluded: 10, overdue: 6 },
    { unitId: null, unitName: '直接登记', due: 120, submitted: 110, concluded: 60, overdue: 2 },
  ],
});
