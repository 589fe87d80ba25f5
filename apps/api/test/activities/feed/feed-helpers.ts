import { FALSE, TRUE } from '../../../src/db/dialect';
import { qrPng } from '../../../src/platform/documents/qr';
import { SYSTEM_ACTOR } from '../../../src/platform/auth/auth-user';
import type { TestApp, TestClient } from '../../support/app';
import { orgFields, seedOrgs } from '../../support/orgs';

let address = 0;
let serial = 0;

/** A visitor from its own address (loopback is exempt from rate limits in tests). */
export function visitor(t: TestApp): TestClient {
  const c = t.client();
  c.remoteAddress = `10.19.${Math.floor(++address / 250)}.${(address % 250) + 1}`;
  return c;
}

/** A registered organization; the feed reaches it by its credit code. */
export async function newOrg(t: TestApp, regionCode = '500235001'): Promise<{ id: number; uscc: string }> {
  const [id] = await seedOrgs(t, [{ fields: orgFields({ regionCode }) }]);
  const o = (await t.services.orgsQuery.facts(id!))!;
  return { id: id!, uscc: o.uscc! };
}

export interface ActivityOver {
  orgId?: number;
  uscc?: string | null;
  regionCode?: string;
  categoryCode?: string;
  status?: string;
  publishedAt?: string | null;
  title?: string;
  description?: string;
  summary?: string | null;
  attendees?: string[];
}

/** An activity row as the lifecycle part writes it (the feed only reads them). */
export async function insertActivity(t: TestApp, over: ActivityOver = {}): Promise<number> {
  const region = over.regionCode ?? '500235001';
  const status = over.status ?? 'published';
  const now = '2026-03-01T00:00:00.000Z';
  const row = await t.db
    .insertInto('activities')
    .values({
      orgId: over.orgId ?? 999_000 + ++serial,
      orgName: `云阳县测试协会活动方${serial}`,
      uscc: over.uscc ?? null,
      regionCode: region,
      provinceCode: region.slice(0, 2),
      cityCode: region.slice(0, 4),
      countyCode: region.slice(0, 6),
      authorityRegionCode: region.slice(0, 6),
      supervisorUnitId: null,
      categoryCode: over.categoryCode ?? 'industry_association',
      title: over.title ?? `公益活动${serial}`,
      kind: 'public_welfare',
      startsOn: '2026-02-20',
      endsOn: '2026-02-21',
      place: '云阳县文化广场',
      expectedParticipants: 50,
      budgetFen: 100_000,
      partners: '[]',
      description: over.description ?? '为社区老人义诊、理发。',
      status,
      summary: over.summary === undefined ? '服务老人120人次。' : over.summary,
      attendance: 30,
      attendees: JSON.stringify(over.attendees ?? ['王小明', '李秀英']),
      publishedAt: over.publishedAt === undefined ? (status === 'published' ? now : null) : over.publishedAt,
      createdByName: '测试',
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A stored PNG as a photo of the activity (and its thumbnail); the cover when asked. */
export async function insertPhoto(
  t: TestApp,
  activityId: number,
  opts: { showsMinors?: boolean; cover?: boolean; position?: number } = {},
): Promise<number> {
  const store = async (name: string) =>
    t.services.files.store({
      purpose: 'attachment',
      name,
      body: await qrPng(`photo-${name}`),
      owner: null,
      actor: SYSTEM_ACTOR,
      regionCode: null,
    });
  const full = await store(`p${activityId}-${++serial}.png`);
  const thumb = await store(`t${activityId}-${serial}.png`);
  const row = await t.db
    .insertInto('activityPhotos')
    .values({
      activityId,
      fileId: full.id,
      thumbFileId: thumb.id,
      width: 240,
      height: 240,
      caption: '活动合影',
      // better-sqlite3 binds no booleans: a literal on both engines.
      showsMinors: opts.showsMinors ? TRUE : FALSE,
      position: opts.position ?? serial,
      createdAt: '2026-03-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.cover)
    await t.db.updateTable('activities').set({ coverPhotoId: row.id }).where('id', '=', activityId).execute();
  return row.id;
}
