import type { DemoUnit } from './demo-accounts';
import { CATEGORY_SHARES } from './org-vocabulary';
import {
  categoryQuotas,
  RegisterPlanner,
  type DemoAuthority,
  type DemoPlace,
  type OrgQuota,
  type PlannedOrg,
} from './register-plan';
import { apportion } from './random';

/**
 * The register the source documents describe, reproduced: 云阳县 (seed 000) 492 registered — 290 社会团体,
 * 202 民办非企业单位, 113 行业协会商会, 57 文化类; 衢州市 (seed 002) 3424 registered — 1273 社团, 2133 民非,
 * 18 基金会 — 14.95 per 10,000 residents, 270 with a valid 3A+ grade, 53 charities, 151 party organizations.
 * Removed organizations come on top (kept in the register, not counted).
 */
export const DEMO_REGISTER_SEED = 'shezu-demo-register-1';

export const YUNYANG = { code: '500235', registered: 492, socialGroups: 290, serviceInstitutions: 202 } as const;
export const QUZHOU = {
  code: '3308',
  registered: 3424,
  socialGroups: 1273,
  serviceInstitutions: 2133,
  foundations: 18,
  validGrade3APlus: 270,
  charities: 53,
  partyOrgs: 151,
  /** 3424 / 2,290,301 × 10,000 = 14.9500… → 14.95 per 10,000 residents. */
  population: 2_290_301,
} as const;

/** 衢州's counties: code, place prefix of names, decision-number prefix and residents (summing to the city's). */
const QZ_COUNTIES = [
  { code: '330802', key: 'qz-kc', place: '衢州市柯城区', doc: '柯民', population: 530_163 },
  { code: '330803', key: 'qz-qj', place: '衢州市衢江区', doc: '衢江民', population: 386_217 },
  { code: '330822', key: 'qz-cs', place: '常山县', doc: '常民', population: 262_508 },
  { code: '330824', key: 'qz-kh', place: '开化县', doc: '开民', population: 259_374 },
  { code: '330825', key: 'qz-ly', place: '龙游县', doc: '龙民', population: 362_086 },
  { code: '330881', key: 'qz-js', place: '江山市', doc: '江民', population: 489_953 },
] as const;

/** Supervising units the register needs beyond the demo accounts' units (DEMO_UNITS). */
export const REGISTER_UNITS: DemoUnit[] = [
  { key: 'yy-health', name: '云阳县卫生健康委员会', kind: 'supervisor', regionCode: '500235' },
  { key: 'yy-sports', name: '云阳县体育局', kind: 'supervisor', regionCode: '500235' },
  { key: 'yy-agri', name: '云阳县农业农村委员会', kind: 'supervisor', regionCode: '500235' },
  { key: 'qz-edu', name: '衢州市教育局', kind: 'supervisor', regionCode: '3308' },
  { key: 'qz-sports', name: '衢州市体育局', kind: 'supervisor', regionCode: '3308' },
  { key: 'qz-health', name: '衢州市卫生健康委员会', kind: 'supervisor', regionCode: '3308' },
  { key: 'qz-agri', name: '衢州市农业农村局', kind: 'supervisor', regionCode: '3308' },
  { key: 'qz-united', name: '中共衢州市委统战部', kind: 'supervisor', regionCode: '3308' },
  ...QZ_COUNTIES.flatMap((c) => {
    const short = c.place.replace('衢州市', '');
    return [
      { key: `${c.key}-edu`, name: `${short}教育局`, kind: 'supervisor' as const, regionCode: c.code },
      {
        key: `${c.key}-culture`,
        name: `${short}文化和广电旅游体育局`,
        kind: 'supervisor' as const,
        regionCode: c.code,
      },
      { key: `${c.key}-health`, name: `${short}卫生健康局`, kind: 'supervisor' as const, regionCode: c.code },
      { key: `${c.key}-agri`, name: `${short}农业农村局`, kind: 'supervisor' as const, regionCode: c.code },
      { key: `${c.key}-united`, name: `中共${short}委统战部`, kind: 'supervisor' as const, regionCode: c.code },
    ];
  }),
];

/** Residents per region (衢州 and its counties); the statistics divide by them. */
export const DEMO_POPULATIONS: [string, number][] = [
  [QUZHOU.code, QUZHOU.population],
  ...QZ_COUNTIES.map((c) => [c.code, c.population] as [string, number]),
];

