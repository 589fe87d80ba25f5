import {
  prefixRange,
  type MajorMatterStatus,
  type TMajorMatterDetail,
  type TMajorMatterFacts,
  type TMajorMatterQuery,
  type TMajorMatterSummary,
} from '@shezu/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { fromJson, toBool } from '../../../db/dialect';
import type { AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { assertAuthorized, readScopeCondition } from '../../../platform/auth/guard';
import { chinaDate, type Clock } from '../../../platform/clock';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import { majorMatterActions } from './major-matter-rules';
import { majorMatterResource, type MajorMattersService } from './major-matters.service';

type Kind = TMajorMatterSummary['kind'];

/** The read side: the list (keyset on id, newest first, within the read scope) and one matter with its actions. */
export class MajorMattersQuery {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly matters: MajorMattersService,
  ) {}

  async list(
    user: AuthUser,
    q: TMajorMatterQuery,
  ): Promise<{ items: TMajorMatterSummary[]; nextCursor: string | null }> {
    assertAuthorized(user, 'activities.read');
    const after = decodeCursor(q.cursor, isPositiveInt);
    let query = this.db
      .selectFrom('majorMatters as m')
      .select([
        'm.id',
        'm.orgId',
        'm.orgName',
        'm.regionCode',
        'm.kind',
        'm.title',
        'm.happensOn',
        'm.reportedOn',
        'm.dueOn',
        'm.late',
        'm.status',
      ])
      .where(
        readScopeCondition(user, 'activities.read', {
          region: 'm.regionCode',
          unit: 'm.supervisorUnitId',
          org: 'm.orgId',
        }),
      );
    if (q.status) query = query.where('m.status', '=', q.status);
    if (q.kind) query = query.where('m.kind', '=', q.kind);
    if (q.late) query = query.where('m.late', '=', q.late === '1');
    if (q.orgId) query = query.where('m.orgId', '=', q.orgId);
    if (q.region) {
      const { from, to } = prefixRange(q.region);
      query = query.where('m.regionCode', '>=', from).where('m.regionCode', '<', to);
    }
    if (q.month) query = query.where('m.happensOn', '>=', `${q.month}-01`).where('m.happensOn', '<=', `${q.month}-31`);
    if (after) query = query.where('m.id', '<', after);
    const rows = await query
      .orderBy('m.id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((r) => ({
        ...r,
        kind: r.kind as Kind,
        status: r.status as MajorMatterStatus,
        late: toBool(r.late),
      })),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async get(user: AuthUser, id: number): Promise<TMajorMatterDetail> {
    const m = await this.matters.load(user, id);
    const res = majorMatterResource(m);
    const status = m.status as MajorMatterStatus;
    return {
      id: m.id,
      orgId: m.orgId,
      orgName: m.orgName,
      uscc: m.uscc,
      regionCode: m.regionCode,
      authorityRegionCode: m.authorityRegionCode,
      kind: m.kind as Kind,
      title: m.title,
      detail: m.detail,
      happensOn: m.happensOn,
      reportedOn: m.reportedOn,
      dueOn: m.dueOn,
      late: m.late,
      status,
      facts: fromJson<TMajorMatterFacts>(m.facts) ?? { kind: 'other' },
      files: fromJson<{ id: number; name: string }[]>(m.fileIds) ?? [],
      decidedOn: m.decidedOn,
      decidedByName: m.decidedByName,
      decisionReason: m.decisionReason,
      outcome: m.outcome,
      completedOn: m.completedOn,
      createdByName: m.createdByName,
      version: m.version,
      actions: majorMatterActions({
        status,
        happensOn: m.happensOn,
        today: chinaDate(this.clock.now()),
        canDecide: authorize(user, 'major_matters.decide', res).allowed,
        canReport: authorize(user, 'major_matters.report', res).allowed,
      }),
    };
  }
}
