import type { Kysely } from 'kysely';
import {
  RISK_WARNING_LEVEL_LABELS,
  type RiskWarningLevel,
  type RiskWarningRule,
  type RiskWarningTarget,
} from '@shezu/contracts';
import type { DB } from '../../../../db/schema';
import type { AuditService } from '../../../../platform/audit/audit.service';
import type { Actor } from '../../../../platform/auth/auth-user';
import type { Clock } from '../../../../platform/clock';
import type { TodosService } from '../../../todos/todos.service';
import { answerDue, targetsOrg, targetsSupervisor } from './warning-rules';
import { WarningsRepository } from './warnings.repository';

export interface WarnedOrg {
  orgId: number;
  orgName: string;
  uscc: string | null;
  regionCode: string;
  authorityRegionCode: string;
  supervisorUnitId: number | null;
}

export interface RaiseInput {
  org: WarnedOrg;
  level: RiskWarningLevel;
  rule: RiskWarningRule;
  reason: string;
  target: RiskWarningTarget;
  sourceRef: string;
  raisedOn: string;
  by: { userId: number | null; name: string | null };
}

/** To-do keys of one warning: one per addressee. */
export const todoKey = (id: number, who: 'org' | 'unit') => `risk-warning:${id}:${who}`;

/** Writes a warning, its to-dos and its audit entry in the caller's transaction; one per source. */
export class WarningRaiser {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly todos: TodosService,
  ) {}

  async raise(trx: Kysely<DB>, actor: Actor, w: RaiseInput): Promise<number | undefined> {
    const target = w.org.supervisorUnitId ? w.target : 'org';
    const at = this.clock.now().toISOString();
    const dueDate = answerDue(w.raisedOn, w.level);
    const id = await new WarningsRepository(trx).insert({
      ...w.org,
      level: w.level,
      rule: w.rule,
      reason: w.reason.slice(0, 1000),
      target,
      status: 'open',
      sourceRef: w.sourceRef,
      raisedOn: w.raisedOn,
      dueDate,
      answerFiles: '[]',
      createdBy: w.by.userId,
      createdByName: w.by.name,
      createdAt: at,
      updatedAt: at,
    });
    if (id === undefined) return undefined;
    const title = `风险${RISK_WARNING_LEVEL_LABELS[w.level]}：${w.org.orgName}`.slice(0, 200);
    const priority = w.level === 'serious' ? 2 : w.level === 'warning' ? 1 : 0;
    if (targetsOrg(target))
      await this.todos.add(trx, {
        orgId: w.org.orgId,
        kind: 'risk_warning',
        title,
        link: '/my-supervision?tab=risk-warnings',
        dueDate,
        priority,
        sourceKey: todoKey(id, 'org'),
      });
    if (targetsSupervisor(target) && w.org.supervisorUnitId)
      await this.todos.add(trx, {
        unitId: w.org.supervisorUnitId,
        kind: 'risk_warning',
        title,
        link: `/risk-warnings/${id}`,
        dueDate,
        priority,
        sourceKey: todoKey(id, 'unit'),
      });
    await this.audit.record(trx, actor, {
      action: 'risk_warning_raised',
      entity: 'risk_warning',
      entityId: id,
      regionCode: w.org.regionCode,
      summary: `${title}（${w.reason}）`.slice(0, 500),
    });
    return id;
  }

  /** Takes the warning off every addressee's list (answered: done; closed unanswered or escalated: cancelled). */
  async clearTodos(trx: Kysely<DB>, id: number, how: 'complete' | 'cancel'): Promise<void> {
    for (const who of ['org', 'unit'] as const) await this.todos[how](trx, todoKey(id, who));
  }
}
