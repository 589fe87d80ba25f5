import type { SpotCheckItem } from '@shezu/contracts';
import { decodeCursor, encodeCursor } from '../../../platform/http';
import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';
import type { CampaignChecks, CampaignFigures } from './campaign-checks';
import type { CheckResultRow } from './present';
import { bool, json, SpotChecksRepository } from './spot-checks.repository';
import { checkSourceRef } from './checks.service';

const isId = (v: unknown): v is number => Number.isInteger(v);

/**
 * 双随机一公开's "公开": concluded checks on the portal, newest first — organization, plan, date and pass/fail per
 * item; no inspector names and no findings text (personal data may sit in it).
 */
export async function publicSpotCheckResults(
  deps: Pick<SupervisionDeps, 'db'>,
  q: { year?: number | undefined; limit: number; cursor?: string | undefined },
) {
  const beforeId = decodeCursor(q.cursor, isId);
  const rows = await new SpotChecksRepository(deps.db).publicResults({
    year: q.year,
    ...(beforeId !== undefined ? { beforeId } : {}),
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      id: Number(r.id),
      year: r.year,
      planTitle: r.title,
      orgName: r.orgName,
      uscc: r.uscc,
      concludedOn: String(r.concludedOn).slice(0, 10),
      problemsFound: bool(r.problemsFound),
      items: json<CheckResultRow[]>(r.results, []).map((x) => ({ item: x.item as SpotCheckItem, passed: x.passed })),
    })),
    nextCursor: rows.length > q.limit ? encodeCursor(Number(page[page.length - 1]!.id)) : null,
  };
}

/** What a special campaign reads of the plans drawn within it, counted per organization. */
export function campaignChecks(deps: Pick<SupervisionDeps, 'db'>, cases: CaseOpener): CampaignChecks {
  const problems = async (campaignId: number) => {
    const rows = await new SpotChecksRepository(deps.db).campaignChecks(campaignId);
    return { rows, withProblems: rows.filter((r) => r.problemsFound !== null && bool(r.problemsFound)) };
  };
  return {
    async campaignFigures(campaignId: number): Promise<CampaignFigures> {
      const { rows, withProblems } = await problems(campaignId);
      const orgs = (list: typeof rows) => new Set(list.map((r) => Number(r.orgId)));
      const status = await cases.sourceStatus(withProblems.map((r) => checkSourceRef(Number(r.id))));
      const open = orgs(withProblems.filter((r) => status.get(checkSourceRef(Number(r.id)))?.status !== 'closed'));
      const rectified = [...orgs(withProblems)].filter((o) => !open.has(o));
      return {
        checked: orgs(rows.filter((r) => r.purpose === 'check' && r.status === 'concluded')).size,
        audited: orgs(rows.filter((r) => r.purpose === 'audit')).size,
        withProblems: orgs(withProblems).size,
        rectified: rectified.length,
      };
    },
    async problemOrgs(campaignId: number): Promise<number[]> {
      const { withProblems } = await problems(campaignId);
      return [...new Set(withProblems.map((r) => Number(r.orgId)))].sort((a, b) => a - b);
    },
  };
}
