import type { Category } from '../api';

/**
 * The `version` to send when saving an entry for `region`: null adds the region's own entry (over a
 * national or higher region's one); an entry the region already defines needs its current version —
 * from the API when it gives one, else as learned from this session's own saves. `undefined`: unknown,
 * so the entry cannot be changed safely.
 */
export function versionToSend(
  entry: Pick<Category, 'code' | 'definedIn' | 'version'>,
  region: string,
  learned: Readonly<Record<string, number>>,
): number | null | undefined {
  if (entry.definedIn !== region) return null;
  return entry.version ?? learned[entry.code];
}

/** The version an entry has after a save that sent `sent` (an insert starts at 1). */
export const versionAfterSave = (sent: number | null) => (sent ?? 0) + 1;
