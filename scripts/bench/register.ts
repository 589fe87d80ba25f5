/**
 * The HTTP scenarios on a generated national dataset: name search (2 and 4 characters, nationwide, in a
 * county, in a province; staff and public), the organization page (staff and public), public statistics
 * by level, the staff list filtered and sorted with a deep keyset page. Later modules add theirs to the
 * list `registerScenarios` returns; national.ts measures each one.
 */
import { NATIONAL_USER } from './dataset';

const DEMO_PASSWORD = 'Shezu@2026';

/** Queries from the generator's vocabulary: frequent and rare 2-character words, 4-character phrases. */
export const QUERIES = {
  two: ['协会', '文化', '慈善', '体育', '教育', '养老', '武术', '航运', '围棋', '蜂业', '楹联', '胡柚'],
  four: ['体育协会', '培训学校', '养老服务', '慈善基金', '武术协会', '行业协会', '艺术培训', '社工服务'],
};
/** Counties and provinces every generated dataset fills (weighted by population, so sizes vary). */
const COUNTIES = ['330802', '440106', '110105', '500235', '510107', '420111'];
const PROVINCES = ['33', '44', '51', '50', '41'];

export interface Scenario {
  key: string;
  label: string;
  /** p95 target at concurrency 1 in milliseconds, if an issue sets one. */
  target?: number;
  /** p95 target at concurrency 32 (issue 5: name search). */
  targetC32?: number;
  /** Requests per second the server must reach at concurrency 32 (issue 5: org page). */
  minRps?: number;
  path(i: number): string;
  /** Public endpoints need no session. */
  anonymous?: boolean;
  /** Another account's session (and CSRF header) per request, instead of the national account's. */
  headers?(i: number): Record<string, string>;
  /** GET unless said; a write sends `body(i)`. */
  method?: 'GET' | 'PUT';
  body?(i: number): string;
  /** Clients of the concurrent run (32 unless said: writes queue for SQLite's single writer). */
  clients?: number;
  /** The request writes: its raw replay covers only its reads, so "added" is not judged. */
  writes?: boolean;
}

export interface RegisterContext {
  url: string;
  orgs: number;
  /** Credit codes and ids of real organizations of the dataset, for page requests. */
  usccs: string[];
  /** The county with the most organizations, for the filtered staff list. */
  listCounty: string;
  /** Keyset cursor of a deep page of the filtered staff list, and which page it is. */
  deep: { cursor: string; page: number } | null;
  hasPublicApi: boolean;
}

const q = (s: string) => encodeURIComponent(s);
const at = <T>(list: T[], i: number) => list[i % list.length]!;

