import { expect } from 'vitest';
import { maskIdNumber, maskPhone } from '@shezu/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';

/** Personal data the seeded records carry; none of it may appear in a public answer, masked or not. */
export const PII = {
  legalRepId: '500235199001011239',
  legalRepPhone: '13800235678',
  contactPhone: '023-55661234',
  responsibleId: '330802198507153216',
  responsiblePhone: '13905701234',
  changedContactPhone: '023-55660000',
  changedLegalRepPhone: '13911112222',
};

const PII_STRINGS = Object.values(PII).flatMap((v) => [v, maskIdNumber(v)!, maskPhone(v)!]);
const PII_KEY = /(Enc|Hash|IdNumber|IdMasked|Phone|PhoneMasked)$/i;

/** Fails when a body holds a personal value (clear or masked), an encrypted one, or a personal-data field. */
export function expectNoPersonalData(body: string, where: string): void {
  for (const s of PII_STRINGS) expect(body.includes(s), `${where} contains ${s}`).toBe(false);
  expect(body.includes('sm4:'), `${where} contains an encrypted value`).toBe(false);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return;
  }
  const keys: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        keys.push(k);
        walk(x);
      }
  };
  walk(parsed);
  expect(
    keys.filter((k) => PII_KEY.test(k)),
    `${where} has personal-data fields`,
  ).toEqual([]);
}

let serial = 0;

/** Files community organizations directly (the filing module is built apart); returns their ids. */
export async function insertCommunityOrgs(
  db: Kysely<DB>,
  list: {
    regionCode: string;
    communityName: string;
    areaKind: 'urban' | 'rural';
    status?: 'filed' | 'cancelled';
    name?: string;
  }[],
): Promise<number[]> {
  const at = new Date().toISOString();
  const ids: number[] = [];
  for (const c of list) {
    const name = c.name ?? `${c.communityName}第${++serial}志愿服务队`;
    const r = await db
      .insertInto('communityOrgs')
      .values({
        name,
        searchName: name,
        regionCode: c.regionCode,
        communityName: c.communityName,
        areaKind: c.areaKind,
        categoryCode: 'life_service',
        responsibleName: '李四',
        responsibleIdEnc: `sm4:1:${PII.responsibleId}`,
        responsibleIdHash: `hash-${PII.responsibleId}`,
        responsiblePhone: PII.responsiblePhone,
        venue: '社区服务中心二楼',
        activityArea: `${c.communityName}及周边`,
        memberCount: 12,
        fundsFen: 100_000,
        status: c.status ?? 'filed',
        filedOn: '2025-05-20',
        cancelledOn: c.status === 'cancelled' ? '2025-12-01' : null,
        cancelReason: c.status === 'cancelled' ? '自行解散' : null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(r.id));
  }
  return ids;
}
