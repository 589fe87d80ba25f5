import type { Kysely } from 'kysely';
import type { EventName, EventPayload, RiskRuleParams } from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import { SYSTEM_ACTOR } from '../../../../platform/auth/auth-user';
import { chinaDate, type Clock } from '../../../../platform/clock';
import type { DeliveredEvent, EventConsumer } from '../../../../platform/events/event-types';
import { annualLevel, complaintJumpLevel, complaintWindowStart, overdueLevel, ruleTarget } from './warning-rules';
import type { RaiseInput, WarningRaiser, WarnedOrg } from './warning-raiser';
import { WarningsRepository } from './warnings.repository';

export const RISK_WARNINGS_CONSUMER = 'risk_warnings';
const EVENTS = [
  'complaint_received',
  'rectification_overdue',
  'annual_inspection_concluded',
  'major_matter_late',
] as const satisfies readonly EventName[];
type Handled = (typeof EVENTS)[number];

const MEASURE_WORDS = {
  reminder_talk: '谈话提醒',
  reminder_letter: '工作提醒函',
  rectification_order: '责令改正通知书',
};
const CONCLUSION_WORDS = { pass: '合格', basic_pass: '基本合格', fail: '不合格' };

/**
 * Raises warnings from other modules' events. Each warning's source ref is unique, so a redelivered or
 * re-published event adds nothing; the jump rule counts its own copy of complaints, each complaint once.
 */
export function warningsConsumer(deps: {
  clock: Clock;
  raiser: WarningRaiser;
  params: RiskRuleParams;
}): EventConsumer<Handled> {
  return {
    name: RISK_WARNINGS_CONSUMER,
    events: EVENTS,
    async handle(event, trx) {
      const w = await ruleFor(trx, event, deps.params);
      if (!w) return;
      // A late major-matter report concerns the organization alone: a hint to it, not to its unit.
      const orgOnly = event.name === 'major_matter_late';
      const p = event.payload as EventPayload<Handled>;
      const org: WarnedOrg = {
        orgId: p.orgId,
        orgName: p.orgName,
        uscc: p.uscc,
        regionCode: p.regionCode,
        authorityRegionCode: p.authorityRegionCode,
        supervisorUnitId: p.supervisorUnitId ?? null,
      };
      await deps.raiser.raise(trx, SYSTEM_ACTOR, {
        ...w,
        org,
        target: orgOnly ? 'org' : ruleTarget(org.supervisorUnitId),
        raisedOn: chinaDate(deps.clock.now()),
        by: { userId: null, name: null },
      });
    },
  };
}

type RuleHit = Pick<RaiseInput, 'level' | 'rule' | 'reason' | 'sourceRef'>;

async function ruleFor(trx: Kysely<DB>, e: DeliveredEvent<Handled>, params: RiskRuleParams): Promise<RuleHit | null> {
  switch (e.name) {
    case 'complaint_received': {
      const p = e.payload as EventPayload<'complaint_received'>;
      const repo = new WarningsRepository(trx);
      if (!(await repo.addComplaint(p.complaintId, p.orgId, p.receivedOn))) return null;
      const from = complaintWindowStart(p.receivedOn, params);
      const inWindow = await repo.complaintsBetween(p.orgId, from, p.receivedOn);
      const level = complaintJumpLevel(inWindow.length, params);
      if (!level) return null;
      // One warning per window: a complaint of this window that already tipped one keeps the rest quiet.
      const ref = (id: number) => `complaint_jump:${p.orgId}:${id}`;
      if (await repo.anyBySourceRefs(inWindow.map((c) => ref(c.complaintId)))) return null;
      return {
        level,
        rule: 'complaint_jump',
        reason: `${params.complaintWindowDays}日内（${from}至${p.receivedOn}）收到投诉举报${inWindow.length}件`,
        sourceRef: ref(p.complaintId),
      };
    }
    case 'rectification_overdue': {
      const p = e.payload as EventPayload<'rectification_overdue'>;
      return {
        level: overdueLevel(p.measure),
        rule: 'rectification_overdue',
        reason: `${MEASURE_WORDS[p.measure]}要求的整改逾期未完成（期限${p.deadline}）`,
        sourceRef: `rectification_overdue:${p.measureId}`,
      };
    }
    case 'annual_inspection_concluded': {
      const p = e.payload as EventPayload<'annual_inspection_concluded'>;
      const level = annualLevel(p.conclusion);
      if (!level) return null;
      return {
        level,
        rule: 'annual_flagged',
        reason: `${p.year}年度检查结论为${CONCLUSION_WORDS[p.conclusion]}`,
        sourceRef: `annual_inspection_concluded:${p.reportId}`,
      };
    }
    case 'major_matter_late': {
      const p = e.payload as EventPayload<'major_matter_late'>;
      return {
        level: 'hint',
        rule: 'major_matter_late',
        reason: `重大事项“${p.title}”（${p.happensOn}举行）应于${p.dueOn}前报告，${p.reportedOn}才报告`,
        sourceRef: `major_matter_late:${p.majorMatterId}`,
      };
    }
  }
  return null;
}
