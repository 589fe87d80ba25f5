import { prefixRange, type TCaseDetail, type TCaseQuery, type TCaseSummary } from '@shezu/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { chinaDate, type Clock } from '../../../platform/clock';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import { caseResource, type CasesService } from './cases.service';
import { CasesRepository, type CaseRow } from './cases.repository';
import { presentMeasure } from './measures.service';
import { presentTask } from './tasks.service';
import { toBool } from '../../../db/dialect';

/** The read side of cases: the list (keyset on id within the read scope, one index per filter) and one case. */
export class CasesQuery {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly cases: CasesService,
  ) {}

  async list(user: AuthUser, q: TCaseQuery): Promise<{ items: TCaseSummary[]; nextCursor: string | null }> {
    assertAuthorized(user, 'supervision.read');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db
      .selectFrom('supervisionCases as c')
      .select([
        'c.id',
        'c.orgId',
        'c.orgName',
        'c.uscc',
        'c.regionCode',
        'c.source',
        'c.sourceRef',
        'c.title',
        'c.handlerName',
        'c.status',
        'c.openedOn',
        'c.closedOn',
        'c.alarmed',
      ])
      .where(
        readScopeCondition(user, 'supervision.read', {
          region: 'c.regionCode',
          unit: 'c.supervisorUnitId',
          org: 'c.orgId',
        }),
      );
    if (q.status) query = query.where('c.status', '=', q.status);
    if (q.source) query = query.where('c.source', '=', q.source);
    if (q.alarm) query = query.where('c.alarmed', '=', q.alarm === '1');
    if (q.orgId) query = query.where('c.orgId', '=', q.orgId);
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('c.regionCode', '>=', from).where('c.regionCode', '<', to);
    }
    if (after) query = query.where('c.id', '<', after);
    const rows = await query
      .orderBy('c.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((r) => ({
        ...r,
        source: r.source as TCaseSummary['source'],
        status: r.status as TCaseSummary['status'],
        alarmed: toBool(r.alarmed),
      })),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async get(user: AuthUser, id: number): Promise<TCaseDetail> {
    const c = await this.cases.load(user, id);
    return this.present(user, c);
  }

  private async present(user: AuthUser, c: CaseRow): Promise<TCaseDetail> {
    const repo = new CasesRepository(this.db);
    const [measures, tasks, alarms, timeline] = await Promise.all([
      repo.measuresOf(c.id),
      repo.tasksOf(c.id),
      repo.alarmsOf(c.id),
      repo.timelineOf(c.id),
    ]);
    const today = chinaDate(this.clock.now());
    return {
      id: c.id,
      orgId: c.orgId,
      orgName: c.orgName,
      uscc: c.uscc,
      regionCode: c.regionCode,
      authorityRegionCode: c.authorityRegionCode,
      source: c.source as TCaseDetail['source'],
      sourceRef: c.sourceRef,
      title: c.title,
      detail: c.detail,
      handlerName: c.handlerName,
      status: c.status as TCaseDetail['status'],
      openedOn: c.openedOn,
      closedOn: c.closedOn,
      alarmed: c.alarmed,
      feedback: c.feedback,
      feedbackOn: c.feedbackOn,
      verifiedOn: c.verifiedOn,
      conclusion: c.conclusion,
      substantiated: c.substantiated,
      measures: measures.map((m) => presentMeasure(m, today)),
      tasks: tasks.map((t) =>
        presentTask({ ...t, caseTitle: c.title, caseDetail: c.detail, orgName: c.orgName }, today),
      ),
      alarms: alarms.map((a) => ({ ...a, kind: a.kind as TCaseDetail['alarms'][number]['kind'] })),
      timeline,
      canManage: authorize(user, 'supervision.manage', caseResource(c)).allowed,
    };
  }
}
