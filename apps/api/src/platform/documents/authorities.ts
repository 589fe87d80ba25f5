import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { fieldError } from '../errors';
import { authorityNameOf, regionAbbrOf } from './numbering';

/**
 * How documents learn a region's name. It takes the database handle to use, so that a lookup inside a
 * caller's transaction goes through that transaction: on SQLite a second handle would wait for it forever.
 */
export type RegionLookup = (db: Kysely<DB>, code: string) => Promise<{ code: string; name: string } | undefined>;

export interface Authority {
  code: string;
  name: string;
  abbr: string;
}

const TOWNSHIP = '乡镇（街道）不是登记管理机关';

/** A township code names no bureau: refused before any scope question, as the user can correct it. */
export function assertAuthorityCode(code: string, field = 'authorityRegionCode'): void {
  if (code.length > 6) throw fieldError(field, TOWNSHIP);
}

/** Bureau names per region code; region names change with a new division table, not at run time. */
export class Authorities {
  private readonly cache = new Map<string, Authority>();

  constructor(private readonly lookup: RegionLookup) {}

  async resolve(db: Kysely<DB>, code: string, field = 'authorityRegionCode'): Promise<Authority> {
    const cached = this.cache.get(code);
    if (cached) return cached;
    assertAuthorityCode(code, field);
    const region = await this.lookup(db, code);
    if (!region) throw fieldError(field, '登记管理机关所在行政区划不存在');
    const authority = { code, name: authorityNameOf(region), abbr: regionAbbrOf(region) };
    this.cache.set(code, authority);
    return authority;
  }
}
