import {
  authorityNameOf,
  maskIdNumber,
  maskPhone,
  type OrgLevel,
  type OrgStatus,
  type RegisteredOrgType,
  type TCategory,
  type TOrg,
  type TOrgSummary,
} from '@shezu/contracts';
import { decryptField } from '../../platform/crypto';
import type { OrgRecord } from './orgs.repository';

/** Register row → the list's shape: names resolved, nothing to decrypt. */
export function presentOrgSummary(o: OrgRecord, categories: TCategory[]): TOrgSummary {
  return {
    id: o.id,
    uscc: o.uscc,
    name: o.name,
    type: o.type as RegisteredOrgType,
    level: o.level as OrgLevel,
    authorityRegionCode: o.authorityRegionCode,
    authorityName: authorityNameOf({ code: o.authorityRegionCode, name: o.authorityRegionName }),
    regionCode: o.regionCode,
    regionName: o.regionName,
    categoryCode: o.categoryCode,
    categoryName: categories.find((c) => c.code === o.categoryCode)?.name ?? o.categoryCode,
    supervisorUnitId: o.supervisorUnitId,
    supervisorUnitName: o.supervisorUnitName,
    status: o.status as OrgStatus,
    statusDate: o.statusDate,
    address: o.address,
    legalRepName: o.legalRepName,
    registeredFundsFen: o.registeredFundsFen,
    foundedOn: o.foundedOn,
    certificateValidUntil: o.certificateValidUntil,
    charityRecognized: o.charityRecognized,
    charityRecognizedOn: o.charityRecognizedOn,
    publicFundraising: o.publicFundraising,
    taxDeductionUntil: o.taxDeductionUntil,
    taxExemptUntil: o.taxExemptUntil,
    evaluationGrade: o.evaluationGrade as TOrg['evaluationGrade'],
    gradeValidUntil: o.gradeValidUntil,
    hasPartyOrg: o.hasPartyOrg,
    incubator: o.incubator,
    brand: o.brand,
    staffCount: o.staffCount,
    memberCount: o.memberCount,
    unitMemberCount: o.unitMemberCount,
    dormantCandidate: o.dormantCandidate,
    usccWarning: o.usccWarning,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

/** Register row → the organization's page: the summary plus personal data masked and the long texts. */
export function presentOrg(o: OrgRecord, categories: TCategory[], dataKey: Buffer): TOrg {
  return {
    ...presentOrgSummary(o, categories),
    statusReason: o.statusReason,
    legalRepIdMasked: o.legalRepIdEnc ? maskIdNumber(decryptField(dataKey, o.legalRepIdEnc)) : null,
    legalRepPhoneMasked: maskPhone(o.legalRepPhone),
    businessScope: o.businessScope,
    contactPhone: o.contactPhone,
    website: o.website,
  };
}

/** Where the record sits for `authorize()`: its domicile, its deciding bureau, its supervising unit. */
export function orgResource(o: Pick<OrgRecord, 'id' | 'regionCode' | 'authorityRegionCode' | 'supervisorUnitId'>) {
  return {
    regionCode: o.regionCode,
    authorityRegionCode: o.authorityRegionCode,
    unitIds: [o.supervisorUnitId],
    orgId: o.id,
  };
}
