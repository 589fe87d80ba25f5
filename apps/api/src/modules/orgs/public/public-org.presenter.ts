import {
  authorityNameOf,
  type OrgLevel,
  type OrgStatus,
  type RegisteredOrgType,
  type TCategory,
  type TOrgEvent,
  type TPublicOrg,
  type TPublicOrgEvent,
} from '@shezu/contracts';
import { ORG_LEVEL_LABELS, ORG_STATUS_LABELS, ORG_TYPE_LABELS } from '../org-labels';
import type { OrgRecord } from '../orgs.repository';

/**
 * Register row → what anyone may see. Built field by field from an allow-list, never by spreading the
 * row, so a column added to the register stays private until someone decides it is public.
 */
export function presentPublicOrg(o: OrgRecord, categories: TCategory[]): TPublicOrg {
  return {
    uscc: o.uscc,
    name: o.name,
    type: o.type as RegisteredOrgType,
    typeName: ORG_TYPE_LABELS[o.type as RegisteredOrgType] ?? o.type,
    level: o.level as OrgLevel,
    levelName: ORG_LEVEL_LABELS[o.level as OrgLevel] ?? o.level,
    categoryCode: o.categoryCode,
    categoryName: categories.find((c) => c.code === o.categoryCode)?.name ?? o.categoryCode,
    authorityName: authorityNameOf({ code: o.authorityRegionCode, name: o.authorityRegionName }),
    regionCode: o.regionCode,
    regionName: o.regionName,
    address: o.address,
    legalRepName: o.legalRepName,
    supervisorUnitName: o.supervisorUnitName,
    businessScope: o.businessScope,
    registeredFundsFen: o.registeredFundsFen,
    foundedOn: o.foundedOn,
    certificateValidUntil: o.certificateValidUntil,
    status: o.status as OrgStatus,
    statusName: ORG_STATUS_LABELS[o.status as OrgStatus] ?? o.status,
    statusDate: o.statusDate,
    statusReason: o.statusReason,
    evaluationGrade: o.evaluationGrade as TPublicOrg['evaluationGrade'],
    gradeValidUntil: o.gradeValidUntil,
    charityRecognized: o.charityRecognized,
    charityRecognizedOn: o.charityRecognizedOn,
    publicFundraising: o.publicFundraising,
    taxDeductionUntil: o.taxDeductionUntil,
    taxExemptUntil: o.taxExemptUntil,
    hasPartyOrg: o.hasPartyOrg,
    website: o.website,
  };
}

/** Fields whose before/after values a public event may show; other changes (contact data, ids) are left out. */
const PUBLIC_CHANGE_FIELDS = new Set<string>([
  'name',
  'type',
  'categoryCode',
  'address',
  'legalRepName',
  'businessScope',
  'registeredFundsFen',
  'status',
  'evaluationGrade',
  'gradeValidUntil',
  'charityRecognized',
  'publicFundraising',
  'taxDeductionUntil',
  'taxExemptUntil',
  'certificateValidUntil',
  'website',
]);

/** A public timeline entry: no actor (staff names are not published), only public changes. */
export function presentPublicEvent(e: TOrgEvent): TPublicOrgEvent {
  return {
    kind: e.kind,
    occurredOn: e.occurredOn,
    summary: e.summary,
    basis: e.basis,
    changes: e.changes
      .filter((c) => PUBLIC_CHANGE_FIELDS.has(c.field))
      .map((c) => ({ field: c.field, before: c.before, after: c.after })),
  };
}
