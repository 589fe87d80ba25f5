import {
  RISK_WARNING_ANSWER_DAYS,
  addChinaDays,
  type RiskRuleParams,
  type RiskWarningLevel,
  type RiskWarningTarget,
} from '@shezu/contracts';

/**
 * The rules that raise risk warnings (《社会组织登记管理条例》事中事后监管: 风险预警), as pure functions of the
 * facts and the dates. The consumer feeds them what the events say.
 */

/** The first day of the jump rule's window ending on `on` (D days, both ends counted). */
export function complaintWindowStart(on: string, params: RiskRuleParams): string {
  return addChinaDays(on, -(params.complaintWindowDays - 1));
}

/** N or more complaints within the window raise a warning; twice N is serious. */
export function complaintJumpLevel(count: number, params: RiskRuleParams): RiskWarningLevel | null {
  if (count < params.complaintThreshold) return null;
  return count >= params.complaintThreshold * 2 ? 'serious' : 'warning';
}

/** An unmet rectification order is serious; an unanswered talk or letter is a warning. */
export function overdueLevel(measure: 'reminder_talk' | 'reminder_letter' | 'rectification_order'): RiskWarningLevel {
  return measure === 'rectification_order' ? 'serious' : 'warning';
}

/** 不合格 is serious, 基本合格 a hint; 合格 raises nothing. */
export function annualLevel(conclusion: 'pass' | 'basic_pass' | 'fail'): RiskWarningLevel | null {
  return conclusion === 'fail' ? 'serious' : conclusion === 'basic_pass' ? 'hint' : null;
}

/** A rule's warning goes to the organization and, when it has one, to its supervising unit too. */
export function ruleTarget(supervisorUnitId: number | null | undefined): RiskWarningTarget {
  return supervisorUnitId ? 'both' : 'org';
}

export function answerDue(raisedOn: string, level: RiskWarningLevel): string {
  return addChinaDays(raisedOn, RISK_WARNING_ANSWER_DAYS[level]);
}

export const targetsOrg = (t: RiskWarningTarget) => t === 'org' || t === 'both';
export const targetsSupervisor = (t: RiskWarningTarget) => t === 'supervisor' || t === 'both';
