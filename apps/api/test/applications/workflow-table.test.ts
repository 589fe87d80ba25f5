import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationAction, TApplicationDetail } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { insertUser, unitIdByName } from '../support/fixtures';
import { founder, ok, orgAccount } from '../support/applications';
import { orgFields, seedOrgs } from '../support/orgs';

/**
 * Every workflow action tried by every role in every state, over HTTP: a responsible-person filing of a
 * 柯城区 organization whose supervising unit is 衢州市科学技术局.
 */
let t: TestApp;
let orgId: number;
const as: Record<string, TestClient> = {};

const ROLES = [
  'owner',
  'otherOrg',
  'applicant',
  'supervisor',
  'otherSupervisor',
  'countyClerk',
  'cityClerk',
  'siblingClerk',
  'admin',
] as const;
type Who = (typeof ROLES)[number];

const STATES = ['draft', 'supervisor', 'authority', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
type State = (typeof STATES)[number];
const ACTIONS: ApplicationAction[] = [
  'edit',
  'submit',
  'withdraw',
  'supervisor-approve',
  'supervisor-return',
  'approve',
  'reject',
  'return',
];

const data = { personName: '王五', position: '秘书长', idNumber: '11010519491231002X', termStart: '2026-03-01' };

beforeAll(async () => {
  t = await startTestApp();
  const sci = await unitIdByName(t.db, '衢州市科学技术局');
  const [a, b] = await seedOrgs(t, [
    {
      fields: orgFields({
        name: '柯城区青少年科技协会',
        categoryCode: 'education',
        supervisorUnitId: sci,
        regionCode: '330802006',
      }),
      authority: '330802',
    },
    { fields: orgFields({ name: '柯城区另一协会', regionCode: '330802006' }), authority: '330802' },
  ]);
  orgId = a!;
  as.owner = await orgAccount(t, 'kc-org', a!, '330802');
  as.otherOrg = await orgAccount(t, 'kc-org-b', b!, '330802');
  as.applicant = await founder(t, 'stranger');
  as.supervisor = await t.client().as('qz-supervisor');
  as.otherSupervisor = await t.client().as('yy-supervisor');
  as.countyClerk = await t.client().as('qz-kc-clerk');
  as.cityClerk = await t.client().as('qz-clerk');
  as.siblingClerk = await t.client().as('qz-qj-clerk');
  await insertUser(t.db, { username: 'kc-admin', roles: ['system_admin'], regionCode: '330802' });
  as.admin = await t.client().as('kc-admin');
});
afterAll(() => t.close());

const post = (c: TestClient, id: number, action: string, body: object) =>
  c.post(`/api/applications/${id}/${action}`, body);

async function inState(state: State): Promise<TApplicationDetail> {
  let a = await ok(
    as.owner!.post('/api/applications', { kind: 'responsible_person', orgId, data, attachments: [] }),
    201,
  );
  const step = async (c: TestClient, action: string, body: object = {}) => {
    a = await ok(post(c, a.id, action, { version: a.version, ...body }));
  };
  if (state === 'draft') return a;
  if (state === 'withdrawn') {
    await step(as.owner!, 'withdraw');
    return a;
  }
  await step(as.owner!, 'submit');
  if (state === 'supervisor') return a;
  if (state === 'returned') {
    await step(as.supervisor!, 'supervisor-return', { comment: '请补充任职决议' });
    return a;
  }
  await step(as.supervisor!, 'supervisor-approve');
  if (state === 'authority') return a;
  if (state === 'approved') await step(as.countyClerk!, 'approve');
  if (state === 'rejected') await step(as.countyClerk!, 'reject', { reason: '人选不符合章程规定' });
  return a;
}

const ROUTE_PERMISSION: Record<ApplicationAction, 'apply' | 'review' | 'decide'> = {
  edit: 'apply',
  submit: 'apply',
  withdraw: 'apply',
  'supervisor-approve': 'review',
  'supervisor-return': 'review',
  approve: 'decide',
  reject: 'decide',
  return: 'decide',
};
const HOLDS: Record<'apply' | 'review' | 'decide', Who[]> = {
  apply: ['owner', 'otherOrg', 'applicant'],
  review: ['supervisor', 'otherSupervisor'],
  decide: ['countyClerk', 'cityClerk', 'siblingClerk'],
};

/** The expected answer, written from the rules rather than from the code. */
function expected(who: Who, state: State, action: ApplicationAction): [number, string | null] {
  if (!HOLDS[ROUTE_PERMISSION[action]].includes(who)) return [403, 'FORBIDDEN'];
  const readers: Who[] = state === 'draft' ? ['owner'] : ['owner', 'supervisor', 'countyClerk', 'cityClerk'];
  if (!readers.includes(who)) return [404, 'NOT_FOUND'];
  if (ROUTE_PERMISSION[action] === 'decide' && who === 'cityClerk') return [403, 'OUT_OF_DECISION_SCOPE'];
  const allowedIn: Record<ApplicationAction, State[]> = {
    edit: ['draft', 'returned'],
    submit: ['draft', 'returned'],
    withdraw: ['draft', 'supervisor', 'authority', 'returned'],
    'supervisor-approve': ['supervisor'],
    'supervisor-return': ['supervisor'],
    approve: ['authority'],
    reject: ['authority'],
    return: ['authority'],
  };
  return allowedIn[action].includes(state) ? [200, null] : [409, 'CONFLICT'];
}

const AFTER: Partial<Record<ApplicationAction, [string, string | null]>> = {
  submit: ['submitted', 'supervisor'],
  withdraw: ['withdrawn', null],
  'supervisor-approve': ['submitted', 'authority'],
  'supervisor-return': ['returned', null],
  approve: ['approved', null],
  reject: ['rejected', null],
  return: ['returned', null],
};

function attempt(c: TestClient, a: TApplicationDetail, action: ApplicationAction) {
  const body = { version: a.version, comment: '请补充材料', reason: '不符合条件' };
  if (action === 'edit')
    return c.put(`/api/applications/${a.id}`, {
      kind: 'responsible_person',
      version: a.version,
      data,
      attachments: [],
    });
  return post(c, a.id, action, action === 'reject' ? { version: a.version, reason: body.reason } : body);
}

describe(`workflow transitions: every state × action × role (${ENGINE})`, () => {
  for (const state of STATES) {
    it(`in state ${state}`, async () => {
      for (const action of ACTIONS) {
        const a = await inState(state);
        const order = [...ROLES].sort((x, y) =>
          expected(x, state, action)[0] === 200 ? 1 : expected(y, state, action)[0] === 200 ? -1 : 0,
        );
        for (const who of order) {
          const [status, code] = expected(who, state, action);
          const res = await attempt(as[who]!, a, action);
          expect(res.statusCode, `${state} ${action} by ${who}: ${res.body}`).toBe(status);
          if (code) expect(res.json().code, `${state} ${action} by ${who}`).toBe(code);
          const now = await ok(as.owner!.get(`/api/applications/${a.id}`));
          if (status !== 200) {
            expect(now.version, `${state} ${action} by ${who} changed nothing`).toBe(a.version);
          } else {
            expect([now.status, now.step], `${state} ${action} by ${who}`).toEqual(AFTER[action] ?? [a.status, a.step]);
          }
        }
      }
    });
  }

  it('offers each reader exactly the buttons the table allows', async () => {
    for (const state of STATES) {
      const a = await inState(state);
      for (const who of ['owner', 'supervisor', 'countyClerk', 'cityClerk'] as const) {
        const res = await as[who]!.get(`/api/applications/${a.id}`);
        if (state === 'draft' && who !== 'owner') {
          expect(res.statusCode).toBe(404);
          continue;
        }
        const allowed = ACTIONS.filter((x) => expected(who, state, x)[0] === 200);
        expect(res.json().allowedActions, `${state} ${who}`).toEqual(allowed);
      }
    }
  });
});
