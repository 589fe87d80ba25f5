import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import {
  COUNT_CAP,
  prefixRange,
  type TCategory,
  type TOrg,
  type TOrgEvent,
  type TOrgListQuery,
  type TOrgSummary,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { AuthUser } from '../../platform/auth/auth-user';
import { assertAuthorized } from '../../platform/auth/guard';
import { decodeCursor, encodeCursor } from '../../platform/http';
import { fieldError, notFound } from '../../platform/errors';
import type { CategoriesService } from './categories.service';
import { OrgListRepository, allOf, type OrgSort } from './org-list.repository';
import { OrgEventsRepository } from './org-events.repository';
import { orgScope } from './org-scope';
import { scoringFactsOf, scoringFactsPage, type OrgScoringFacts } from './scoring-facts';
import { OrgsRepository, type OrgRecord, type RegisteredOrgFacts } from './orgs.repository';
import { orgResource, presentOrg, presentOrgSummary } from './orgs.presenter';
import { NameIndexRepository } from './search/name-index.repository';
import { nameGrams, normalizeName } from './search/name-grams';
import { OrgSearchRepository, type NameSearch } from './search/org-search.repository';

const USCC_LIKE = /^[0-9A-Z]{18}$/;
const isTuple = (v: unknown): v is [string | number, number] =>
  Array.isArray(v) &&
  v.length === 2 &&
  (typeof v[0] === 'string' || typeof v[0] === 'number') &&
  Number.isInteger(v[1]);

export type OrgFilter = Omit<TOrgListQuery, 'sort' | 'order' | 'limit' | 'cursor' | 'q' | 'within'>;

/** Conditions on `o` for the filters other than name and region. */
export function filterConditions(f: OrgFilter): RawBuilder<SqlBool>[] {
  const parts: RawBuilder<SqlBool>[] = [];
  if (f.type) parts.push(sql<SqlBool>`o.type = ${f.type}`);
  if (f.status) parts.push(sql<SqlBool>`o.status = ${f.status}`);
  if (f.level) parts.push(sql<SqlBool>`o.level = ${f.level}`);
  if (f.categoryCode) parts.push(sql<SqlBool>`o.category_code = ${f.categoryCode}`);
  if (f.supervisorUnitId) parts.push(sql<SqlBool>`o.supervisor_unit_id = ${f.supervisorUnitId}`);
  return parts;
}

/** The read side of the register: lists, name search, counts, records and timelines. */
export class OrgsQuery {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dataKey: Buffer,
    private readonly categories: CategoriesService,
  ) {}

  async present(rows: OrgRecord[]): Promise<TOrg[]> {
    return this.presentWith(rows, (r, dict) => presentOrg(r, dict, this.dataKey));
  }

  private async presentWith<T>(rows: OrgRecord[], one: (r: OrgRecord, dict: TCategory[]) => T): Promise<T[]> {
    const dicts = new Map<string, TCategory[]>();
    const out: T[] = [];
    for (const r of rows) {
      if (!dicts.has(r.authorityRegionCode))
        dicts.set(r.authorityRegionCode, await this.categories.effective(r.authorityRegionCode));
      out.push(one(r, dicts.get(r.authorityRegionCode)!));
    }
    return out;
  }

  /** A name query becomes a walk over the rarest gram's postings; null when some gram occurs nowhere. */
  private async nameSearch(q: string): Promise<{ normalized: string; driving: string } | null> {
    const normalized = normalizeName(q);
    if ([...normalized].length < 2) throw fieldError('q', '请输入至少2个字');
    const grams = nameGrams(normalized);
    const freq = await new NameIndexRepository(this.db).frequencies(grams);
    if (grams.some((g) => !freq.get(g))) return null;
    const driving = grams.reduce((a, b) => (freq.get(b)! < freq.get(a)! ? b : a));
    return { normalized, driving };
  }

  /** One page of the staff list or of a name search, in the user's read scope, in the table's shape. */
  async list(user: AuthUser, query: TOrgListQuery): Promise<{ items: TOrgSummary[]; nextCursor: string | null }> {
    const { rows, nextCursor } = await this.page(user, query, {});
    return { items: await this.presentWith(rows, presentOrgSummary), nextCursor };
  }

  /** The same page with every field (masked personal data included): the export's rows. */
  async listFull(
    user: AuthUser,
    query: TOrgListQuery,
    /** byRegion: the export's order — by domicile, then id — when no other sort is asked for. */
    opts: { byRegion?: boolean } = {},
  ): Promise<{ items: TOrg[]; nextCursor: string | null }> {
    const { rows, nextCursor } = await this.page(user, query, opts);
    return { items: await this.present(rows), nextCursor };
  }

  private async page(
    user: AuthUser,
    query: TOrgListQuery,
    opts: { byRegion?: boolean },
  ): Promise<{ rows: OrgRecord[]; nextCursor: string | null }> {
    const { q, within, sort, order, limit, cursor, ...filter } = query;
    const scope = orgScope(user, 'orgs.read', within);
    if (scope.empty) return { rows: [], nextCursor: null };
    const conditions = [...filterConditions(filter), ...(scope.extra ? [scope.extra] : [])];
    const uscc = q?.toUpperCase().replace(/\s/g, '');
    if (uscc && USCC_LIKE.test(uscc)) {
      const o = await new OrgsRepository(this.db).findByUscc(uscc);
      const visible = o && this.inScope(user, o) && o.regionCode >= scope.range.from && o.regionCode < scope.range.to;
      return { rows: visible ? [o] : [], nextCursor: null };
    }
    if (q) {
      const found = await this.nameSearch(q);
      if (!found) return { rows: [], nextCursor: null };
      const after = decodeCursor(cursor, isTuple) as [string, number] | undefined;
      const spec: NameSearch = {
        ...found,
        range: scope.range,
        where: allOf(conditions),
        filtered: conditions.length > 0,
        after: after ?? null,
        limit: limit + 1,
      };
      const rows = await new OrgSearchRepository(this.db).page(spec);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        rows: page,
        nextCursor: rows.length > limit && last ? encodeCursor([last.regionCode, last.id]) : null,
      };
    }
    // The whole country needs no range: with one, SQLite walks the region index and sorts every row for
    // each page (1.5 s at 1,000,000 organizations) instead of reading the primary key in order.
    const range =
      scope.range.from === ''
        ? []
        : [sql<SqlBool>`o.region_code >= ${scope.range.from} and o.region_code < ${scope.range.to}`];
    const after = decodeCursor(cursor, isTuple);
    const sortBy: OrgSort = opts.byRegion && sort === 'id' ? 'region' : sort;
    const rows = await new OrgListRepository(this.db).page({
      where: allOf([...range, ...conditions]),
      sort: sortBy,
      order,
      after: after ?? null,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const keys: Record<OrgSort, (o: OrgRecord) => string | number> = {
      id: (o) => o.id,
      name: (o) => o.name,
      foundedOn: (o) => o.foundedOn,
      registeredFundsFen: (o) => o.registeredFundsFen,
      region: (o) => o.regionCode,
    };
    const key = keys[sortBy];
    return {
      rows: page,
      nextCursor: rows.length > limit && last ? encodeCursor([key(last), last.id]) : null,
    };
  }

  /** How many match, counted up to COUNT_CAP: a broad national query answers "10,000+". */
  async count(
    user: AuthUser,
    query: Omit<TOrgListQuery, 'sort' | 'order' | 'limit' | 'cursor'>,
  ): Promise<{ count: number; capped: boolean }> {
    const { q, within, ...filter } = query;
    const scope = orgScope(user, 'orgs.read', within);
    if (scope.empty) return { count: 0, capped: false };
    const conditions = [...filterConditions(filter), ...(scope.extra ? [scope.extra] : [])];
    let n: number;
    if (q) {
      const found = await this.nameSearch(q);
      n = found
        ? await new OrgSearchRepository(this.db).countCapped(
            {
              ...found,
              range: scope.range,
              where: allOf(conditions),
              filtered: conditions.length > 0,
              after: null,
              limit: 0,
            },
            COUNT_CAP,
          )
        : 0;
    } else {
      const range = sql<SqlBool>`o.region_code >= ${scope.range.from} and o.region_code < ${scope.range.to}`;
      n = await new OrgsRepository(this.db).countCapped(allOf([range, ...conditions]), COUNT_CAP);
    }
    return { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
  }

  private inScope(user: AuthUser, o: OrgRecord): boolean {
    try {
      assertAuthorized(user, 'orgs.read', orgResource(o));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * For other modules (they check scope on their own records): one organization, unscoped. `db` lets an
   * event consumer read inside its own transaction (SQLite has one connection).
   */
  async facts(id: number, db: Kysely<DB> = this.db): Promise<OrgRecord | undefined> {
    return new OrgsRepository(db).findById(id);
  }

  /** For public pages of other modules: one organization by its credit code, unscoped. */
  async factsByUscc(uscc: string): Promise<OrgRecord | undefined> {
    return new OrgsRepository(this.db).findByUscc(uscc.trim().toUpperCase());
  }

  /** For the annual inspection: every organization the bureau registered that is still registered. */
  async registeredBy(authorityRegionCode: string): Promise<OrgRecord[]> {
    return new OrgsRepository(this.db).registeredBy(authorityRegionCode);
  }

  /**
   * For dormant detection: a page (by id) of the organizations a bureau registered that are still registered,
   * in a domicile subtree (`regionPrefix`, '' for all) and of the given types (none: all).
   */
  async registeredPage(
    authorityRegionCode: string,
    f: { regionPrefix: string; types: readonly string[]; afterId: number; limit: number },
  ): Promise<RegisteredOrgFacts[]> {
    const range = f.regionPrefix === '' ? { from: '', to: '' } : prefixRange(f.regionPrefix);
    return new OrgsRepository(this.db).registeredPage({
      authorityRegionCode,
      regionFrom: range.from,
      regionTo: range.to,
      types: f.types,
      afterId: f.afterId,
      limit: f.limit,
    });
  }

  /**
   * For the credit score and eligibility: the scoring facts of the next `limit` organizations after `afterId`
   * (the nightly walk by id), or of given ones; `db` lets a caller read inside its own transaction.
   */
  scoringFacts(afterId: number, limit: number, db: Kysely<DB> = this.db): Promise<OrgScoringFacts[]> {
    return scoringFactsPage(db, afterId, limit);
  }

  scoringFactsOf(ids: readonly number[], db: Kysely<DB> = this.db): Promise<OrgScoringFacts[]> {
    return scoringFactsOf(db, ids);
  }

  async record(user: AuthUser, id: number): Promise<OrgRecord> {
    const o = await new OrgsRepository(this.db).findById(id);
    if (!o) throw notFound();
    assertAuthorized(user, 'orgs.read', orgResource(o));
    return o;
  }

  async get(user: AuthUser, id: number): Promise<TOrg> {
    return (await this.present([await this.record(user, id)]))[0]!;
  }

  async timeline(user: AuthUser, id: number): Promise<TOrgEvent[]> {
    await this.record(user, id);
    return new OrgEventsRepository(this.db).ofOrg(id, false);
  }
}
