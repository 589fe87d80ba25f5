import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Services } from '../services';
import type { Clock } from '../platform/clock';
import { actorFor } from '../platform/auth/auth-user';
import { toAuthUser } from '../modules/accounts/auth.service';
import { AccountsRepository } from '../modules/accounts/accounts.repository';

const META = { ip: null, userAgent: 'demo-seed', requestId: 'demo-seed' };

/**
 * Complaints in the demo, filed through the public form's service and triaged by 云阳's clerk: one still to
 * handle, one about an unregistered 国学院 answered, one about a registered organization turned into a case.
 */
export async function seedDemoComplaints(services: Services, db: Kysely<DB>, clock: Clock): Promise<void> {
  void clock;
  const rec = await new AccountsRepository(db).findByUsername('yy-clerk');
  if (!rec) return;
  const user = toAuthUser(rec);
  const actor = actorFor(user, { requestId: 'demo-seed', ip: null });
  const withAccounts = new Set(
    (await db.selectFrom('users').select('orgId').where('orgId', 'is not', null).execute()).map((u) => u.orgId),
  );
  const orgs = (await services.orgsQuery.registeredBy('500235')).filter(
    (o) => o.status === 'registered' && o.uscc && !withAccounts.has(o.id),
  );
  const [a, b] = orgs.slice(-2);
  if (!a || !b) return;
  const { complaints, complaintFiling: filing } = services.supervision;
  const idOf = async (trackingNo: string) =>
    (await db.selectFrom('complaints').select('id').where('trackingNo', '=', trackingNo).executeTakeFirstOrThrow()).id;

  await filing.file(META, {
    orgUscc: a.uscc!,
    category: 'illegal_fees',
    content: '该协会以年度评比为名向会员企业收取“评比费”每家3000元，不交费不给评优。',
    contactName: '陈先生',
    contactPhone: '13983000001',
  });
  const unregistered = await filing.file(META, {
    orgName: '云阳县某某国学院',
    regionCode: '500235001',
    category: 'unregistered',
    content: '双江街道有一家“国学院”对外招收学员收取学费，门口挂着社会组织的牌子，查不到登记信息。',
  });
  const id = await idOf(unregistered.trackingNo);
  await complaints.reply(user, actor, id, {
    reply: '经核查，该机构未在我局登记，已作为非法社会组织线索立案调查，感谢您的反映。',
    version: 1,
  });
  const kase = await filing.file(META, {
    orgUscc: b.uscc!,
    category: 'governance',
    content: '该组织连续两年未召开会员大会，负责人超期任职，财务不公开。',
    contactPhone: '13983000002',
  });
  await complaints.openCase(user, actor, await idOf(kase.trackingNo), {
    title: '会员大会未按期召开、负责人超期任职',
    version: 1,
  });
}
