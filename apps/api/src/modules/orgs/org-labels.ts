import type { OrgLevel, OrgStatus, RegisteredOrgType } from '@shezu/contracts';

/** The words a Chinese official uses, for exports and announcements (the web has its own catalogue). */
export const ORG_TYPE_LABELS: Record<RegisteredOrgType, string> = {
  social_group: '社会团体',
  service_institution: '民办非企业单位',
  foundation: '基金会',
};
export const ORG_STATUS_LABELS: Record<OrgStatus, string> = {
  registered: '正常',
  deregistered: '已注销',
  revoked: '已撤销登记',
  withdrawn: '已吊销登记证书',
};
export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县级',
};
