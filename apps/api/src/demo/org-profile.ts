import type { RegisteredOrgType, TOrgFields } from '@shezu/contracts';
import { fictionalPerson, type DemoPerson } from './people';
import type { Rng } from './random';
import { ROADS, SCOPES } from './org-vocabulary';

/** The last founding year of generated organizations: every date stays in the past for any 2026+ clock. */
export const LAST_FOUNDING_YEAR = 2025;
const FIRST_FOUNDING_YEAR = 1996;

/** Registrations grew over the years (most organizations are younger than ten years). */
const YEAR_WEIGHTS = Array.from({ length: LAST_FOUNDING_YEAR - FIRST_FOUNDING_YEAR + 1 }, (_, i) => {
  const y = FIRST_FOUNDING_YEAR + i;
  return 1 + i * 0.35 + (y >= 2013 && y <= 2021 ? 4 : 0);
});

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A founding date over 1996–2025 (no later than `latestYear`). */
export function foundingDate(rng: Rng, latestYear = LAST_FOUNDING_YEAR): string {
  const year = Math.min(latestYear, FIRST_FOUNDING_YEAR + rng.weighted(YEAR_WEIGHTS));
  return `${year}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;
}

/** Certificates run five years at a time: the first renewal date on or after 2026-01-01. */
export function certificateValidUntil(foundedOn: string): string {
  let year = Number(foundedOn.slice(0, 4));
  while (year < 2026) year += 5;
  return `${year}${foundedOn.slice(4)}`;
}

export interface ProfileInput {
  name: string;
  type: RegisteredOrgType;
  category: string;
  /** Domicile (township or county code) and its full name for the address. */
  regionCode: string;
  regionFullName: string;
  /** County (6 digits) the legal representative's ID number is from. */
  personGb: string;
  /** The legal representative, when the caller has one already (the generator reuses a pool). */
  person?: DemoPerson;
  foundedOn: string;
  /** Long-distance prefix for the office telephone, e.g. '023'; null leaves it empty. */
  areaCode: string | null;
  /** Minimum registered funds in yuan for the level (¥100,000 national, ¥30,000 local social groups). */
  nationalLevel?: boolean;
}

/** Every register field of one organization except its supervising unit, drawn from `rng`. */
export function orgProfile(rng: Rng, p: ProfileInput): Omit<TOrgFields, 'supervisorUnitId'> {
  const person = p.person ?? fictionalPerson(rng, p.personGb);
  const yuan = fundsYuan(rng, p.type, p.nationalLevel ?? false);
  const unitMembers = p.type === 'social_group' && (p.category === 'industry_association' || rng.chance(0.1));
  return {
    name: p.name,
    type: p.type,
    categoryCode: p.category,
    regionCode: p.regionCode,
    address: `${p.regionFullName}${rng.pick(ROADS)}${rng.int(1, 399)}号`,
    legalRepName: person.name,
    legalRepIdNumber: person.idNumber,
    legalRepPhone: null,
    businessScope: SCOPES[p.category] ?? SCOPES.other!,
    registeredFundsFen: yuan * 100,
    foundedOn: p.foundedOn,
    certificateValidUntil: certificateValidUntil(p.foundedOn),
    charityRecognized: false,
    charityRecognizedOn: null,
    publicFundraising: false,
    taxDeductionUntil: null,
    taxExemptUntil: null,
    evaluationGrade: null,
    gradeValidUntil: null,
    hasPartyOrg: false,
    incubator: null,
    brand: false,
    staffCount: p.type === 'social_group' ? rng.int(1, 8) : p.type === 'foundation' ? rng.int(2, 20) : rng.int(3, 120),
    memberCount: p.type === 'social_group' && !unitMembers ? rng.int(50, 1200) : null,
    unitMemberCount: unitMembers ? rng.int(30, 320) : null,
    contactPhone: p.areaCode
      ? `${p.areaCode}-${p.areaCode.length === 3 ? rng.int(5500, 5599) : rng.int(300, 899)}${String(rng.int(0, 9999)).padStart(4, '0')}`
      : null,
    website: null,
  };
}

/** Registered funds in whole yuan, round figures above the legal minimums (DOMAIN.md). */
function fundsYuan(rng: Rng, type: RegisteredOrgType, national: boolean): number {
  if (type === 'foundation') return rng.int(20, 200) * 100_000;
  if (type === 'service_institution') return rng.int(3, 200) * 10_000;
  return rng.int(national ? 10 : 3, 50) * 10_000;
}
