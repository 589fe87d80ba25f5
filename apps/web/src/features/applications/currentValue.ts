import type { TOrg } from '@shezu/contracts';
import { formatYuan } from '../../lib/money';
import type { ChangeableField } from './applicationForm';

/** A changeable field's value in the register now, as the organization's page shows it (personal data masked). */
export function currentValue(org: TOrg, field: ChangeableField, lang: 'zh-CN' | 'en', direct: string): string {
  switch (field) {
    case 'legalRepIdNumber':
      return org.legalRepIdMasked ?? '—';
    case 'legalRepPhone':
      return org.legalRepPhoneMasked ?? '—';
    case 'regionCode':
      return org.regionName;
    case 'registeredFundsFen':
      return formatYuan(org.registeredFundsFen, lang);
    case 'supervisorUnitId':
      return org.supervisorUnitName ?? direct;
    default:
      return org[field];
  }
}
