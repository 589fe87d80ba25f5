import type { Kysely } from 'kysely';
import { addChinaDays } from '@shezu/contracts';
import type { DB } from '../db/schema';
import type { Services } from '../services';
import { chinaDate, type Clock } from '../platform/clock';
import { actorFor } from '../platform/auth/auth-user';
import { toAuthUser } from '../modules/accounts/auth.service';
import { AccountsRepository } from '../modules/accounts/accounts.repository';

const PLACES: Record<string, { name: string; region: string; where: string }> = {
  yy: { name: '云阳县国学文化研究总会', region: '500235001', where: '双江街道某写字楼' },
  qz: { name: '衢州市传统文化促进总会', region: '330802006', where: '府山街道某商务楼' },
};

/**
 * Risk warnings and illegal organizations in the demo, entered through their services as each bureau's clerk
 * would: a warning to the demo organization account's organization (for the visitor to answer on
 * /my-supervision), and one banned illegal organization on the public warning list.
 */
export async function seedDemoWarnings(services: Services, db: Kysely<DB>, clock: Clock): Promise<void> {
  const today = chinaDate(clock.now());
  const accounts = new AccountsRepository(db);
  const { riskWarnings, illegalOrgs } = services.supervision;
  for (const prefix of ['yy', 'qz'] as const) {
    const rec = await accounts.findByUsername(`${prefix}-clerk`);
    if (!rec) continue;
    const user = toAuthUser(rec);
    const actor = actorFor(user, { requestId: 'demo-seed', ip: null });
    const visitor = await db
      .selectFrom('users')
      .select('orgId')
      .where('username', '=', `${prefix}-org`)
      .where('orgId', 'is not', null)
      .executeTakeFirst();
    if (visitor?.orgId)
      await riskWarnings.create(user, actor, {
        orgId: visitor.orgId,
        level: 'hint',
        reason: '门户网站信息公开栏目超过半年未更新，请核实并说明',
        target: 'org',
      });
    const place = PLACES[prefix]!;
    const r = await illegalOrgs.create(user, actor, {
      name: place.name,
      regionCode: place.region,
      source: 'public',
      reportedOn: addChinaDays(today, -20),
      activities: '未经登记以社会团体名义发展会员、收取会费、颁发证书',
      places: place.where,
      evidence: [],
    });
    await illegalOrgs.addNote(user, actor, r.id, {
      text: '现场检查：未在民政部门登记，正在招募会员',
      notedOn: addChinaDays(today, -10),
    });
    const found = await illegalOrgs.find(user, actor, r.id, {
      illegal: true,
      finding: '未经登记，擅自以社会团体名义进行活动，属于非法社会组织',
      foundOn: addChinaDays(today, -5),
    });
    await illegalOrgs.ban(user, actor, r.id, {
      decision:
        '依据《社会团体登记管理条例》第三十五条和《取缔非法民间组织暂行办法》，决定予以取缔，收缴其印章和资料。',
      publicSummary: '未经登记擅自以社会团体名义发展会员、收取会费、颁发证书',
      publish: true,
      version: found.version,
    });
  }
}
