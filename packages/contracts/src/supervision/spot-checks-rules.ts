import { levelOfCode, type RegionLevel } from '../regions';
import type { ScoreLevel } from '../credit/score-scheme';

/**
 * Rules of the random spot checks (双随机一公开, 民发〔2017〕45号《关于在民政部门推广随机抽查规范事中事后监管的通知》):
 * the floor of a regular (定期) plan per level, the drawn count and the canonical snapshot text. Browser-safe: the
 * SM3 hashing lives in the API (modules/supervision/spot-checks/draw.ts).
 */
export const SPOT_CHECK_KINDS = ['regular', 'irregular'] as const;
export type SpotCheckKind = (typeof SPOT_CHECK_KINDS)[number];
export const SPOT_CHECK_KIND_LABELS: Record<SpotCheckKind, string> = { regular: '定期抽查', irregular: '不定期抽查' };

/** A plan checks organizations (抽查) or samples them for the yearly audit (审计抽查, a variant of the same plan). */
export const SPOT_CHECK_PURPOSES = ['check', 'audit'] as const;
export type SpotCheckPurpose = (typeof SPOT_CHECK_PURPOSES)[number];
export const SPOT_CHECK_PURPOSE_LABELS: Record<SpotCheckPurpose, string> = { check: '随机抽查', audit: '年度审计抽查' };

export const SPOT_CHECK_ITEMS = ['annual_report', 'disclosure', 'governance', 'finances', 'activities'] as const;
export type SpotCheckItem = (typeof SPOT_CHECK_ITEMS)[number];
export const SPOT_CHECK_ITEM_LABELS: Record<SpotCheckItem, string> = {
  annual_report: '年度工作报告',
  disclosure: '信息公开',
  governance: '内部治理',
  finances: '财务管理',
  activities: '业务活动',
};

export const SPOT_CHECK_MODES = ['on_site', 'written'] as const;
export type SpotCheckMode = (typeof SPOT_CHECK_MODES)[number];
export const SPOT_CHECK_MODE_LABELS: Record<SpotCheckMode, string> = { on_site: '实地检查', written: '书面检查' };

/** The least share of a regular plan, in basis points (1 % = 100), by the level of the registering bureau. */
export const REGULAR_FLOOR_BP: Record<Exclude<RegionLevel, 'township'>, number> = {
  county: 300,
  city: 400,
  province: 500,
  national: 1000,
};

/**
 * The floor for a plan of the bureau of `authorityRegionCode` (民发〔2017〕45号: 定期抽查 at least 3 % county,
 * 4 % city, 5 % province, 10 % 民政部); irregular plans and audit sampling set their own share (floor 0).
 */
export function spotCheckFloorBp(authorityRegionCode: string, kind: SpotCheckKind, purpose: SpotCheckPurpose): number {
  if (kind !== 'regular' || purpose !== 'check') return 0;
  const level = levelOfCode(authorityRegionCode);
  return level === 'township' ? REGULAR_FLOOR_BP.county : REGULAR_FLOOR_BP[level];
}

/** Whether a share is allowed: above 0, at most 100 %, not below the floor. */
export function shareProblem(
  shareBp: number,
  authorityRegionCode: string,
  kind: SpotCheckKind,
  purpose: SpotCheckPurpose,
): string | null {
  if (!Number.isInteger(shareBp) || shareBp <= 0 || shareBp > 10_000) return '抽查比例应在0.01%至100%之间';
  const floor = spotCheckFloorBp(authorityRegionCode, kind, purpose);
  if (shareBp < floor) return `定期抽查比例不得低于${formatShare(floor)}（民发〔2017〕45号）`;
  return null;
}

/** ⌈N × p⌉ in integers (p in basis points), so 5 % of 1,000,001 is 50,001 on every engine and browser. */
export function drawnCount(population: number, shareBp: number): number {
  if (population <= 0) return 0;
  return Math.min(population, Math.ceil((population * shareBp) / 10_000));
}

export function formatShare(bp: number): string {
  return `${bp / 100}%`;
}

/**
 * Weight of an organization in a weighted draw, by its credit level (分类分级监管: lower credit, more checks).
 * Organizations without a score weigh 1, like A and B.
 */
export const CREDIT_WEIGHTS: Record<ScoreLevel | 'none', number> = { A: 1, B: 1, C: 2, D: 3, E: 4, none: 1 };

export interface SnapshotEntry {
  uscc: string;
  orgId: number;
  /** Credit level when the plan is weighted (part of the snapshot so the draw is reproducible); else 'none'. */
  level: ScoreLevel | 'none';
}

/**
 * The canonical snapshot text the SM3 hash is taken of: one line `USCC,orgId,level` per organization, sorted by
 * USCC, `\n` after each line. Anyone holding it can recompute the hash and the draw.
 */
export function canonicalSnapshot(entries: readonly SnapshotEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0));
  let out = '';
  for (const e of sorted) out += `${e.uscc},${e.orgId},${e.level}\n`;
  return out;
}

export function parseSnapshot(text: string): SnapshotEntry[] {
  const out: SnapshotEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [uscc, id, level] = line.split(',');
    out.push({ uscc: uscc!, orgId: Number(id), level: level as SnapshotEntry['level'] });
  }
  return out;
}

/** What differs between a stored snapshot and today's register (verify shows it). */
export function snapshotDiff(
  stored: readonly SnapshotEntry[],
  today: readonly SnapshotEntry[],
): { added: string[]; removed: string[]; levelChanged: string[] } {
  const before = new Map(stored.map((e) => [e.uscc, e]));
  const now = new Map(today.map((e) => [e.uscc, e]));
  const added = [...now.keys()].filter((u) => !before.has(u)).sort();
  const removed = [...before.keys()].filter((u) => !now.has(u)).sort();
  const levelChanged = [...now.values()]
    .filter((e) => before.has(e.uscc) && before.get(e.uscc)!.level !== e.level)
    .map((e) => e.uscc)
    .sort();
  return { added, removed, levelChanged };
}
