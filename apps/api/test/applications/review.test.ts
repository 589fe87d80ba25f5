import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TApplicationDetail, TApplicationSummary } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../support/app';
import { ENGINE } from '../support/database';
import { unitIdByName } from '../support/fixtures';
import { founder, foundingData, ok } from '../support/applications';
import { upload } from '../files/multipart';
import { samples } from '../files/samples';

let t: TestApp;
let clerk: TestClient;
let supervisor: TestClient;
let edu: number;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
  supervisor = await t.client().as('yy-supervisor');
  edu = await unitIdByName(t.db, '云阳县教育委员会');
});
afterAll(() => t.close());

const act = (c: TestClient, a: TApplicationDetail, action: string, body: object = {}) =>
  ok(c.post(`/api/applications/${a.id}/${action}`, { version: a.version, ...body }));
const draft = (c: TestClient, data: Record<string, unknown>, attachments: object[] = []) =>
  ok(c.post('/api/applications', { kind: 'establishment', data, attachments }), 201);
const ids = (items: TApplicationSummary[]) => items.map((x) => x.id);
/** Sessions end when the clock jumps months: log in again. */
async function relogin(...pairs: [TestClient, string][]) {
  for (const [c, username] of pairs) await c.as(username);
}

describe(`return, correct, resubmit: every version kept, the differences shown (${ENGINE})`, () => {
  it('keeps both submissions and lists what changed, personal data masked', async () => {
    const me = await founder(t, 'founder-r');
    const file1 = (await upload(me, 'application_attachment', '场所证明.pdf', samples.pdf)).json();
    const data = foundingData({ categoryCode: 'education', supervisorUnitId: edu, staffCount: 3 });
    let a = await draft(me, data, [{ fileId: file1.id, role: 'venue_proof' }]);
    expect(a.attachments).toEqual([
      {
        fileId: file1.id,
        role: 'venue_proof',
        name: '场所证明.pdf',
        mime: 'application/pdf',
        size: samples.pdf.length,
      },
    ]);
    a = await act(me, a, 'submit');
    // The reviewers read the attachment; a stranger does not.
    expect((await supervisor.get(`/api/files/${file1.id}/content`)).statusCode).toBe(200);
    expect((await (await founder(t, 'nosy')).get(`/api/files/${file1.id}/content`)).statusCode).toBe(404);

    const blank = await supervisor.post(`/api/applications/${a.id}/supervisor-return`, { version: a.version });
    expect(blank.json().fields).toEqual({ comment: expect.stringContaining('') });
    a = await act(supervisor, a, 'supervisor-return', { comment: '请补充专职工作人员名单' });
    expect(a).toMatchObject({ status: 'returned', step: null, dueDate: null });
    const correction = (await me.get('/api/todos?kind=application_correction')).json().items;
    expect(correction).toEqual([
      expect.objectContaining({ title: expect.stringContaining('请补充专职工作人员名单'), assignee: 'user' }),
    ]);

    const stale = await me.put(`/api/applications/${a.id}`, {
      kind: 'establishment',
      version: a.version - 1,
      data,
      attachments: [],
    });
    expect(stale.statusCode).toBe(409);
    const file2 = (await upload(me, 'application_attachment', '工作人员名单.pdf', samples.pdf)).json();
    const { legalRepIdNumber: _keep, ...withoutId } = data;
    a = await ok(
      me.put(`/api/applications/${a.id}`, {
        kind: 'establishment',
        version: a.version,
        data: { ...withoutId, staffCount: 5, legalRepPhone: '13900001111' },
        attachments: [
          { fileId: file1.id, role: 'venue_proof' },
          { fileId: file2.id, role: 'other' },
        ],
      }),
    );
    // Personal data left out of the request is kept.
    expect(a.data.legalRepIdNumber).toBe('500***********1239');
    a = await act(me, a, 'submit');
    expect(a).toMatchObject({ status: 'submitted', step: 'supervisor', submissionNo: 2 });
    expect((await me.get('/api/todos?kind=application_correction')).json().items).toEqual([]);
    expect(a.versions.map((v) => v.no)).toEqual([1, 2]);
    expect(a.versions[0]!.changes).toEqual([]);
    expect(a.versions[1]!.changes).toEqual([
      { field: 'legalRepPhone', before: '***', after: '***' },
      { field: 'staffCount', before: 3, after: 5 },
      {
        field: 'attachments',
        before: [{ fileId: file1.id, role: 'venue_proof' }],
        after: [
          { fileId: file1.id, role: 'venue_proof' },
          { fileId: file2.id, role: 'other' },
        ],
      },
    ]);
    const diff = await ok(clerk.get(`/api/applications/${a.id}/diff?from=1&to=2`));
    expect(diff).toEqual(a.versions[1]!.changes);
    expect((await clerk.get(`/api/applications/${a.id}/diff?from=1&to=3`)).json().fields).toEqual({
      to: '没有第3次提交的版本',
    });
    expect(a.history.map((h) => [h.action, h.submissionNo, h.comment])).toEqual([
      ['created', 0, null],
      ['submitted', 1, null],
      ['supervisor_returned', 1, '请补充专职工作人员名单'],
      ['resubmitted', 2, null],
    ]);
    expect(a.history.every((h) => h.at && h.actorName)).toBe(true);
  });

  it('lets the authority return it too, and the applicant withdraw it while undecided', async () => {
    const me = await founder(t, 'founder-s');
    let a = await act(me, await draft(me, foundingData()), 'submit');
    a = await act(clerk, a, 'return', { comment: '住所证明不清晰' });
    expect(a.status).toBe('returned');
    a = await act(me, a, 'submit');
    expect(a.step).toBe('authority');
    a = await act(me, a, 'withdraw', { comment: '暂不申请' });
    expect(a).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    expect(
      (await clerk.get('/api/todos?kind=application_review')).json().items.map((x: { link: string }) => x.link),
    ).not.toContain(`/applications/${a.id}`);
    const after = await me.post(`/api/applications/${a.id}/submit`, { version: a.version });
    expect(after.statusCode).toBe(409);
    expect(after.json().message).toBe('该申请已撤回，不能提交');
  });
});

