import type { RegisteredOrgType } from '@shezu/contracts';

/** Registration certificates are issued for five years (登记证书有效期五年). */
export const CERTIFICATE_VALID_YEARS = 5;

/** From the day of issue to the day before the same date five years on: 2026-03-02 → 2031-03-01. */
export function certificateValidity(issuedOn: string): { validFrom: string; validUntil: string } {
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + CERTIFICATE_VALID_YEARS, m - 1, d) - 86_400_000);
  return { validFrom: issuedOn, validUntil: end.toISOString().slice(0, 10) };
}

export const CERTIFICATE_TITLES: Record<RegisteredOrgType, string> = {
  social_group: '社会团体法人登记证书',
  service_institution: '民办非企业单位登记证书',
  foundation: '基金会法人登记证书',
};

/** The regulation each type is registered under, named as the basis of every decision. */
export const REGULATION_OF: Record<RegisteredOrgType, string> = {
  social_group: '《社会团体登记管理条例》',
  service_institution: '《民办非企业单位登记管理暂行条例》',
  foundation: '《基金会管理条例》',
};