/** The organization the demo organization account `yy-org` acts for. */
export const YY_ORG_ACCOUNT = { username: 'yy-org', orgName: '云阳县建筑业协会' } as const;
/** A second organization account, for a social group under the education committee (the full review chain). */
export const YY_SUPERVISED_ACCOUNT = { username: 'yy-school', supervisorKey: 'yy-edu' } as const;

/** Townships (9-digit code, name, full name) of each county the demo uses, as the regions table has them. */
export type TownshipsOf = (countyCode: string) => DemoPlace[];

function authorities(townships: TownshipsOf): Map<string, DemoAuthority> {
  const list: DemoAuthority[] = [
    {
      code: YUNYANG.code,
      place: '云阳县',
      domiciles: townships(YUNYANG.code),
      personGb: '500235',
      areaCode: '023',
      supervisors: {
        education: 'yy-edu',
        culture: 'yy-culture',
        sports: 'yy-sports',
        health: 'yy-health',
        agriculture: 'yy-agri',
      },
      docPrefix: '云民',
    },
    {
      code: QUZHOU.code,
      place: '衢州市',
      // City-level organizations sit in the central districts' streets.
      domiciles: [...townships('330802'), ...townships('330803')].filter((t) => t.name.endsWith('街道')),
      personGb: '330802',
      areaCode: '0570',
      supervisors: {
        education: 'qz-edu',
        culture: 'qz-civil',
        sports: 'qz-sports',
        health: 'qz-health',
        agriculture: 'qz-agri',
        other: 'qz-united',
      },
      docPrefix: '衢民',
    },
    ...QZ_COUNTIES.map((c) => ({
      code: c.code,
      place: c.place,
      domiciles: townships(c.code),
      personGb: c.code,
      areaCode: '0570',
      supervisors: {
        education: `${c.key}-edu`,
        culture: `${c.key}-culture`,
        sports: `${c.key}-culture`,
        health: `${c.key}-health`,
        agriculture: `${c.key}-agri`,
        other: `${c.key}-united`,
      },
      docPrefix: c.doc,
    })),
  ];
  return new Map(list.map((a) => [a.code, a]));
}

/** 云阳: category counts that give 113 行业协会商会 and 57 文化类 (41 社团 + 16 民非). */
const YY_QUOTAS: OrgQuota[] = [
  ...Object.entries({
    industry_association: 113,
    culture: 41,
    sports: 30,
    agriculture: 30,
    social_service: 28,
    science_tech: 14,
    remote_chamber: 10,
    health: 10,
    education: 8,
    charity: 6,
  }).map(([category, count]) => ({ authority: YUNYANG.code, type: 'social_group' as const, category, count })),
  ...Object.entries({
    education: 96,
    social_service: 40,
    health: 22,
    culture: 16,
    sports: 14,
    agriculture: 6,
    science_tech: 4,
    charity: 4,
  }).map(([category, count]) => ({ authority: YUNYANG.code, type: 'service_institution' as const, category, count })),
];

/** Names the source documents and the brief mention, placed first so that they exist. */
const YY_NAMED: [string, OrgQuota['category']][] = [
  [YY_ORG_ACCOUNT.orgName, 'industry_association'],
  ['云阳县航运协会', 'industry_association'],
  ['云阳县武术协会', 'sports'],
  ['云阳县美术家协会', 'culture'],
];

function quzhouQuotas(): OrgQuota[] {
  const codes = [QUZHOU.code, ...QZ_COUNTIES.map((c) => c.code)];
  const pops = QZ_COUNTIES.map((c) => c.population);
  const sum = pops.reduce((a, b) => a + b, 0);
  const perType = {
    social_group: apportion(QUZHOU.socialGroups, [sum * 0.25, ...pops]),
    service_institution: apportion(QUZHOU.serviceInstitutions, [sum * 0.14, ...pops]),
    foundation: [10, 1, 1, 1, 1, 2, 2],
  } as const;
  return codes.flatMap((code, i) =>
    (Object.keys(perType) as (keyof typeof perType)[]).flatMap((type) =>
      categoryQuotas(code, type, perType[type][i]!, CATEGORY_SHARES[type]),
    ),
  );
}

