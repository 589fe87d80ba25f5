/**
 * Name search at national scale: 2-character queries (慈善) are as common as long ones, and neither
 * FTS5's trigram tokenizer nor pg_trgm index terms shorter than 3 characters. So every distinct pair of
 * adjacent characters of a normalised name is a row of `org_name_grams (gram, region_code, org_id)`, and
 * a query walks the postings of its rarest pair in (region, id) order, checking the whole name as it goes.
 */

/** NFKC folds full-width letters and brackets; case and spacing do not count. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Distinct adjacent pairs of a normalised name (a one-character name has none). */
export function nameGrams(normalized: string): string[] {
  const chars = [...normalized];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}
