import sharp from 'sharp';
import type { Kysely } from 'kysely';
import { addChinaDays, type TActivityInput } from '@shezu/contracts';
import type { DB } from '../db/schema';
import type { Services } from '../services';
import { chinaDate, type Clock } from '../platform/clock';
import { actorFor, type AuthUser } from '../platform/auth/auth-user';
import { toAuthUser } from '../modules/accounts/auth.service';
import { AccountsRepository } from '../modules/accounts/accounts.repository';

/** A landscape picture of coloured shapes (no text: the demo needs no fonts), as a camera would send it. */
async function demoPhoto(hue: number, seed: number): Promise<Buffer> {
  const c = (h: number, l: number) => `hsl(${(hue + h) % 360},55%,${l}%)`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <rect width="1600" height="1000" fill="${c(0, 82)}"/>
    <rect y="640" width="1600" height="360" fill="${c(30, 48)}"/>
    <circle cx="${300 + seed * 170}" cy="260" r="120" fill="${c(180, 70)}"/>
    ${[0, 1, 2, 3, 4].map((i) => `<circle cx="${380 + i * 210}" cy="600" r="70" fill="${c(200 + i * 25, 40)}"/><rect x="${330 + i * 210}" y="660" width="100" height="190" rx="40" fill="${c(200 + i * 25, 35)}"/>`).join('')}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

const userOf = async (db: Kysely<DB>, username: string): Promise<AuthUser | null> => {
  const rec = await new AccountsRepository(db).findByUsername(username);
  return rec ? toAuthUser(rec) : null;
};

/**
 * Activities and major matters in the demo, entered through the module's services as the two demo organization
 * accounts and 云阳's clerk would: published activities with photos in the public feed, one waiting for review,
 * one forum waiting for approval; a council renewal reported in time and a donation reported late.
 */
export async function seedDemoActivities(services: Services, db: Kysely<DB>, clock: Clock): Promise<void> {
  const [org, school, clerk] = await Promise.all([
    userOf(db, 'yy-org'),
    userOf(db, 'yy-school'),
    userOf(db, 'yy-clerk'),
  ]);
  if (!org?.orgId || !school?.orgId || !clerk) return;
  const meta = { requestId: 'demo-seed', ip: null };
  const { activityLifecycle: life, activityPhotos: photos, majorMatters } = services.activities;
  const today = chinaDate(clock.now());
  const day = (n: number) => addChinaDays(today, n);

  const post = async (
    who: AuthUser,
    input: TActivityInput,
    done?: { summary: string; attendance: number; attendees: string[]; hue: number; photos: number },
  ) => {
    const actor = actorFor(who, meta);
    const { id } = await life.create(who, actor, input);
    if (!done) return id;
    await life.start(who, actor, id);
    await life.finish(who, actor, id, done);
    for (let i = 0; i < done.photos; i++)
      await photos.add(who, actor, id, { bytes: await demoPhoto(done.hue, i), caption: `${input.title}（${i + 1}）` });
    await life.submit(who, actor, id);
    return id;
  };
  const published = async (...args: Parameters<typeof post>) => {
    const id = await post(...args);
    await life.review(clerk, actorFor(clerk, meta), id, { approved: true });
  };
  const plan = (title: string, kind: TActivityInput['kind'], from: number, place: string, description: string) => ({
    title,
    kind,
    startsOn: day(from),
    endsOn: day(from),
    place,
    expectedParticipants: 40,
    budgetFen: 300_000,
    partners: [],
    description,
  });

  await published(
    org,
    plan('重阳敬老志愿服务', 'volunteer', -40, '云阳县双江街道敬老院', '为敬老院老人义剪、测血压、陪伴聊天。'),
    {
      summary: '志愿者32人为86位老人提供义剪和健康检查。',
      attendance: 32,
      attendees: ['张明', '李芳'],
      hue: 30,
      photos: 2,
    },
  );
  await published(
    school,
    plan('青少年科普开放日', 'public_welfare', -25, '云阳县青少年活动中心', '面向中小学生的科普实验和讲座。'),
    { summary: '开展科普实验12场，参加学生210人次。', attendance: 210, attendees: [], hue: 200, photos: 2 },
  );
  await published(
    org,
    plan('会员企业安全生产培训', 'training', -12, '云阳县民政局三楼会议室', '邀请应急管理局讲解安全生产法规。'),
    { summary: '培训会员企业负责人58人。', attendance: 58, attendees: [], hue: 120, photos: 1 },
  );
  // Waiting for the clerk: a finished activity to review, and a forum that needs approval first.
  await post(
    school,
    plan('家庭教育公益讲座', 'public_welfare', -5, '云阳县图书馆报告厅', '邀请心理教师讲解亲子沟通。'),
    { summary: '到场家长96人，线上观看300余人次。', attendance: 96, attendees: [], hue: 280, photos: 1 },
  );
  const forum = await post(
    org,
    plan('三峡库区乡村振兴论坛', 'forum_award', 45, '云阳县会展中心', '邀请专家和会员企业交流乡村产业发展。'),
  );
  await life.requestApproval(org, actorFor(org, meta), forum);

  const reportAs = actorFor(org, meta);
  await majorMatters.report(org, reportAs, {
    kind: 'council_renewal',
    title: '第三届理事会换届大会',
    happensOn: day(60),
    detail: '第二届理事会任期届满，拟召开会员大会选举第三届理事会。',
    facts: { kind: 'council_renewal', session: 3, termYears: 5, candidates: [{ name: '王建国', post: '会长' }] },
    fileIds: [],
  });
  // Reported after the due day: marked late (and a hint warning follows through the event).
  await majorMatters.report(school, actorFor(school, meta), {
    kind: 'large_donation',
    title: '接受企业捐赠助学金',
    happensOn: day(5),
    detail: '本地企业捐赠助学金，用于资助困难学生。',
    facts: { kind: 'large_donation', amountFen: 50_000_000, donor: '云阳某实业有限公司', purpose: '助学' },
    fileIds: [],
  });
}
