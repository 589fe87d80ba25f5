import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Services } from '../services';
import { chinaDate, type Clock } from '../platform/clock';
import { actorFor } from '../platform/auth/auth-user';
import { toAuthUser } from '../modules/accounts/auth.service';
import { AccountsRepository } from '../modules/accounts/accounts.repository';

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Coordinated cases in the demo, entered by 云阳's clerk through the cases service: a referral from the market
 * regulator about the demo organization account's own organization, with a 责令改正通知书 it can answer on
 * /my-supervision and a task for 云阳县市场监督管理局 (yy-partner sees it on /case-tasks); and a 工作提醒函 on
 * the case the demo complaint opened.
 */
export async function seedDemoCases(services: Services, db: Kysely<DB>, clock: Clock): Promise<void> {
  const rec = await new AccountsRepository(db).findByUsername('yy-clerk');
  const orgAccount = await new AccountsRepository(db).findByUsername('yy-org');
  const market = await db
    .selectFrom('units')
    .select('id')
    .where('name', '=', '云阳县市场监督管理局')
    .executeTakeFirst();
  if (!rec || !orgAccount?.orgId || !market) return;
  const user = toAuthUser(rec);
  const actor = actorFor(user, { requestId: 'demo-seed', ip: null });
  const today = chinaDate(clock.now());
  const { supervisionCases: cases, caseMeasures: measures } = services.supervision;

  const { id } = await cases.create(user, actor, {
    orgId: orgAccount.orgId,
    source: 'referral',
    sourceRef: '云阳市监移〔2026〕3号',
    title: '市场监管部门移送：培训收费未公示',
    detail: '县市场监督管理局在检查中发现，该协会组织会员企业参加职业技能培训并收取费用，收费标准未按规定公示。',
    partnerUnitIds: [market.id],
    partnerRequest: '请核实培训收费金额及收费依据，反馈核查意见。',
    partnerDeadline: addDays(today, 15),
  });
  await measures.issue(user, actor, id, {
    kind: 'rectification_order',
    deadline: addDays(today, 30),
    requirement: '公示培训收费标准和依据，对不符合规定的收费予以清退，并书面报告整改情况。',
  });

  const fromComplaint = await db
    .selectFrom('supervisionCases')
    .select('id')
    .where('source', '=', 'complaint')
    .orderBy('id')
    .executeTakeFirst();
  if (fromComplaint)
    await measures.issue(user, actor, fromComplaint.id, {
      kind: 'reminder_letter',
      deadline: addDays(today, 20),
      requirement: '请你单位依照章程按期召开会员大会，完成换届，并公开年度财务情况。',
    });
}