describe(`time limits in working days, to-dos and the overdue queue (${ENGINE})`, () => {
  it('counts working days over the National Day holiday, flags a year the calendar lacks, and flags overdue', async () => {
    const admin = await t.client().as('yy-admin');
    try {
      t.clock.set('2026-09-28T01:00:00.000Z');
      const me = await founder(t, 'founder-t');
      await relogin([clerk, 'yy-clerk'], [supervisor, 'yy-supervisor'], [admin, 'yy-admin']);
      let a = await act(
        me,
        await draft(me, foundingData({ categoryCode: 'education', supervisorUnitId: edu })),
        'submit',
      );
      // 20 working days after Monday 28 September: 1–7 October are holidays, Saturday 10 October is a workday.
      expect(a).toMatchObject({ dueDate: '2026-10-30', dueEstimated: false });

      const settings = (await admin.get('/api/registration-settings/500235')).json();
      await ok(
        admin.put('/api/registration-settings/500235', {
          preparationRequired: true,
          signUpApproval: false,
          supervisorDays: 20,
          authorityDays: 60,
          version: settings.version,
        }),
      );
      t.clock.set('2026-11-27T01:00:00.000Z');
      await relogin([me, 'founder-t'], [clerk, 'yy-clerk'], [supervisor, 'yy-supervisor'], [admin, 'yy-admin']);
      const overdue = (await supervisor.get('/api/applications?overdue=true')).json().items;
      expect(overdue.find((x: TApplicationSummary) => x.id === a.id)).toMatchObject({ overdue: true });
      expect(ids((await supervisor.get('/api/applications?overdue=false')).json().items)).not.toContain(a.id);
      const link = `/applications/${a.id}`;
      expect((await supervisor.get('/api/todos?overdue=true')).json().items).toContainEqual(
        expect.objectContaining({ link, overdue: true, dueDate: '2026-10-30' }),
      );
      a = await act(supervisor, a, 'supervisor-approve');
      // 60 working days from 27 November 2026 reach into 2027, which the calendar does not have yet.
      expect(a).toMatchObject({ step: 'authority', dueEstimated: true, overdue: false });
      const links = (r: { json(): { items: { link: string }[] } }) => r.json().items.map((x) => x.link);
      expect(links(await supervisor.get('/api/todos'))).not.toContain(link);
      expect(ids((await clerk.get('/api/applications?overdue=true')).json().items)).not.toContain(a.id);
      expect(ids((await clerk.get('/api/applications?overdue=false&step=authority')).json().items)).toContain(a.id);
      const todo = (await clerk.get('/api/todos?kind=application_review')).json().items;
      expect(todo).toContainEqual(expect.objectContaining({ dueDate: a.dueDate, link: `/applications/${a.id}` }));
      await ok(
        admin.put('/api/registration-settings/500235', {
          preparationRequired: true,
          signUpApproval: false,
          supervisorDays: 20,
          authorityDays: 20,
          version: settings.version + 1,
        }),
      );
    } finally {
      t.clock.set('2026-03-02T01:00:00.000Z');
    }
  });
});

