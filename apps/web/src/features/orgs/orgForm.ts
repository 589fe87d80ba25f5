import dayjs, { type Dayjs } from 'dayjs';
import type { EvaluationGrade, RegisteredOrgType, TOrg, TOrgFields } from '@shezu/contracts';
import { ApiError } from '../../api/errors';
import { fenToYuanText, yuanToFen } from '../../lib/money';

/** The register's date fields: a date picker on the form, `YYYY-MM-DD` in the API. */
export const DATE_FIELDS = [
  'foundedOn',
  'certificateValidUntil',
  'charityRecognizedOn',
  'taxDeductionUntil',
  'taxExemptUntil',
  'gradeValidUntil',
] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** Form state: dates as dayjs, money as the 元 text typed (string mode, so no float ever touches it). */
export type OrgFormValues = {
  name: string;
  type?: RegisteredOrgType;
  uscc?: string;
  categoryCode?: string;
  supervisorUnitId: number | null;
  regionCode: string | null;
  address: string;
  legalRepName: string;
  legalRepIdNumber?: string;
  legalRepPhone?: string;
  businessScope: string;
  registeredFundsYuan: string | null;
  charityRecognized: boolean;
  publicFundraising: boolean;
  evaluationGrade: EvaluationGrade | null;
  hasPartyOrg: boolean;
  incubator?: string | null;
  brand: boolean;
  staffCount: number | null;
  memberCount: number | null;
  unitMemberCount: number | null;
  contactPhone?: string | null;
  website?: string | null;
  basis?: string;
} & Record<DateField, Dayjs | null>;

/** The form field that shows a given API field (the API's fen field is typed in 元 on the form). */
export const FORM_FIELD_OF: Partial<Record<string, keyof OrgFormValues>> = {
  registeredFundsFen: 'registeredFundsYuan',
};

const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
const isoDate = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Form state → register fields, money in exact fen. Personal fields left empty are omitted. */
export function toOrgFields(v: OrgFormValues): TOrgFields {
  const dates = Object.fromEntries(DATE_FIELDS.map((k) => [k, isoDate(v[k])])) as Record<DateField, string | null>;
  const idNumber = text(v.legalRepIdNumber)?.toUpperCase();
  const phone = text(v.legalRepPhone);
  return {
    name: v.name.trim(),
    type: v.type!,
    categoryCode: v.categoryCode!,
    supervisorUnitId: v.supervisorUnitId ?? null,
    regionCode: v.regionCode!,
    address: v.address.trim(),
    legalRepName: v.legalRepName.trim(),
    ...(idNumber ? { legalRepIdNumber: idNumber } : {}),
    ...(phone ? { legalRepPhone: phone } : {}),
    businessScope: v.businessScope.trim(),
    registeredFundsFen: yuanToFen(v.registeredFundsYuan ?? '0'),
    ...dates,
    foundedOn: dates.foundedOn!,
    charityRecognized: v.charityRecognized,
    charityRecognizedOn: v.charityRecognized ? dates.charityRecognizedOn : null,
    publicFundraising: v.publicFundraising,
    evaluationGrade: v.evaluationGrade ?? null,
    gradeValidUntil: v.evaluationGrade ? dates.gradeValidUntil : null,
    hasPartyOrg: v.hasPartyOrg,
    incubator: text(v.incubator),
    brand: v.brand,
    staffCount: v.staffCount ?? null,
    memberCount: v.memberCount ?? null,
    unitMemberCount: v.unitMemberCount ?? null,
    contactPhone: text(v.contactPhone),
    website: text(v.website),
  };
}

/** An org's register entry as form state (personal data stays empty: the form never sees it in clear). */
export function formValuesOf(org: TOrg): OrgFormValues {
  const dates = Object.fromEntries(DATE_FIELDS.map((k) => [k, org[k] ? dayjs(org[k]) : null])) as Record<
    DateField,
    Dayjs | null
  >;
  return {
    name: org.name,
    type: org.type,
    categoryCode: org.categoryCode,
    supervisorUnitId: org.supervisorUnitId,
    regionCode: org.regionCode,
    address: org.address,
    legalRepName: org.legalRepName,
    businessScope: org.businessScope,
    registeredFundsYuan: fenToYuanText(org.registeredFundsFen),
    ...dates,
    charityRecognized: org.charityRecognized,
    publicFundraising: org.publicFundraising,
    evaluationGrade: org.evaluationGrade,
    hasPartyOrg: org.hasPartyOrg,
    incubator: org.incubator,
    brand: org.brand,
    staffCount: org.staffCount,
    memberCount: org.memberCount,
    unitMemberCount: org.unitMemberCount,
    contactPhone: org.contactPhone,
    website: org.website,
  };
}

/**
 * What a correction changes: the fields whose value differs from the record (the API records each as
 * a change on the timeline, so unchanged ones are not sent). Personal fields count when typed.
 */
export function changedFields(org: TOrg, v: OrgFormValues): Partial<TOrgFields> {
  const next = toOrgFields(v);
  const current = org as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(next)) {
    if (k === 'legalRepIdNumber' || k === 'legalRepPhone') out[k] = value;
    else if ((current[k] ?? null) !== (value ?? null)) out[k] = value;
  }
  return out as Partial<TOrgFields>;
}

/** The API's field messages under the names the form uses (its 元 field for the fen field). */
export function withFormFieldNames(err: unknown): unknown {
  if (!(err instanceof ApiError) || !err.hasFields) return err;
  const fields = Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [FORM_FIELD_OF[k] ?? k, m]));
  return new ApiError(err.status, err.code, err.message, fields, err.requestId);
}
