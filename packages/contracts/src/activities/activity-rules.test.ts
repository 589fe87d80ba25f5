import { describe, expect, it } from 'vitest';
import { DEFAULT_APPROVAL_KINDS } from './activities';
import { approvalDueOn, canStep, coverPhotoOf, isApprovalLate, monthRange, stepsFor } from './activity-rules';

describe('activity rules', () => {
  it('dates the approval request by the kind’s days ahead, none for kinds without approval', () => {
    expect(approvalDueOn('forum_award', '2026-05-01', DEFAULT_APPROVAL_KINDS)).toBe('2026-04-01');
    expect(approvalDueOn('large_gathering', '2026-03-10', DEFAULT_APPROVAL_KINDS)).toBe('2026-02-18');
    expect(approvalDueOn('volunteer', '2026-05-01', DEFAULT_APPROVAL_KINDS)).toBeNull();
    // Across a leap day.
    expect(approvalDueOn('large_gathering', '2024-03-20', DEFAULT_APPROVAL_KINDS)).toBe('2024-02-29');
  });

  it('marks a request after the due day late, the due day itself on time', () => {
    expect(isApprovalLate('2026-04-01', '2026-04-01')).toBe(false);
    expect(isApprovalLate('2026-03-31', '2026-04-01')).toBe(false);
    expect(isApprovalLate('2026-04-02', '2026-04-01')).toBe(true);
    expect(isApprovalLate('2026-04-02', null)).toBe(false);
  });

  it('knows the days of a month', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('lets an activity that needs approval start only once approved', () => {
    const planned = { status: 'planned' as const, approvalRequired: true, approved: false };
    expect(stepsFor('org', planned)).toEqual(['edit', 'request_approval', 'cancel']);
    expect(canStep('org', planned, 'start')).toBe(false);
    expect(stepsFor('org', { ...planned, approved: true })).toEqual(['start', 'cancel']);
    expect(stepsFor('org', { ...planned, approvalRequired: false })).toEqual(['edit', 'start', 'cancel']);
    expect(stepsFor('staff', { ...planned, status: 'awaiting_approval' })).toEqual(['decide_approval']);
    expect(stepsFor('staff', { ...planned, status: 'awaiting_review' })).toEqual(['review']);
    expect(stepsFor('org', { ...planned, status: 'published' })).toEqual([]);
    expect(stepsFor('staff', { ...planned, status: 'published' })).toEqual(['unpublish']);
  });

  it('never takes a photo showing minors as the cover', () => {
    expect(
      coverPhotoOf([
        { id: 1, position: 1, showsMinors: true },
        { id: 3, position: 3, showsMinors: false },
        { id: 2, position: 2, showsMinors: false },
      ]),
    ).toBe(2);
    expect(coverPhotoOf([{ id: 1, position: 1, showsMinors: true }])).toBeNull();
    expect(coverPhotoOf([])).toBeNull();
  });
});
