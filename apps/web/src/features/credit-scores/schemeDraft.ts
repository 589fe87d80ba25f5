import { levelOfCode, type TMe, type TScoreSchemeDefinition } from '@shezu/contracts';

export const sumOf = (d: TScoreSchemeDefinition) => d.indicators.reduce((s, i) => s + (i.maxPoints || 0), 0);

/** The API's `definition.<path>` messages keyed by path inside the definition (`indicators.3.maxPoints`). */
export function problemsByPath(fields: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k.replace(/^definition\./, '')] = v;
  return out;
}

/** The service lets administrators at province level or above save (the same rule as the annual indicators). */
export function mayEditScheme(me: TMe): boolean {
  if (!me.permissions.includes('credit.scheme') || !me.regionCode) return false;
  const level = levelOfCode(me.regionCode);
  return level === 'province' || level === 'national';
}
