import { fromJson } from '../../src/db/dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { ENGINE } from '../support/database';
import { chinaNoon, listingsOf, newOrg, penalty, publish, ref } from './lists-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(chinaNoon('2026-06-01'));
});
afterAll(() => t.close());

const records = (orgId: number) =>
  t.db
    .selectFrom('creditRecords')
    .select(['subtype', 'occurredOn', 'sourceRef'])
    .where('orgId', '=', orgId)
    .orderBy('id')
    .execute();

describe(`the lists' consumer turns events into records and listings (${ENGINE})`, () => {
  it('annual report overdue → abnormal item 1; redelivery adds nothing; the report filed later fulfils it', async () => {
    const orgId = await newOrg(t);
    const payload = { ...(await ref(t, orgId)), year: 2025, deadline: '2026-05-31' };
    await publish(t, 'annual_report_overdue', payload);
    await publish(t, 'annual_report_overdue', payload);
    expect(await records(orgId)).toEqual([
      { subtype: 'annual_overdue', occurredOn: '2026-06-01', sourceRef: 'annual_report_overdue:2025' },
    ]);
    let [l] = await listingsOf(t, orgId);
    expect(l).toMatchObject({
      list: 'abnormal',
      status: 'active',
      listedOn: '2026-06-01',
      autoRemoveOn: null,
      moveOn: '2028-06-01',
    });
    expect(l!.grounds).toEqual(['annual_report']);

    await publish(t, 'annual_report_submitted', {
      ...(await ref(t, orgId)),
      reportId: 9001,
      year: 2025,
      submittedAt: '2026-06-10T03:00:00.000Z',
    });
    const [g] = await t.db.selectFrom('creditListingGrounds').selectAll().where('listingId', '=', l!.id).execute();
    expect(g!.fulfilledOn).toBe('2026-06-10');
    [l] = await listingsOf(t, orgId);
    expect(l!.status).toBe('active'); // the organization applies; nothing leaves by itself
  });

  it('rectification overdue → abnormal item 3, joining the active listing and restarting its clock', async () => {
    const orgId = await newOrg(t);
    t.clock.set(chinaNoon('2026-06-02'));
    await penalty(t, orgId, '2026-06-01');
    t.clock.set(chinaNoon('2026-07-15'));
    await publish(t, 'rectification_overdue', {
      ...(await ref(t, orgId)),
      caseId: null,
      measureId: 77,
      measure: 'rectification_order',
      deadline: '2026-07-10',
    });
    const [l] = await listingsOf(t, orgId);
    expect(l).toMatchObject({
      listedOn: '2026-06-02',
      clockStart: '2026-07-15',
      autoRemoveOn: null,
      moveOn: '2028-06-02',
    });
    expect(l!.grounds).toEqual(['minor_penalty', 'rectification_overdue']);
    t.clock.set(chinaNoon('2026-06-01'));
  });

  it('a warning → abnormal item 5 with auto removal after 6 months; a fine of ¥50,000 → dishonest item 4', async () => {
    const orgId = await newOrg(t);
    await penalty(t, orgId, '2026-05-20', ['warning']);
    let ls = await listingsOf(t, orgId);
    expect(ls).toMatchObject([{ list: 'abnormal', autoRemoveOn: '2026-12-01', grounds: ['minor_penalty'] }]);
    await penalty(t, orgId, '2026-05-25', ['fine'], 5_000_000);
    ls = await listingsOf(t, orgId);
    // ¥50,000 is not a minor penalty, so the first warning stands alone: no repeated-penalties ground.
    expect(ls.map((l) => [l.list, l.grounds])).toEqual([
      ['abnormal', ['minor_penalty']],
      ['dishonest', ['large_fine']],
    ]);
    expect(ls[1]).toMatchObject({ removableFrom: '2028-06-01', moveOn: null });
  });

  it('限期停止活动 → dishonest item 3', async () => {
    const orgId = await newOrg(t);
    await penalty(t, orgId, '2026-05-20', ['suspension']);
    expect((await listingsOf(t, orgId)).map((l) => [l.list, l.grounds])).toEqual([['dishonest', ['suspension']]]);
  });

  it('two minor penalties: the day before 3 years is repeated (dishonest item 5), the day of 3 years is not', async () => {
    const within = await newOrg(t);
    await penalty(t, within, '2023-06-01', ['warning']);
    await penalty(t, within, '2026-05-31', ['fine'], 100_000);
    expect((await listingsOf(t, within)).map((l) => [l.list, l.grounds])).toEqual([
      ['abnormal', ['minor_penalty', 'minor_penalty']],
      ['dishonest', ['repeated_penalties']],
    ]);
    const apart = await newOrg(t);
    await penalty(t, apart, '2023-06-01', ['warning']);
    await penalty(t, apart, '2026-06-01', ['warning']);
    expect((await listingsOf(t, apart)).map((l) => l.list)).toEqual(['abnormal']);
  });

  it('penalties by another department count, entered through POST /api/credit-penalties', async () => {
    const orgId = await newOrg(t);
    const clerk = await t.client().as('yy-clerk');
    const res = await clerk.post('/api/credit-penalties', {
      orgId,
      decisionNumber: '云市监罚〔2026〕8号',
      kinds: ['fine'],
      fineFen: 6_000_000,
      decidedOn: '2026-05-30',
      decidedBy: '云阳县市场监督管理局',
    });
    expect(res.statusCode, res.body).toBe(201);
    await t.services.eventDispatcher.drain();
    expect((await listingsOf(t, orgId)).map((l) => [l.list, l.grounds])).toEqual([['dishonest', ['large_fine']]]);
    const profile = (await clerk.get(`/api/credit-profiles/${orgId}`)).json();
    expect(profile.records[0]).toMatchObject({
      subtype: 'penalty',
      kindLabel: '行政处罚信息',
      title: expect.stringContaining('云阳县市场监督管理局'),
    });
  });

  it('revocation lists once although the penalty and the register both tell; deregistration takes it off', async () => {
    const orgId = await newOrg(t);
    await penalty(t, orgId, '2026-05-28', ['revocation']);
    await publish(t, 'org_revoked', {
      ...(await ref(t, orgId)),
      revokedOn: '2026-05-28',
      ground: '连续两年未参加年检',
      penaltyId: null,
    });
    await publish(t, 'org_certificate_withdrawn', {
      ...(await ref(t, orgId)),
      withdrawnOn: '2026-05-28',
      ground: '同上',
      penaltyId: null,
    });
    let ls = await listingsOf(t, orgId);
    expect(ls.map((l) => [l.list, l.status, l.grounds, l.removableFrom])).toEqual([
      ['dishonest', 'active', ['revoked'], null],
    ]);
    await publish(t, 'org_deregistered', {
      ...(await ref(t, orgId)),
      deregisteredOn: '2026-06-01',
      applicationId: null,
    });
    ls = await listingsOf(t, orgId);
    expect(ls[0]).toMatchObject({
      status: 'removed',
      removalReason: 'deregistration_completed',
      removedOn: '2026-06-01',
    });
  });

  it('facts without a listing are recorded with their subtype (for the score and dormant detection)', async () => {
    const orgId = await newOrg(t);
    const r = await ref(t, orgId);
    await publish(t, 'activity_published', {
      ...r,
      activityId: 5,
      title: '社区义诊',
      publishedAt: '2026-05-01T02:00:00.000Z',
    });
    await publish(t, 'annual_inspection_concluded', {
      ...r,
      reportId: 31,
      year: 2025,
      conclusion: 'pass',
      concludedOn: '2026-05-20',
    });
    await publish(t, 'org_revocation_candidate', { ...r, year: 2025, ground: '连续两年未参加年检' });
    await publish(t, 'spot_check_concluded', {
      ...r,
      planId: 2,
      checkId: 9,
      concludedOn: '2026-06-03',
      problemsFound: true,
      title: '2026年度定期抽查',
    });
    await publish(t, 'complaint_substantiated', {
      ...r,
      complaintId: 4,
      caseId: 6,
      decidedOn: '2026-06-10',
      summary: '违规收取会费',
    });
    const all = await t.db
      .selectFrom('creditRecords')
      .select(['subtype', 'title', 'data'])
      .where('orgId', '=', orgId)
      .orderBy('id')
      .execute();
    expect(all.map((x) => x.subtype)).toEqual([
      'activity',
      'annual_concluded',
      'revocation_candidate',
      'spot_check',
      'complaint',
    ]);
    // The score's providers read these fields of the record's data.
    expect(fromJson(all[3]!.data)).toMatchObject({ problemsFound: true, title: '2026年度定期抽查' });
    expect(all[3]!.title).toBe('双随机抽查：发现问题（2026年度定期抽查）');
    expect(all[4]!.title).toBe('投诉举报经查属实：违规收取会费');
    expect(await listingsOf(t, orgId)).toEqual([]);
  });
});
