import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-regions';
import * as m0003 from './0003-jobs';
import * as m0004 from './0004-files';
import * as m0005 from './0005-events';
import * as m0006 from './0006-todos-notifications';
import * as m0007 from './0007-documents';
import * as m0008 from './0008-calendar';
import * as m0009 from './0009-organizations';
import * as m0010 from './0010-applications';
import * as m0011 from './0011-community-orgs';
import * as m0012 from './0012-ledger-imports';
import * as m0013 from './0013-open-data';
import * as m0014 from './0014-stats-freshness';
import * as m0015 from './0015-annual-inspections';
import * as m0016 from './0016-credit';
import * as m0017 from './0017-spot-checks';
import * as m0018 from './0018-supervision-cases';
import * as m0019 from './0019-penalties';
import * as m0020 from './0020-supervision-watch';
import * as m0021 from './0021-activities';
import * as m0022 from './0022-activity-like-counts';

/** One ordered list for both engines; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-regions': m0002,
  '0003-jobs': m0003,
  '0004-files': m0004,
  '0005-events': m0005,
  '0006-todos-notifications': m0006,
  '0007-documents': m0007,
  '0008-calendar': m0008,
  '0009-organizations': m0009,
  '0010-applications': m0010,
  '0011-community-orgs': m0011,
  '0012-ledger-imports': m0012,
  '0013-open-data': m0013,
  '0014-stats-freshness': m0014,
  '0015-annual-inspections': m0015,
  '0016-credit': m0016,
  '0017-spot-checks': m0017,
  '0018-supervision-cases': m0018,
  '0019-penalties': m0019,
  '0020-supervision-watch': m0020,
  '0021-activities': m0021,
  '0022-activity-like-counts': m0022,
};
