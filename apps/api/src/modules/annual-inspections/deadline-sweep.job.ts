import { REGISTERED_ORG_TYPES, type RegisteredOrgType } from '@shezu/contracts';
import type { AuditService } from '../../platform/audit/audit.service';
import { chinaDate } from '../../platform/clock';
import type { EventsService } from '../../platform/events/events.service';
import type { JobDefinition } from '../../platform/jobs/job-types';
import { finalDue, revocationGround } from './cycle-rules';
import { CyclesRepository } from './cycles.repository';
import { ReportsRepository } from './reports.repository';
import { orgRef } from './review.service';

export const DEADLINE_SWEEP_JOB = 'annual.deadline-sweep';

/**
 * Daily: in every open cycle, reports not submitted by the authority's deadline of their type are marked
 * overdue and each publishes `annual_report_overdue` (the credit module lists the organization, 民政部令
 * 第60号); a second year in a row without inspection makes it a revocation candidate. The overdue flag
 * makes a repeated run change nothing.
 */
export function deadlineSweepJob(deps: { audit: AuditService; events: EventsService }): JobDefinition<null> {
  return {
    name: DEADLINE_SWEEP_JOB,
    title: '年检截止日处理',
    description: '截止日期后仍未提交年度报告的组织标记为逾期，发布逾期事件；连续两年未年检的列为撤销登记候选',
    schedule: { every: 'day', at: '01:30' },
    runnable: true,
    run: async (ctx) => {
      const today = chinaDate(ctx.slot);
      const cycles = await new CyclesRepository(ctx.db).open();
      let marked = 0;
      let candidates = 0;
      for (const [i, c] of cycles.entries()) {
        ctx.throwIfCancelled();
        const types = REGISTERED_ORG_TYPES.filter((t: RegisteredOrgType) => finalDue(t, c) < today);
        const late = await new ReportsRepository(ctx.db).overdueCandidates(c.id, [...types]);
        for (let k = 0; k < late.length; k += 200) {
          const chunk = late.slice(k, k + 200);
          await ctx.db.transaction().execute(async (trx) => {
            const repo = new ReportsRepository(trx);
            await repo.markOverdue(
              chunk.map((r) => r.id),
              ctx.slot.toISOString(),
            );
            for (const r of chunk) {
              const deadline = finalDue(r.orgType, c);
              await deps.events.publish(
                trx,
                { name: 'annual_report_overdue', payload: { ...orgRef(r), year: r.year, deadline } },
                ctx.actor,
              );
              const [last] = await repo.earlier(r.orgId, r.year, 1);
              const ground = last
                ? revocationGround(r.orgType, [
                    { year: r.year, conclusion: null },
                    { year: last.year, conclusion: last.conclusion },
                  ])
                : null;
              if (ground) {
                candidates++;
                await deps.events.publish(
                  trx,
                  { name: 'org_revocation_candidate', payload: { ...orgRef(r), year: r.year, ground } },
                  ctx.actor,
                );
              }
            }
            await deps.audit.record(trx, ctx.actor, {
              action: 'annual_reports_overdue',
              entity: 'annual_inspection_cycle',
              entityId: c.id,
              regionCode: c.authorityRegionCode,
              summary: `${c.year}年度年检：${chunk.length}家组织逾期未报`,
              after: { reportIds: chunk.map((r) => r.id) },
            });
          });
          marked += chunk.length;
        }
        ctx.progress(i + 1, cycles.length);
      }
      return { summary: `逾期未报 ${marked} 家，撤销登记候选 ${candidates} 家` };
    },
  };
}
