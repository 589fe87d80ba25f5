import {
  DEFAULT_CATEGORIES,
  USCC_CHARSET,
  completeUscc,
  type EvaluationGrade,
  type OrgLevel,
  type RegisteredOrgType,
} from '@shezu/contracts';
import { CATEGORY_SHARES } from '../../apps/api/src/demo/org-vocabulary';
import type { OrgNamer } from '../../apps/api/src/demo/org-names';
import { foundingDate, orgProfile } from '../../apps/api/src/demo/org-profile';
import type { DemoPerson } from '../../apps/api/src/demo/people';
import type { Rng } from '../../apps/api/src/demo/random';
import { normalizeName } from '../../apps/api/src/modules/orgs/search/name-grams';
import type { Department } from './reference-data';
import type { Authority, RegionInfo } from './national-plan';

/** Type shares by the registering bureau's level: overall ≈ 42 % 社团, 57 % 民非, 1 % 基金会. */
const TYPE_WEIGHTS: Record<OrgLevel, [number, number, number]> = {
  county: [41, 59, 0.1],
  city: [45, 53, 2],
  province: [50, 35, 15],
  national: [70, 10, 20],
};
const TYPES: RegisteredOrgType[] = ['social_group', 'service_institution', 'foundation'];
const TYPE_DIGIT = { social_group: '1', service_institution: '2', foundation: '3' } as const;
const CATEGORIES = Object.fromEntries(
  TYPES.map((t) => [t, { codes: Object.keys(CATEGORY_SHARES[t]), weights: Object.values(CATEGORY_SHARES[t]) }]),
) as Record<RegisteredOrgType, { codes: string[]; weights: number[] }>;
const DIRECT = new Set<string>(DEFAULT_CATEGORIES.filter((c) => c.directRegistration).map((c) => c.code));
const GRADES: EvaluationGrade[] = ['2A', '3A', '3A', '3A', '4A', '4A', '5A'];
const REMOVAL = {
  deregistered: { summary: '注销登记', ground: '自行解散，清算完毕' },
  revoked: { summary: '撤销登记', ground: '连续两年未参加年度检查' },
  withdrawn: { summary: '吊销登记证书', ground: '违反规定情节严重' },
} as const;
export const STATUS_CODES = { registered: 0, deregistered: 1, revoked: 2, withdrawn: 3 } as const;

/** A legal representative from the pool: the SM4 cipher and blind index are computed once per person. */
export interface PooledPerson {
  person: DemoPerson;
  idEnc: string;
  idHash: string;
}

/** What later generator steps may want to know of each organization besides its row. */
export interface GeneratedOrg {
  row: unknown[];
  events: unknown[][];
  searchName: string;
  type: RegisteredOrgType;
  status: keyof typeof STATUS_CODES;
  foundedYear: number;
}

/** Credit-code organization part from a serial: MJ + six characters of the credit-code alphabet. */
function orgCodeOf(serial: number): string {
  let s = '';
  for (let i = 0; i < 6; i++) {
    s = USCC_CHARSET[serial % 31] + s;
    serial = Math.floor(serial / 31);
  }
  return `MJ${s}`;
}

/** One organization of the national dataset as an `organizations` row (ORGANIZATIONS column order) with its events. */
export function generateOrg(
  rng: Rng,
  g: {
    id: number;
    nextEventId: () => number;
    authority: Authority;
    place: RegionInfo;
    namer: OrgNamer;
    person: PooledPerson;
    unitOf: (d: Department) => number;
    bool: (v: boolean) => boolean | number;
    at: string;
  },
): GeneratedOrg {
  const a = g.authority;
  const type = TYPES[rng.weighted(TYPE_WEIGHTS[a.level])]!;
  const cats = CATEGORIES[type];
  const category = cats.codes[rng.weighted(cats.weights)]!;
  const name = g.namer.name(rng, {
    authority: a.code,
    place: a.place,
    type,
    category,
    townships: a.level === 'county' && g.place.code.length === 9 ? [g.place.name] : [],
  });
  const foundedOn = foundingDate(rng);
  const f = orgProfile(rng, {
    name,
    type,
    category,
    regionCode: g.place.code,
    regionFullName: g.place.fullName,
    personGb: '',
    person: g.person.person,
    foundedOn,
    areaCode: null,
    nationalLevel: a.level === 'national',
  });
  const fy = Number(foundedOn.slice(0, 4));
  let status: GeneratedOrg['status'] = 'registered';
  let statusDate: string | null = null;
  let statusReason: string | null = null;
  if (fy < 2023 && rng.chance(0.08)) {
    status = (['deregistered', 'deregistered', 'deregistered', 'revoked', 'withdrawn'] as const)[rng.int(0, 4)]!;
    const year = rng.int(Math.max(2016, fy + 2), 2025);
    statusDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    statusReason = `${REMOVAL[status].ground}（${a.shortName || '民政部'}民${status === 'deregistered' ? '注' : '罚'}字〔${year}〕${rng.int(1, 99)}号）`;
  } else if (fy < 2023 && rng.chance(0.065)) {
    const year = rng.int(Math.max(2019, fy + 2), 2025);
    f.evaluationGrade = rng.pick(GRADES);
    f.gradeValidUntil = `${year + 5}-12-31`;
  }
  if (type === 'foundation' ? rng.chance(0.7) : category === 'charity' && rng.chance(0.6)) {
    f.charityRecognized = true;
    f.charityRecognizedOn = foundedOn > '2016-09-01' ? foundedOn : `${rng.int(2017, 2025)}-0${rng.int(1, 9)}-15`;
    f.publicFundraising = type === 'foundation' && rng.chance(0.15);
  }
  f.hasPartyOrg = rng.chance(0.15);
  const supervisor = DIRECT.has(category) ? null : g.unitOf(category as Department);
  const uscc = completeUscc(`5${TYPE_DIGIT[type]}${a.gb}${orgCodeOf(g.id)}`);
  const b = g.bool;
  const searchName = normalizeName(name);
  const row = [
    g.id,
    uscc,
    name,
    searchName,
    type,
    a.level,
    a.code,
    g.place.code,
    category,
    supervisor,
    status,
    statusDate,
    statusReason,
    f.address,
    f.legalRepName,
    g.person.idEnc,
    g.person.idHash,
    null,
    f.businessScope,
    f.registeredFundsFen,
    foundedOn,
    f.certificateValidUntil,
    b(f.charityRecognized),
    f.charityRecognizedOn,
    b(f.publicFundraising),
    f.charityRecognized && f.evaluationGrade && f.evaluationGrade >= '3A' ? '2027-12-31' : null,
    null,
    f.evaluationGrade,
    f.gradeValidUntil,
    b(f.hasPartyOrg),
    null,
    b(false),
    f.staffCount,
    f.memberCount,
    f.unitMemberCount,
    null,
    null,
    b(false),
    null,
    1,
    g.at,
    g.at,
  ];
  const events: unknown[][] = [
    [g.nextEventId(), g.id, 'registered', foundedOn, g.at, null, null, '数据生成', '成立登记', '[]', b(true)],
  ];
  if (status !== 'registered') {
    const changes = JSON.stringify([{ field: 'status', before: 'registered', after: status }]);
    events.push([
      g.nextEventId(),
      g.id,
      status,
      statusDate,
      g.at,
      null,
      null,
      statusReason,
      REMOVAL[status].summary,
      changes,
      b(true),
    ]);
  }
  return { row, events, searchName, type, status, foundedYear: fy };
}