export function registerScenarios(ctx: RegisterContext): Scenario[] {
  const list: Scenario[] = [];
  const search = (key: string, label: string, words: string[], filter: (i: number) => string) =>
    list.push({
      key,
      label,
      target: 30,
      targetC32: 30,
      path: (i) => `/api/orgs?limit=50&q=${q(at(words, i))}${filter(i)}`,
    });
  search('search2', 'staff name search, 2 characters, nationwide', QUERIES.two, () => '');
  search('search4', 'staff name search, 4 characters, nationwide', QUERIES.four, () => '');
  search(
    'search2County',
    'staff name search, 2 characters, in a county',
    QUERIES.two,
    (i) => `&within=${at(COUNTIES, i)}`,
  );
  search(
    'search4County',
    'staff name search, 4 characters, in a county',
    QUERIES.four,
    (i) => `&within=${at(COUNTIES, i)}`,
  );
  search(
    'search2Province',
    'staff name search, 2 characters, in a province',
    QUERIES.two,
    (i) => `&within=${at(PROVINCES, i)}`,
  );
  search(
    'search4Province',
    'staff name search, 4 characters, in a province',
    QUERIES.four,
    (i) => `&within=${at(PROVINCES, i)}`,
  );
  list.push({
    key: 'orgDetail',
    label: 'organization page (staff, GET /api/orgs/:id)',
    target: 10,
    minRps: 1500,
    path: (i) => `/api/orgs/${1 + ((i * 7919) % ctx.orgs)}`,
  });
  if (ctx.hasPublicApi) {
    const pub = (key: string, label: string, words: string[], region: (i: number) => string) =>
      list.push({
        key,
        label,
        target: 30,
        targetC32: 30,
        anonymous: true,
        path: (i) => `/api/public/orgs?q=${q(at(words, i))}${region(i)}`,
      });
    pub('publicSearch2', 'public name search, 2 characters, nationwide', QUERIES.two, () => '');
    pub('publicSearch4', 'public name search, 4 characters, nationwide', QUERIES.four, () => '');
    pub(
      'publicSearch2County',
      'public name search, 2 characters, in a county',
      QUERIES.two,
      (i) => `&region=${at(COUNTIES, i)}`,
    );
    pub(
      'publicSearch4County',
      'public name search, 4 characters, in a county',
      QUERIES.four,
      (i) => `&region=${at(COUNTIES, i)}`,
    );
    pub(
      'publicSearch2Province',
      'public name search, 2 characters, in a province',
      QUERIES.two,
      (i) => `&region=${at(PROVINCES, i)}`,
    );
    list.push({
      key: 'publicOrg',
      label: 'organization page (public, GET /api/public/orgs/:uscc)',
      target: 10,
      minRps: 1500,
      anonymous: true,
      path: (i) => `/api/public/orgs/${at(ctx.usccs, i * 7)}`,
    });
  }
  for (const [key, label, region, target] of [
    ['statsCountry', 'public statistics, the whole country', '100000', 100],
    ['statsProvince', 'public statistics, a province', '33', undefined],
    ['statsCounty', 'public statistics, a county', '330802', undefined],
  ] as const) {
    list.push({
      key,
      label,
      anonymous: true,
      path: () => `/api/public/stats?region=${region}`,
      ...(target ? { target } : {}),
    });
  }
  const listPath = `/api/orgs?limit=20&within=${ctx.listCounty}&categoryCode=education&sort=name&order=asc`;
  list.push({
    key: 'listCounty',
    label: 'staff list: county + category, sorted by name, first page',
    path: () => listPath,
  });
  const deep = ctx.deep;
  if (deep) {
    list.push({
      key: 'listDeep',
      label: `staff list: county + category, sorted by name, page ${deep.page} (keyset)`,
      path: () => `${listPath}&cursor=${q(deep.cursor)}`,
    });
  }
  list.push({
    key: 'countCapped',
    label: 'capped count of a frequent word nationwide ("10,000+")',
    path: (i) => `/api/orgs/count?q=${q(at(QUERIES.two.slice(0, 3), i))}`,
  });
  return list;
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: NATIONAL_USER, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login as ${NATIONAL_USER} failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Logs in as the national account and gathers what the scenarios need from the dataset. */
export async function prepareRegister(
  url: string,
  orgs: number,
  listCounty: string,
): Promise<{ cookie: string; scenarios: Scenario[] }> {
  const cookie = await login(url);
  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const page = await get(`/api/orgs?limit=200&within=${COUNTIES[0]}`);
  const usccs = (page.items as { uscc: string }[]).map((o) => o.uscc);
  // The deepest page up to the 10th, reached by following the keyset cursors from the first.
  let deep: RegisterContext['deep'] = null;
  for (let p = 2; p <= 10; p++) {
    const r = await get(
      `/api/orgs?limit=20&within=${listCounty}&categoryCode=education&sort=name&order=asc${deep ? `&cursor=${q(deep.cursor)}` : ''}`,
    );
    const next = (r.nextCursor as string | null) ?? null;
    if (!next) break;
    deep = { cursor: next, page: p };
  }
  const hasPublicApi = (await fetch(`${url}/api/public/orgs/${usccs[0]}`)).status === 200;
  return { cookie, scenarios: registerScenarios({ url, orgs, usccs, listCounty, deep, hasPublicApi }) };
}
