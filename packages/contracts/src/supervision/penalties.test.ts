import { describe, expect, it } from 'vitest';
import {
  LARGE_AMOUNT_FEN,
  amountProblems,
  decisionBlockers,
  hearingDue,
  mayAct,
  nextActions,
  remedyRights,
  statementDeadline,
  type DecisionFacts,
} from './penalties';

const none = { fineFen: null, confiscatedFen: null };

describe('hearing (行政处罚法第六十三条)', () => {
  it('is offered for 撤销登记, 吊销, 限期停止活动 and large amounts only', () => {
    expect(hearingDue({ kinds: ['revocation'], ...none })).toBe(true);
    expect(hearingDue({ kinds: ['certificate_withdrawal'], ...none })).toBe(true);
    expect(hearingDue({ kinds: ['suspension'], ...none })).toBe(true);
    expect(hearingDue({ kinds: ['warning'], ...none })).toBe(false);
    expect(hearingDue({ kinds: ['leader_replacement'], ...none })).toBe(false);
    expect(hearingDue({ kinds: ['fine'], fineFen: LARGE_AMOUNT_FEN - 1, confiscatedFen: null })).toBe(false);
    expect(hearingDue({ kinds: ['fine'], fineFen: LARGE_AMOUNT_FEN, confiscatedFen: null })).toBe(true);
    expect(hearingDue({ kinds: ['confiscation'], fineFen: null, confiscatedFen: LARGE_AMOUNT_FEN })).toBe(true);
  });
  it('takes the provincial threshold as a parameter', () => {
    expect(hearingDue({ kinds: ['fine'], fineFen: 1_000_000, confiscatedFen: null }, 1_000_000)).toBe(true);
  });
});

describe('step order', () => {
  it('allows each step only from its states', () => {
    expect(nextActions('filed')).toEqual(['investigation']);
    expect(nextActions('investigated')).toEqual(['investigation', 'prior_notice']);
    expect(nextActions('notified')).toEqual(['statement', 'review']);
    expect(nextActions('reviewed')).toEqual(['decision']);
    expect(nextActions('decided')).toEqual(['service']);
    expect(nextActions('closed')).toEqual([]);
    expect(mayAct('filed', 'decision')).toBe(false);
    expect(mayAct('investigated', 'review')).toBe(false);
    expect(mayAct('hearing_requested', 'review')).toBe(false);
    expect(mayAct('heard', 'review')).toBe(true);
  });
});

describe('decision (行政处罚法第六十二条)', () => {
  const ready: DecisionFacts = {
    status: 'reviewed',
    noticeOn: '2026-05-04',
    statementDeadline: statementDeadline('2026-05-04', false),
    statementOn: null,
    hearingRequested: false,
    heardOn: null,
    reviewedOn: '2026-05-06',
  };
  it('is refused without a prior notice', () => {
    const b = decisionBlockers({ ...ready, noticeOn: null, statementDeadline: null }, '2026-06-01');
    expect(b[0]).toContain('事先告知');
  });
  it('waits for the statement period unless a statement is recorded', () => {
    expect(ready.statementDeadline).toBe('2026-05-07');
    expect(decisionBlockers(ready, '2026-05-07')[0]).toContain('陈述申辩期限');
    expect(decisionBlockers(ready, '2026-05-08')).toEqual([]);
    expect(decisionBlockers({ ...ready, statementOn: '2026-05-05' }, '2026-05-05')).toEqual([]);
  });
  it('waits for a requested hearing and for the legal review', () => {
    const b = decisionBlockers({ ...ready, hearingRequested: true, reviewedOn: null }, '2026-06-01');
    expect(b.join()).toContain('听证');
    expect(b.join()).toContain('法制审核');
  });
  it('a hearing period is 5 days', () => expect(statementDeadline('2026-05-04', true)).toBe('2026-05-09'));
  it('states reconsideration (60 days) and litigation (6 months)', () => {
    const r = remedyRights('云阳县人民政府', '云阳县人民法院');
    expect(r).toContain('六十日内向云阳县人民政府申请行政复议');
    expect(r).toContain('六个月内向云阳县人民法院提起行政诉讼');
  });
});

describe('amounts', () => {
  it('asks for the amount of a fine and the term of a suspension', () => {
    expect(amountProblems({ kinds: ['fine', 'suspension'], ...none, suspensionMonths: null })).toEqual({
      fineFen: '请填写罚款金额',
      suspensionMonths: '请填写停止活动期限',
    });
    expect(
      amountProblems({ kinds: ['warning'], fineFen: 100, confiscatedFen: null, suspensionMonths: null }),
    ).toHaveProperty('fineFen');
    expect(amountProblems({ kinds: ['fine'], fineFen: 100_000, confiscatedFen: null, suspensionMonths: null })).toEqual(
      {},
    );
  });
});
