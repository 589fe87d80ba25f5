import type { Kysely } from 'kysely';
import type { AnnualReviewStep } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { TodosService } from '../todos/todos.service';
import type { ReportRecord } from './reports.repository';

type Who = AnnualReviewStep | 'org';
const key = (id: number, who: Who) => `annual-report:${id}:${who}`;
const STEP_TITLES: Record<AnnualReviewStep, string> = {
  supervisor: '年度报告初审（业务主管单位）',
  party: '年度报告党建审查',
  authority: '年检结论（登记管理机关）',
};

/** The to-do of whoever holds a report now: the organization, a unit, or the bureau's staff. */
export class AnnualTodos {
  constructor(private readonly todos: TodosService) {}

  async forOrg(trx: Kysely<DB>, r: Pick<ReportRecord, 'id' | 'orgId'>, title: string, dueDate: string): Promise<void> {
    await this.todos.add(trx, {
      orgId: r.orgId,
      kind: 'annual_report',
      title,
      link: `/annual-reports/${r.id}/fill`,
      dueDate,
      priority: 1,
      sourceKey: key(r.id, 'org'),
    });
  }

  async forStep(trx: Kysely<DB>, r: ReportRecord, step: AnnualReviewStep, dueDate: string | null): Promise<void> {
    const who =
      step === 'supervisor'
        ? { unitId: r.supervisorUnitId! }
        : step === 'party'
          ? { unitId: r.partyUnitId! }
          : { role: 'authority_staff' as const, regionCode: r.authorityRegionCode };
    await this.todos.add(trx, {
      ...who,
      kind: 'annual_review',
      title: `${STEP_TITLES[step]}：${r.orgName} ${r.year}年度`,
      link: `/annual-reports/${r.id}`,
      dueDate,
      sourceKey: key(r.id, step),
    });
  }

  /** A 基本合格 conclusion's rectification item, due by its deadline. */
  async rectification(trx: Kysely<DB>, r: ReportRecord, i: number, item: { item: string; dueDate: string }) {
    await this.todos.add(trx, {
      orgId: r.orgId,
      kind: 'annual_rectification',
      title: `年检整改：${item.item}`.slice(0, 200),
      link: `/annual-reports/${r.id}`,
      dueDate: item.dueDate,
      priority: 1,
      sourceKey: `annual-report:${r.id}:rectification:${i}`,
    });
  }

  async done(trx: Kysely<DB>, id: number, who: Who): Promise<void> {
    await this.todos.complete(trx, key(id, who));
  }
}
