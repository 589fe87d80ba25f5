import type { TApplicationDetail } from '@shezu/contracts';
import { MemorySmsGateway } from '../../src/modules/accounts/sign-ups/sms-gateway';
import type { TestApp, TestClient } from './app';
import { insertUser } from './fixtures';

let serial = 0;

/** Establishment data that passes every rule: a 民办非企业单位 of 云阳县 (no preparation step). */
export function foundingData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `云阳县测试服务中心${++serial}`,
    type: 'service_institution',
    categoryCode: 'social_service',
    supervisorUnitId: null,
    authorityRegionCode: '500235',
    regionCode: '500235001',
    address: '重庆市云阳县双江街道滨江大道8号',
    legalRepName: '李四',
    legalRepIdNumber: '500235199001011239',
    legalRepPhone: '13800235678',
    businessScope: '为老年人提供日间照料和助餐服务',
    registeredFundsFen: 5_000_000,
    memberCount: null,
    unitMemberCount: null,
    publicFundraising: false,
    ...over,
  };
}

/** A founder's account (role applicant), logged in. */
export async function founder(t: TestApp, username: string): Promise<TestClient> {
  await insertUser(t.db, { username, roles: ['applicant'], regionCode: null });
  return t.client().as(username);
}

/** An organization's account, logged in. */
export async function orgAccount(t: TestApp, username: string, orgId: number, regionCode: string): Promise<TestClient> {
  await insertUser(t.db, { username, roles: ['org_account'], regionCode, orgId });
  return t.client().as(username);
}

/** Fails the test unless the answer is the expected status; returns the JSON. */
export async function ok<T = TApplicationDetail>(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status = 200,
): Promise<T> {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`expected ${status}, got ${r.statusCode}: ${r.body}`);
  return r.json() as T;
}

/** Puts a memory gateway in place of the log one, so the test reads the codes sent. */
export function memorySms(t: TestApp): MemorySmsGateway {
  const gateway = new MemorySmsGateway();
  t.services.signUps.sms.gateway = gateway;
  return gateway;
}
