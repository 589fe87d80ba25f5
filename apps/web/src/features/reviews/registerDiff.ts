import { CHANGEABLE_FIELDS, type TOrg } from '@shezu/contracts';

export interface RegisterRow {
  field: string;
  /** The register's value now (personal data masked as the API gives it). */
  current: unknown;
  /** What the application asks for. */
  proposed: unknown;
  /** The application asks for what the register already holds. */
  same: boolean;
}

/** The register field a change-application field is compared with: personal data only exists masked. */
const REGISTER_VALUE: Record<(typeof CHANGEABLE_FIELDS)[number], (o: TOrg) => unknown> = {
  name: (o) => o.name,
  legalRepName: (o) => o.legalRepName,
  legalRepIdNumber: (o) => o.legalRepIdMasked,
  legalRepPhone: (o) => o.legalRepPhoneMasked,
  address: (o) => o.address,
  regionCode: (o) => o.regionCode,
  businessScope: (o) => o.businessScope,
  registeredFundsFen: (o) => o.registeredFundsFen,
  supervisorUnitId: (o) => o.supervisorUnitId,
};

const MASKED = new Set<string>(['legalRepIdNumber', 'legalRepPhone']);

/**
 * 变更登记 against the register: each field the application changes, with the register's current value.
 * Masked personal data cannot be compared, so it never counts as unchanged.
 */
export function registerDiff(data: Record<string, unknown>, org: TOrg): RegisterRow[] {
  // An ID number or phone left out (null) keeps the register's.
  const changes = (f: string) => data[f] !== undefined && !(MASKED.has(f) && data[f] === null);
  return CHANGEABLE_FIELDS.filter(changes).map((field) => {
    const current = REGISTER_VALUE[field](org) ?? null;
    const proposed = data[field] ?? null;
    return { field, current, proposed, same: !MASKED.has(field) && current === proposed };
  });
}
