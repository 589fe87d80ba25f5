import type { TIndicatorSetDefinition } from '@shezu/contracts';

export const LISTS = ['indicators', 'rules', 'risks'] as const;
export type ListName = (typeof LISTS)[number];

/** One server message placed on an item of the definition (or on the whole, when it names no item). */
export interface Problem {
  list: ListName | null;
  index: number;
  /** The field inside the item as a form name path: ['show', 0, 'formula']. */
  field: (string | number)[];
  path: string;
  message: string;
}

/** `a[3].b` and `a.3.b` alike → ['a', 3, 'b']. */
export function namePath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * The API's field messages (`definition.indicators[3].formula`, or with dots) placed on items, so each shows
 * next to its row and in its drawer.
 */
export function problemsOf(fields: Readonly<Record<string, string>>): Problem[] {
  return Object.entries(fields).map(([path, message]) => {
    const parts = namePath(path.replace(/^definition\.?/, ''));
    const [list, index, ...field] = parts;
    if ((LISTS as readonly unknown[]).includes(list) && typeof index === 'number')
      return { list: list as ListName, index, field, path, message };
    return { list: null, index: -1, field: parts, path, message };
  });
}

export const problemsAt = (problems: Problem[], list: ListName, index: number) =>
  problems.filter((p) => p.list === list && p.index === index);

/** How many items differ from the saved version (added or removed ones count too). */
export function changeCount(saved: TIndicatorSetDefinition, draft: TIndicatorSetDefinition): number {
  let n = 0;
  for (const list of LISTS) {
    const a = saved[list] as unknown[];
    const b = draft[list] as unknown[];
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) n++;
  }
  if (JSON.stringify(saved.params) !== JSON.stringify(draft.params)) n++;
  return n;
}

/** The definition with one item replaced; a fresh object so React sees the change. */
export function replaceItem<L extends ListName>(
  def: TIndicatorSetDefinition,
  list: L,
  index: number,
  item: TIndicatorSetDefinition[L][number],
): TIndicatorSetDefinition {
  const next = [...def[list]] as TIndicatorSetDefinition[L][number][];
  next[index] = item;
  return { ...def, [list]: next };
}
