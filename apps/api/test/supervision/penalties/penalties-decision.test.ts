import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { chinaNoon, decided, listingsOf, newOrg, reviewerOf } from './penalties-helpers';

let t: TestApp;
let clerk: TestClient;
let reviewer: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  const reviewerName = await reviewerOf(t);
  t.clock.set(chinaNoon('2026-06-01'));
  clerk = await t.client().as('yy-clerk');
  reviewer = await t.client().as(reviewerName);
});
afterAll(() => t.close());

type Step = { step: string; documentId: number | null };
const docOf = (p: { steps: Step[] }, step: string) => p.steps.find((s) => s.step === step)!.documentId!;

describe(`penalty decision (${ENGINE})`, () => {
  it('issues a numbered decision stating the remedies, downloadable, and reaches credit through penalty_decided', async () => {
    const orgId = await newOrg(t);
    const p = await decided(t, clerk, reviewer, orgId, ['warning']);
    const doc = (await clerk.get(`/api/documents/${docOf(p, 'decision')}`)).json();
    expect(doc).toMatchObject({ kind: 'penalty_decision', number: p.decisionNumber });
    expect(doc.fields.rights).toContain('六十日内向云阳县人民政府申请行政复议');
    expect(doc.fields.rights).toContain('六个月内向云阳县人民法院提起行政诉讼');
    expect(doc.fields.penalty).toBe('警告');
    const pdf = await clerk.get(`/api/documents/${docOf(p, 'decision')}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await clerk.get(`/api/documents/${docOf(p, 'prior_notice')}/docx`)).statusCode).toBe(200);

    // Published in the decision's transaction; credit lists the organization once the event is delivered.
    const events = await t.db
      .selectFrom('outboxEvents')
      .select(['name', 'payload'])
      .where('name', '=', 'penalty_decided')
      .execute();
    const mine = events
      .map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload))
      .filter((x: { penaltyId: number }) => x.penaltyId === p.id);
    expect(mine).toEqual([expect.objectContaining({ orgId, kinds: ['warning'], decisionNumber: p.decisionNumber })]);
    await t.services.eventDispatcher.drain();
    const listings = await listingsOf(t, orgId);
    expect(listings).toMatchObject([{ list: 'abnormal', status: 'active', grounds: ['minor_penalty'] }]);
    const profile = (await clerk.get(`/api/credit-profiles/${orgId}`)).json();
    expect(JSON.stringify(profile)).toContain(p.decisionNumber);
  });

  it('a revocation revokes through the register: status, announcement, org_revoked with the penalty', async () => {
    const orgId = await newOrg(t);
    const p = await decided(t, clerk, reviewer, orgId, ['revocation']);
    expect(p.hearingDue).toBe(true);
    const org = (await t.services.orgsQuery.facts(orgId))!;
    expect(org).toMatchObject({ status: 'revoked', statusDate: '2026-06-01' });
    expect(org.statusReason).toContain(p.decisionNumber);
    const ann = await t.db.selectFrom('announcements').selectAll().where('orgId', '=', orgId).execute();
    expect(ann).toMatchObject([{ title: expect.stringContaining('撤销登记'), publishedOn: '2026-06-01' }]);
    const revoked = await t.db.selectFrom('outboxEvents').select('payload').where('name', '=', 'org_revoked').execute();
    expect(
      revoked
        .map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload))
        .filter((x) => x.orgId === orgId),
    ).toMatchObject([{ penaltyId: p.id }]);
    await t.services.eventDispatcher.drain();
    expect(await listingsOf(t, orgId)).toMatchObject([{ list: 'dishonest', grounds: ['revoked'] }]);
    // A revoked organization cannot be filed again.
    const again = await clerk.post('/api/penalties', { orgId, title: '再次立案', facts: '…' });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields.orgId).toContain('不在登记状态');
  });

  it('吊销 withdraws the certificate through the register', async () => {
    const orgId = await newOrg(t);
    await decided(t, clerk, reviewer, orgId, ['certificate_withdrawal']);
    expect((await t.services.orgsQuery.facts(orgId))!.status).toBe('withdrawn');
  });

  it('service needs the receipt; then execution and closing', async () => {
    const orgId = await newOrg(t);
    const p = await decided(t, clerk, reviewer, orgId, ['fine'], { fineFen: 300_000 });
    const { ok, step, evidence } = await import('./penalties-helpers');
    const noReceipt = await step(clerk, p.id, 'service', { servedOn: '2026-06-01', method: 'direct', receipt: [] });
    expect(noReceipt.json().fields.receipt).toBe('请上传送达回证');
    const receipt = await evidence(clerk, '送达回证.pdf');
    expect(
      (await ok(clerk, p.id, 'service', { servedOn: '2026-06-01', method: 'mail', receipt: [receipt] })).status,
    ).toBe('served');
    expect(
      (await ok(clerk, p.id, 'execution', { executedOn: '2026-06-01', note: '罚款已缴纳', files: [] })).status,
    ).toBe('executed');
    const closed = await ok(clerk, p.id, 'close', { note: '处罚决定执行完毕' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-06-01', nextActions: [] });
    expect(closed.steps.map((s: Step) => s.step)).toEqual([
      'filed',
      'investigation',
      'prior_notice',
      'statement',
      'review',
      'decision',
      'service',
      'execution',
      'close',
    ]);
    const file = await clerk.get(`/api/files/${receipt}`);
    expect(file.statusCode).toBe(200);
    const other = await t.client().as('qz-kc-clerk');
    expect((await other.get(`/api/files/${receipt}`)).statusCode).toBe(404);
  });
});
