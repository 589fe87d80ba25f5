/**
 * The queue as the clerk last saw it, kept for the detail page (previous / next, back to the same row)
 * in sessionStorage: it survives a reload of the detail page but not the browser tab.
 */
export interface QueueSnapshot {
  /** The queue page's URL search, to return to the same tab and filters. */
  search: string;
  /** Application ids in the order shown. */
  ids: number[];
  /** The row opened last, to put the focus back on it. */
  openedId?: number;
}

const KEY = 'shezu.reviews.queue';

export function saveQueue(snapshot: QueueSnapshot): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(snapshot));
  } catch {
    /* storage full or disabled: the detail page then simply has no previous / next */
  }
}

export function readQueue(): QueueSnapshot | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<QueueSnapshot>;
    if (typeof v.search !== 'string' || !Array.isArray(v.ids) || !v.ids.every((x) => Number.isInteger(x))) return null;
    return { search: v.search, ids: v.ids, openedId: typeof v.openedId === 'number' ? v.openedId : undefined };
  } catch {
    return null;
  }
}

/** Marks the row being opened, so the queue puts the focus back on it. */
export function markOpened(id: number): void {
  const q = readQueue();
  if (q) saveQueue({ ...q, openedId: id });
}

/** Where an application stands in the saved queue: its position and its neighbours. */
export function neighbours(
  snapshot: QueueSnapshot | null,
  id: number,
): { index: number; total: number; prev: number | null; next: number | null } | null {
  if (!snapshot) return null;
  const i = snapshot.ids.indexOf(id);
  if (i < 0) return null;
  return {
    index: i + 1,
    total: snapshot.ids.length,
    prev: i > 0 ? snapshot.ids[i - 1]! : null,
    next: i < snapshot.ids.length - 1 ? snapshot.ids[i + 1]! : null,
  };
}

/** The queue page to go back to. */
export const queuePath = (snapshot: QueueSnapshot | null) =>
  snapshot?.search ? `/reviews?${snapshot.search}` : '/reviews';
