/**
 * Rows of a list, fetched page by page with a keyset cursor, so an export never holds more than one
 * page. `fetchPage(after, limit)` is the list query the API already serves.
 */
export async function* keysetRows<T, K>(
  fetchPage: (after: K | undefined, limit: number) => Promise<T[]>,
  keyOf: (row: T) => K,
  pageSize = 500,
): AsyncGenerator<T> {
  let after: K | undefined;
  for (;;) {
    const page = await fetchPage(after, pageSize);
    for (const row of page) yield row;
    if (page.length < pageSize) return;
    after = keyOf(page[page.length - 1]!);
  }
}
