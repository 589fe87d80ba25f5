import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-regions';
import * as m0008 from './0008-calendar';

/** One ordered list for both engines; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-regions': m0002,
  '0008-calendar': m0008,
};
