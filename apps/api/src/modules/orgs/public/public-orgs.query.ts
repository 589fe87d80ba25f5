import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  NATIONAL_REGION_CODE,
  prefixRange,
  type TCategory,
  type TPublicOrg,
  type TPublicOrgEvent,
  type TPublicOrgQuery,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import { decodeCursor, encodeCursor, isPositiveInt } from '../../../platform/http';
import { fieldError } from '../../../platform/errors';
import type { CategoriesService } from '../categories.service';
import { OrgEventsRepository } from '../org-events.repository';
import { OrgListRepository, allOf } from '../org-list.repository';
import { filterConditions } from '../orgs.query';
import { OrgsRepository, type OrgRecord } from '../orgs.repository';
import { NameIndexRepository } from '../search/name-index.repository';
import { nameGrams, normalizeName } from '../search/name-grams';
import { OrgSearchRepository } from '../search/org-search.repository';
import { presentPublicEvent, presentPublicOrg } from './public-org.presenter';

const USCC_LIKE = /^[0-9A-Z]{18}$/;
const EVERYWHERE = { from: '', to: ':' };
const isNameKey = (v: unknown): v is [string, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isPositiveInt(v[1]);

/** Where an organization is, for the org page's section providers (never sent to the public as such). */
export interface PublicOrgRef {
  id: number;
  uscc: string;
  name: string;
  regionCode: string;
  authorityRegionCode: string;
}

export function regionRange(region: string | undefined): { from: string; to: string } {
  return !region || region === NATIONAL_REGION_CODE ? EVERYWHERE : prefixRange(region);
}

/**
 * The register as the public sees it: the whole country, every status (removed organizations stay
 * visible with date and reason), public fields only. Name search walks the same bigram index as the
 * staff list, so a 2-character query is as fast as a long one.
 */
export class PublicOrgsQuery {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly categories: CategoriesService,
  ) {}

  async present(rows: OrgRecord[]): Promise<TPublicOrg[]> {
    const dicts = new Map<string, TCategory[]>();
    const out: TPublicOrg[] = [];
    for (const r of rows) {
      let dict = dicts.get(r.authorityRegionCode);
      if (!dict)
        dicts.set(r.authorityRegionCode, (dict = await this.categories.effective(r.authorityRegionCode, this.db)));
      out.push(presentPublicOrg(r, dict));
    }
    return out;
  }

  /** One page of a search by name part or credit code, or of the filtered list (id order) without one. */
  async search(query: TPublicOrgQuery): Promise<{ items: TPublicOrg[]; nextCursor: string | null }> {
    const { q, region, cursor, limit, ...filter } = query;
    const range = regionRange(region);
    const conditions = filterConditions(filter);
    const uscc = q?.toUpperCase().replace(/\s/g, '');
    if (uscc && USCC_LIKE.test(uscc)) {
      const o = await new OrgsRepository(this.db).findByUscc(uscc);
      const fits =
        o &&
        o.regionCode >= range.from &&
        o.regionCode < range.to &&
        (!filter.type || o.type === filter.type) &&
        (!filter.status || o.status === filter.status) &&
        (!filter.categoryCode || o.categoryCode === filter.categoryCode);
      return { items: fits ? await this.present([o]) : [], nextCursor: null };
    }
    if (q) {
      const normalized = normalizeName(q);
      if ([...normalized].length < 2) throw fieldError('q', '请输入至少2个字');
      const grams = nameGrams(normalized);
      const freq = await new NameIndexRepository(this.db).frequencies(grams);
      if (grams.some((g) => !freq.get(g))) return { items: [], nextCursor: null };
      const driving = grams.reduce((a, b) => (freq.get(b)! < freq.get(a)! ? b : a));
      const rows = await new OrgSearchRepository(this.db).page({
        normalized,
        driving,
        range,
        where: allOf(conditions),
        after: decodeCursor(cursor, isNameKey) ?? null,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: await this.present(page),
        nextCursor: rows.length > limit && last ? encodeCursor([last.regionCode, last.id]) : null,
      };
    }
    const after = decodeCursor(cursor, isPositiveInt);
    const inRange = sql<SqlBool>`o.region_code >= ${range.from} and o.region_code < ${range.to}`;
    const rows = await new OrgListRepository(this.db).page({
      where: allOf([inRange, ...conditions]),
      sort: 'id',
      order: 'asc',
      after: after ? [after, after] : null,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: await this.present(page), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  }

  async byUscc(uscc: string): Promise<{ org: TPublicOrg; ref: PublicOrgRef } | undefined> {
    const o = await new OrgsRepository(this.db).findByUscc(uscc.toUpperCase());
    if (!o) return undefined;
    const [org] = await this.present([o]);
    const ref = {
      id: o.id,
      uscc: o.uscc,
      name: o.name,
      regionCode: o.regionCode,
      authorityRegionCode: o.authorityRegionCode,
    };
    return { org: org!, ref };
  }

  async timeline(orgId: number): Promise<TPublicOrgEvent[]> {
    return (await new OrgEventsRepository(this.db).ofOrg(orgId, true)).map(presentPublicEvent);
  }

  /** The whole register in id order, a page at a time, for the bulk download. */
  async dumpPage(afterId: number, limit: number): Promise<{ items: TPublicOrg[]; lastId: number | null }> {
    const rows = await new OrgListRepository(this.db).page({
      where: sql<SqlBool>`1 = 1`,
      sort: 'id',
      order: 'asc',
      after: afterId > 0 ? [afterId, afterId] : null,
      limit,
    });
    return { items: await this.present(rows), lastId: rows.at(-1)?.id ?? null };
  }
}
