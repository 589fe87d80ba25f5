/**
 * Where a national register's organizations are: a synthetic population per county, the registering
 * bureau of each organization (most county, some city and province, a few 民政部) and its domicile.
 * Organizations come out ordered by domicile code, so ids follow (region, id) — the order of the name
 * index, which the loader can then write without sorting.
 */
import { NATIONAL_REGION_CODE, type OrgLevel } from '@shezu/contracts';
import { apportion, Rng } from '../../apps/api/src/demo/random';

export interface RegionInfo {
  code: string;
  name: string;
  fullName: string;
  level: string;
  parentCode: string | null;
  placeholder: boolean;
  gbCode: string | null;
}

export interface Authority {
  code: string;
  level: OrgLevel;
  /** Names begin with it: 中国, 浙江省, 衢州市, 衢州市柯城区, 常山县. */
  place: string;
  /** The region's own name, for its departments: 柯城区教育局. */
  shortName: string;
  /** GB/T 2260 form in credit codes (100000 for 民政部). */
  gb: string;
}

export interface NationalPlan {
  count: number;
  /** Domicile candidates (townships, or counties without any), sorted by code. */
  places: RegionInfo[];
  authorities: Authority[];
  /** Per organization in id order (id = index + 1): index into `places` and into `authorities`. */
  domicile: Int32Array;
  authority: Int32Array;
  /** Residents of every county, city, province and the whole country. */
  populations: Map<string, number>;
}

/** Shares of organizations by the level of the registering bureau. */
export const LEVEL_SHARES = { national: 0.004, province: 0.04, city: 0.12 } as const;

export function planNational(regions: RegionInfo[], count: number, seed: string): NationalPlan {
  const rng = new Rng(`${seed}:plan`);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const children = new Map<string, RegionInfo[]>();
  for (const r of regions) {
    if (!r.parentCode) continue;
    const list = children.get(r.parentCode) ?? [];
    list.push(r);
    children.set(r.parentCode, list);
  }
  const kids = (code: string) => children.get(code) ?? [];
  const counties = regions.filter((r) => r.level === 'county').sort((a, b) => cmp(a.code, b.code));
  const cities = regions.filter((r) => r.level === 'city').sort((a, b) => cmp(a.code, b.code));
  const provinces = regions.filter((r) => r.level === 'province').sort((a, b) => cmp(a.code, b.code));

  // Log-normal residents per county (median ~350,000), city districts a little larger.
  const populations = new Map<string, number>();
  for (const c of counties) {
    const z = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const n = Math.exp(Math.log(350_000) + 0.6 * z) * (c.name.endsWith('区') ? 1.3 : 1);
    populations.set(c.code, Math.round(Math.min(3_000_000, Math.max(20_000, n))));
  }
  const sumOf = (list: RegionInfo[]) => list.reduce((a, r) => a + (populations.get(r.code) ?? 0), 0);
  for (const c of cities) populations.set(c.code, sumOf(kids(c.code)));
  for (const p of provinces) populations.set(p.code, sumOf(kids(p.code)));
  populations.set(NATIONAL_REGION_CODE, sumOf(provinces));

  const places = counties
    .flatMap((c) => (kids(c.code).length ? kids(c.code) : [c]))
    .sort((a, b) => cmp(a.code, b.code));
  const placeIndex = new Map(places.map((p, i) => [p.code, i]));
  const placesIn = (list: RegionInfo[]) => list.flatMap((c) => (kids(c.code).length ? kids(c.code) : [c]));

  const authorities: Authority[] = [];
  const authorityIndex = new Map<string, number>();
  const authorityOf = (r: RegionInfo | 'national'): number => {
    const code = r === 'national' ? NATIONAL_REGION_CODE : r.code;
    const known = authorityIndex.get(code);
    if (known !== undefined) return known;
    authorityIndex.set(code, authorities.length);
    authorities.push(describe(r, byCode));
    return authorities.length - 1;
  };

  const slots: { authority: number; candidates: RegionInfo[]; count: number }[] = [];
  const nNational = Math.round(count * LEVEL_SHARES.national);
  const nProvince = Math.round(count * LEVEL_SHARES.province);
  const nCity = Math.round(count * LEVEL_SHARES.city);
  const nCounty = count - nNational - nProvince - nCity;
  apportion(
    nCounty,
    counties.map((c) => populations.get(c.code)!),
  ).forEach((n, i) => {
    const c = counties[i]!;
    // A city without counties (东莞 4419) lists itself as an area with no code of its own: the city registers.
    const bureau = c.gbCode ? c : byCode.get(c.parentCode!)!;
    slots.push({ authority: authorityOf(bureau), candidates: placesIn([c]), count: n });
  });
  const realCities = cities.filter((c) => !c.placeholder);
  apportion(
    nCity,
    realCities.map((c) => populations.get(c.code)!),
  ).forEach((n, i) => {
    const c = realCities[i]!;
    const districts = kids(c.code).filter((d) => d.name.endsWith('区'));
    slots.push({
      authority: authorityOf(c),
      candidates: placesIn(districts.length ? districts : kids(c.code)),
      count: n,
    });
  });
  apportion(
    nProvince,
    provinces.map((p) => populations.get(p.code)!),
  ).forEach((n, i) => {
    const p = provinces[i]!;
    const capital = kids(p.code).sort((a, b) => cmp(a.code, b.code))[0]!;
    const districts = kids(capital.code).filter((d) => d.name.endsWith('区'));
    slots.push({
      authority: authorityOf(p),
      candidates: placesIn(districts.length ? districts : kids(capital.code)),
      count: n,
    });
  });
  slots.push({ authority: authorityOf('national'), candidates: placesIn(kids('1101')), count: nNational });

  // Draw each organization's domicile, then order all by domicile (counting sort, stable).
  const draws = new Int32Array(count);
  const bureaus = new Int32Array(count);
  let k = 0;
  for (const s of slots) {
    for (let i = 0; i < s.count; i++, k++) {
      draws[k] = placeIndex.get(rng.pick(s.candidates).code)!;
      bureaus[k] = s.authority;
    }
  }
  const starts = new Int32Array(places.length + 1);
  for (let i = 0; i < count; i++) starts[draws[i]! + 1]!++;
  for (let i = 0; i < places.length; i++) starts[i + 1]! += starts[i]!;
  const domicile = new Int32Array(count);
  const authority = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const at = starts[draws[i]!]!++;
    domicile[at] = draws[i]!;
    authority[at] = bureaus[i]!;
  }
  return { count, places, authorities, domicile, authority, populations };
}

/** Byte order of UTF-8, which is how both engines compare these codes and names. */
export function cmp(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function describe(r: RegionInfo | 'national', byCode: Map<string, RegionInfo>): Authority {
  if (r === 'national') {
    return { code: NATIONAL_REGION_CODE, level: 'national', place: '中国', shortName: '', gb: NATIONAL_REGION_CODE };
  }
  const level = r.level as OrgLevel;
  let place = r.name;
  if (level === 'county' && r.name.endsWith('区')) {
    // Districts carry their city's name (衢州市柯城区), or the municipality's (重庆市万州区).
    const city = byCode.get(r.parentCode!)!;
    place = (city.placeholder ? byCode.get(city.parentCode!)!.name : city.name) + r.name;
  }
  return { code: r.code, level, place, shortName: r.name, gb: r.code.padEnd(6, '0') };
}