describe(`queues per role (${ENGINE})`, () => {
  it('shows each role its own, keyset paged, with the "waiting for me" filter', async () => {
    const me = await founder(t, 'founder-q');
    await relogin([clerk, 'yy-clerk'], [supervisor, 'yy-supervisor']);
    const viaUnit = await act(
      me,
      await draft(me, foundingData({ categoryCode: 'education', supervisorUnitId: edu })),
      'submit',
    );
    const direct = await act(me, await draft(me, foundingData()), 'submit');
    const kept = await draft(me, foundingData());

    const mine = (await me.get('/api/applications')).json().items;
    expect(ids(mine)).toEqual([kept.id, direct.id, viaUnit.id]);
    expect(ids((await me.get('/api/applications?mine=true')).json().items)).toEqual([kept.id]);
    // Staff never see drafts; the unit sees only what is assigned to it.
    expect(ids((await clerk.get('/api/applications')).json().items)).not.toContain(kept.id);
    const unitMine = ids((await supervisor.get('/api/applications?mine=true')).json().items);
    expect(unitMine).toContain(viaUnit.id);
    expect(unitMine).not.toContain(direct.id);
    const clerkMine = ids((await clerk.get('/api/applications?mine=true')).json().items);
    expect(clerkMine).toContain(direct.id);
    expect(clerkMine).not.toContain(viaUnit.id);
    expect(ids((await clerk.get('/api/applications?step=supervisor')).json().items)).toContain(viaUnit.id);
    // Another region's bureau and another founder see none of it.
    const other = await t.client().as('qz-clerk');
    expect(ids((await other.get('/api/applications')).json().items)).not.toContain(direct.id);
    expect((await other.get(`/api/applications/${direct.id}`)).statusCode).toBe(404);
    expect((await (await founder(t, 'founder-q2')).get('/api/applications')).json().items).toEqual([]);

    const first = (await me.get('/api/applications?limit=2')).json();
    expect(ids(first.items)).toEqual([kept.id, direct.id]);
    const second = (await me.get(`/api/applications?limit=2&cursor=${first.nextCursor}`)).json();
    expect(ids(second.items)).toEqual([viaUnit.id]);
    expect(second.nextCursor).toBeNull();
    expect((await me.get('/api/applications?cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await me.get('/api/applications?kind=nonsense')).statusCode).toBe(400);
  });
});
