import { ORG_LEVELS, levelOfCode, type OrgLevel, type TMe, type TOrg } from '@shezu/contracts';
import type { OrgListQuery } from '../orgs/filters';
import type { IssueBody, IssuedAccount } from './api';

/** The level a bureau registers at (本级), or null for users who register nothing. */
export function ownLevel(regionCode: string | null): OrgLevel | null {
  if (!regionCode) return null;
  const level = levelOfCode(regionCode);
  return (ORG_LEVELS as readonly string[]).includes(level) ? (level as OrgLevel) : null;
}

/** The list to pick from: registered organizations of the bureau's own level in its region. */
export function pickListQuery(filter: OrgListQuery, regionCode: string | null): OrgListQuery {
  const level = ownLevel(regionCode);
  return { ...filter, status: 'registered', ...(level ? { level } : {}) };
}

/** Accounts are issued only to organizations the user's bureau registered and that are still registered. */
export const selectable = (org: Pick<TOrg, 'status' | 'authorityRegionCode'>, me: Pick<TMe, 'regionCode'>) =>
  org.status === 'registered' && org.authorityRegionCode === me.regionCode;

/** The request: the ticked organizations, or every organization the filter matches (the API has no name filter). */
export function issueBody(mode: 'selected' | 'filter', ids: readonly number[], filter: OrgListQuery): IssueBody {
  if (mode === 'selected') return { orgIds: [...ids] };
  const { type, categoryCode, within, supervisorUnitId } = filter;
  const f: NonNullable<IssueBody['filter']> = {};
  if (type) f.type = type;
  if (categoryCode) f.categoryCode = categoryCode;
  if (within) f.within = within;
  if (supervisorUnitId) f.supervisorUnitId = supervisorUnitId;
  return { filter: f };
}

/** Why "all that match" cannot be used: the API's filter knows no name search. */
export const filterModeProblem = (filter: OrgListQuery): 'nameSearch' | null => (filter.q ? 'nameSearch' : null);

/** The issued accounts as tab-separated lines (pastes into Excel) for the copy-all button. */
export const issuedAsText = (issued: readonly IssuedAccount[], headers: [string, string, string, string]) =>
  [headers, ...issued.map((a) => [a.orgName, a.uscc, a.username, a.initialPassword])]
    .map((cols) => cols.join('\t'))
    .join('\n');
