import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app';
import { ENGINE } from '../../support/database';
import { newOrg, openCase } from './cases-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe(`case intake for other parts (${ENGINE})`, () => {
  it('opens one case per source record and reports where it stands', async () => {
    const orgId = await newOrg(t);
    const a = await openCase(t, orgId, 'spot_check:41');
    const again = await openCase(t, orgId, 'spot_check:41');
    expect(again.caseId).toBe(a.caseId);
    const status = await t.services.supervision.cases.sourceStatus(['spot_check:41', 'spot_check:404']);
    expect([...status.keys()]).toEqual(['spot_check:41']);
    expect(status.get('spot_check:41')).toEqual({
      caseId: a.caseId,
      status: 'open',
      closedOn: null,
      substantiated: null,
    });
  });

  it('with a rectification, opens with a numbered 责令改正通知书 due on that date', async () => {
    const orgId = await newOrg(t);
    const { caseId } = await openCase(t, orgId, 'spot_check:42', {
      rectification: { deadline: '2026-04-30', requirement: '补报2025年度财务审计报告' },
    });
    const measures = await t.db
      .selectFrom('supervisionCaseMeasures')
      .selectAll()
      .where('caseId', '=', caseId)
      .execute();
    expect(measures.map((m) => [m.kind, m.deadline, m.status])).toEqual([
      ['rectification_order', '2026-04-30', 'issued'],
    ]);
    expect(measures[0]!.documentNumber).toMatch(/^云民改〔2026〕\d+号$/);
    const status = await t.services.supervision.cases.sourceStatus(['spot_check:42']);
    expect(status.get('spot_check:42')?.status).toBe('in_progress');
  });
});
