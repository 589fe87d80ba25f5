import { completeUscc, toGbCode, type RegisteredOrgType, type TOrgFields } from '@shezu/contracts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/auth-user';
import type { TestApp } from './app';

const TYPE_DIGIT: Record<RegisteredOrgType, string> = { social_group: '1', service_institution: '2', foundation: '3' };
let serial = 0;

/** A valid credit code of a civil-affairs registration by `authority` (positions 9–16 from a counter). */
export function usccFor(type: RegisteredOrgType, authority: string, n = ++serial): string {
  return completeUscc(`5${TYPE_DIGIT[type]}${toGbCode(authority)}MJ${String(n).padStart(6, '0')}`);
}

/** Register fields that pass every rule, for 云阳县 by default (直接登记 category, no supervising unit). */
export function orgFields(over: Partial<TOrgFields> = {}): TOrgFields {
  return {
    name: `云阳县测试协会${++serial}`,
    type: 'social_group',
    categoryCode: 'industry_association',
    supervisorUnitId: null,
    regionCode: '500235001',
    address: '重庆市云阳县双江街道滨江大道1号',
    legalRepName: '张三',
    legalRepIdNumber: '500235199001011239',
    legalRepPhone: '13800235678',
    businessScope: '行业自律、行业服务、行业交流',
    registeredFundsFen: 3_000_000,
    foundedOn: '2018-06-01',
    charityRecognized: false,
    publicFundraising: false,
    hasPartyOrg: false,
    brand: false,
    ...over,
  };
}

/** Inserts organizations directly through the register's own insert (as an import would). */
export async function seedOrgs(t: TestApp, list: { fields: TOrgFields; authority?: string }[]): Promise<number[]> {
  return t.db.transaction().execute((trx) =>
    t.services.orgs.insertMany(
      trx,
      list.map((o) => ({
        fields: o.fields,
        uscc: usccFor(o.fields.type, o.authority ?? '500235'),
        authorityRegionCode: o.authority ?? '500235',
      })),
      { actor: SYSTEM_ACTOR, kind: 'imported', basis: 'test' },
    ),
  );
}
