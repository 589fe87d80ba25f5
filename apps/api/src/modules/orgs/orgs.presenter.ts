import {
  authorityNameOf,
  maskIdNumber,
  maskPhone,
  type OrgLevel,
  type OrgStatus,
  type RegisteredOrgType,
  type TCategory,
  type TOrg,
} from '@shezu/contracts';
import { decryptField } from '../../platform/crypto';
import type { OrgRecord } from './orgs.repository';

/** Register row → API shape: personal data masked, names resolved. */
export function presentOrg(o: OrgRecord, categories: TCategory[], dataKey: Buffer): TOrg {
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
    statusReason: o.statusReason,
    address: o.address,
    legalRepName: o.legalRepName,
    legalRepIdMasked: o.legalRepIdEnc ? maskIdNumber(decryptField(dataKey, o.legalRepIdEnc)) : null,
    legalRepPhoneMasked: maskPhone(o.legalRepPhone),
    businessScope: o.businessScope,
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
    contactPhone: o.contactPhone,
    website: o.website,
    dormantCandidate: o.dormantCandidate,
    usccWarning: o.usccWarning,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
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