/** The whole demo register, the same on every run. */
export function planDemoRegister(townships: TownshipsOf): PlannedOrg[] {
  const p = new RegisterPlanner(DEMO_REGISTER_SEED, authorities(townships));
  // 云阳县: the named organizations first, then the rest of each quota.
  const quotas = YY_QUOTAS.map((q) => ({ ...q }));
  for (const [name] of YY_NAMED) p.reserve(YUNYANG.code, name);
  for (const [name, category] of YY_NAMED) {
    const quota = quotas.find((q) => q.category === category && q.type === 'social_group')!;
    quota.count--;
    p.add({ ...quota, count: 1 }, { name });
  }
  for (const q of quotas) p.add(q);
  const yy = [...p.orgs];
  removals(p, YUNYANG.code, 9, 4);
  p.grade(yy, [
    ['4A', 8],
    ['3A', 26],
  ]);
  p.mark(yy, 58, (o) => (o.fields.hasPartyOrg = true));
  p.mark(yy, 6, (o) => (o.fields.brand = true));
  p.mark(yy, 12, (o) => (o.fields.incubator = '云阳县社会组织孵化中心'));

  // 衢州市 and its six counties
  const start = p.orgs.length;
  for (const q of quzhouQuotas()) p.add(q);
  const qz = p.orgs.slice(start);
  removals(p, QUZHOU.code, 4, 2);
  for (const c of QZ_COUNTIES) removals(p, c.code, 3, 1);
  p.grade(qz, [
    ['5A', 14],
    ['4A', 86],
    ['3A', QUZHOU.validGrade3APlus - 100],
  ]);
  p.grade(qz, [['2A', 40]]);
  charities(p, qz);
  p.mark(qz, QUZHOU.partyOrgs, (o) => (o.fields.hasPartyOrg = true));
  p.mark(qz, 24, (o) => (o.fields.brand = true));
  p.mark(qz, 30, (o) => (o.fields.incubator = '衢州市社会组织孵化中心'));
  p.mark(
    qz.filter((o) => o.fields.type !== 'social_group'),
    260,
    (o) => (o.fields.taxExemptUntil = `${p.rng.int(2026, 2029)}-12-31`),
  );
  return p.orgs;
}

/** Deregistered and revoked organizations of an authority (social groups and 民非 alike). */
function removals(p: RegisterPlanner, authority: string, deregistered: number, revoked: number): void {
  const types = ['social_group', 'service_institution'] as const;
  for (let i = 0; i < deregistered + revoked; i++) {
    const type = types[i % 2]!;
    const status = i < deregistered ? 'deregistered' : 'revoked';
    const category = type === 'social_group' ? 'industry_association' : 'education';
    p.add(
      { authority, type, category, count: 1 },
      { removal: (foundedOn) => p.removal(status, authority, type, foundedOn) },
    );
  }
}

/** 53 charities (慈善组织认定): every foundation, then charity-category organizations. */
function charities(p: RegisterPlanner, qz: PlannedOrg[]): void {
  const registered = qz.filter((o) => !o.removal);
  const foundations = registered.filter((o) => o.fields.type === 'foundation');
  const others = p.rng.shuffle(
    registered.filter((o) => o.fields.type !== 'foundation' && o.fields.categoryCode === 'charity'),
  );
  const chosen = [...foundations, ...others].slice(0, QUZHOU.charities);
  for (const [i, o] of chosen.entries()) {
    // Recognition (慈善组织认定) exists since the Charity Law of 1 September 2016.
    const from = o.fields.foundedOn > '2016-09-01' ? o.fields.foundedOn : '2016-09-01';
    const year = p.rng.int(Number(from.slice(0, 4)), 2025);
    const on = `${year}-${String(p.rng.int(1, 12)).padStart(2, '0')}-15`;
    o.fields.charityRecognized = true;
    o.fields.charityRecognizedOn = on > from ? on : from;
    if (i < 4) {
      // Public fundraising needs ¥4,000,000 of original fund for a local foundation.
      o.fields.publicFundraising = true;
      o.fields.registeredFundsFen = Math.max(o.fields.registeredFundsFen, 400_000_000);
    }
    const grade = o.fields.evaluationGrade;
    if (grade === '3A' || grade === '4A' || grade === '5A') o.fields.taxDeductionUntil = '2027-12-31';
  }
}
