import type { Kysely } from 'kysely';
import { addChinaDays } from '@shezu/contracts';
import type { DB } from '../db/schema';
import type { Services } from '../services';
import { chinaDate, type Clock } from '../platform/clock';
import { actorFor, type AuthUser } from '../platform/auth/auth-user';
import { toAuthUser } from '../modules/accounts/auth.service';
import { AccountsRepository } from '../modules/accounts/accounts.repository';
import type { OrgRecord } from '../modules/orgs/orgs.repository';

/** Other departments' decisions, as a clerk would enter them (the penalties reach the lists through events). */
const DEPARTMENTS: Record<string, { market: string; emergency: string }> = {
  yy: { market: '云阳县市场监督管理局', emergency: '云阳县应急管理局' },
  qz: { market: '衢州市市场监督管理局', emergency: '衢州市应急管理局' },
};

/**
 * Credit in the demo, entered through the credit services as the two bureaus' clerks would: a warning by
 * another department (活动异常名录, leaves after 6 months), a large fine (严重违法失信名单), two warnings
 * within 3 years (both lists), and an organization unreachable after two unsigned registered letters. Then
 * every demo organization gets its score. Reports that miss the annual deadline reach the abnormal list on
 * their own when the deadline job runs. Organizations with a demo account are left clean for the visitor.
 */
export async function seedDemoCredit(services: Services, db: Kysely<DB>, clock: Clock): Promise<void> {
  const today = chinaDate(clock.now());
  const withAccounts = new Set(
    (await db.selectFrom('users').select('orgId').where('orgId', 'is not', null).execute()).map((u) => u.orgId),
  );
  const accounts = new AccountsRepository(db);
  for (const [prefix, authority] of [
    ['yy', '500235'],
    ['qz', '3308'],
  ] as const) {
    const rec = await accounts.findByUsername(`${prefix}-clerk`);
    if (!rec) continue;
    const user = toAuthUser(rec);
    const actor = actorFor(user, { requestId: 'demo-seed', ip: null });
    const orgs = (await services.orgsQuery.registeredBy(authority)).filter(
      (o) => o.status === 'registered' && !withAccounts.has(o.id) && o.uscc,
    );
    const pick = spread(orgs, 5);
    if (pick.length < 5) continue;
    const dept = DEPARTMENTS[prefix]!;
    const penalty = (o: OrgRecord, no: string, kinds: ('warning' | 'fine')[], fineFen: number | null, days: number) =>
      services.credit.creditLists.penalty(user, actor, {
        orgId: o.id,
        decisionNumber: no,
        kinds,
        fineFen,
        confiscatedFen: null,
        decidedOn: addChinaDays(today, -days),
        decidedBy: kinds.includes('warning') ? dept.emergency : dept.market,
      });
    const year = today.slice(0, 4);
    await penalty(pick[0]!, `${prefix === 'yy' ? '云' : '衢'}应急罚〔${year}〕3号`, ['warning'], null, 40);
    await penalty(pick[1]!, `${prefix === 'yy' ? '云' : '衢'}市监罚〔${year}〕17号`, ['fine'], 8_000_000, 100);
    await penalty(pick[2]!, `${prefix === 'yy' ? '云' : '衢'}应急罚〔${+year - 1}〕9号`, ['warning'], null, 400);
    await penalty(pick[2]!, `${prefix === 'yy' ? '云' : '衢'}市监罚〔${year}〕5号`, ['fine'], 300_000, 60);
    await unreachable(services, user, actor, pick[3]!, today);
  }
  // The penalties above were published as events: deliver them now so the lists and scores exist at start.
  await services.eventDispatcher.drain();
  const ids = (await db.selectFrom('organizations').select('id').where('status', '=', 'registered').execute()).map(
    (o) => o.id,
  );
  for (let i = 0; i < ids.length; i += 500) {
    await db.transaction().execute((trx) => services.credit.creditScores.recompute(trx, ids.slice(i, i + 500), 'demo'));
  }
}

/** Two unsigned registered letters 30 days apart, then the listing on ground (6). */
async function unreachable(
  services: Services,
  user: AuthUser,
  actor: ReturnType<typeof actorFor>,
  org: OrgRecord,
  today: string,
): Promise<void> {
  const first = addChinaDays(today, -75);
  const second = addChinaDays(today, -45);
  for (const [i, sentOn] of [first, second].entries()) {
    await services.credit.creditLists.letter(user, actor, {
      orgId: org.id,
      sentOn,
      trackingNo: `XA${sentOn.replaceAll('-', '')}${org.id}${i}`,
      signed: false,
      note: '登记住所查无此单位，邮件退回',
    });
  }
  await services.credit.creditLists.create(user, actor, {
    orgId: org.id,
    list: 'abnormal',
    ground: 'unreachable',
    occurredOn: addChinaDays(today, -14),
    detail: `${first}、${second}两次向登记住所邮寄专用信函均无人签收，通过登记的住所无法取得联系。`,
    evidence: [],
  });
}

/** n organizations spread over the register (not the first n, which the browser tests use). */
function spread<T>(items: T[], n: number): T[] {
  if (items.length < n * 3) return [];
  const step = Math.floor(items.length / (n + 1));
  return Array.from({ length: n }, (_, i) => items[(i + 1) * step]!);
}
