import {
  COMMUNITY_ORG_CATEGORIES,
  maskIdNumber,
  maskPhone,
  type CommunityAreaKind,
  type CommunityOrgStatus,
  type TCommunityOrg,
  type TCommunityOrgFields,
} from '@shezu/contracts';
import { decryptField } from '../../platform/crypto';
import type { CommunityOrgRecord } from './community-orgs.repository';

/**
 * Filing rules beyond the shape of the fields: the filing date has passed, and the name is free among
 * the township's filed organizations. Field → message, empty when they hold.
 */
export function communityOrgIssues(
  f: Partial<TCommunityOrgFields>,
  facts: { today: string; nameTaken?: boolean },
): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.name !== undefined && facts.nameTaken) out.name = '本乡镇（街道）已有同名的社区社会组织';
  if (f.filedOn && f.filedOn > facts.today) out.filedOn = '备案日期不能晚于今天';
  return out;
}

export const categoryNameOf = (code: string) => COMMUNITY_ORG_CATEGORIES.find((c) => c.code === code)?.name ?? code;

/** Row → API shape: the responsible person's ID number and phone masked. */
export function presentCommunityOrg(o: CommunityOrgRecord, dataKey: Buffer): TCommunityOrg {
  return {
    id: o.id,
    name: o.name,
    regionCode: o.regionCode,
    regionName: o.regionName,
    communityName: o.communityName,
    areaKind: o.areaKind as CommunityAreaKind,
    categoryCode: o.categoryCode,
    categoryName: categoryNameOf(o.categoryCode),
    responsibleName: o.responsibleName,
    responsibleIdMasked: o.responsibleIdEnc ? maskIdNumber(decryptField(dataKey, o.responsibleIdEnc)) : null,
    responsiblePhoneMasked: maskPhone(o.responsiblePhone),
    venue: o.venue,
    activityArea: o.activityArea,
    memberCount: o.memberCount,
    fundsFen: o.fundsFen,
    charterFileId: o.charterFileId,
    rosterFileId: o.rosterFileId,
    status: o.status as CommunityOrgStatus,
    filedOn: o.filedOn,
    cancelledOn: o.cancelledOn,
    cancelReason: o.cancelReason,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

/** Where a filing sits for `authorize()`: its township reads and decides. */
export const communityOrgResource = (o: { regionCode: string }) => ({
  regionCode: o.regionCode,
  authorityRegionCode: o.regionCode,
});

/** What the audit trail keeps of the fields: no ID number or phone in clear. */
export function auditView(f: Partial<TCommunityOrgFields>): Record<string, unknown> {
  const { responsibleIdNumber, responsiblePhone, ...rest } = f;
  return {
    ...rest,
    ...(responsibleIdNumber !== undefined ? { responsibleIdNumber: responsibleIdNumber ? '***' : null } : {}),
    ...(responsiblePhone !== undefined ? { responsiblePhone: maskPhone(responsiblePhone) } : {}),
  };
}
