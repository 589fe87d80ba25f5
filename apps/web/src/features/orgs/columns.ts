import type { MessageKey } from '../../lib/i18n';
import type { OrgSort } from './filters';

/** A column of the register list, the export columns (the API's allow-list) that carry it, and its sort. */
export interface OrgColumn {
  key: string;
  label: MessageKey;
  exportKeys: string[];
  shownByDefault: boolean;
  sort?: OrgSort;
}

export const ORG_COLUMNS: readonly OrgColumn[] = [
  { key: 'name', label: 'orgField.name', exportKeys: ['name'], shownByDefault: true, sort: 'name' },
  { key: 'uscc', label: 'orgField.uscc', exportKeys: ['uscc'], shownByDefault: true },
  { key: 'type', label: 'orgField.type', exportKeys: ['type'], shownByDefault: true },
  { key: 'category', label: 'orgField.categoryCode', exportKeys: ['categoryName'], shownByDefault: true },
  { key: 'level', label: 'orgs.col.level', exportKeys: ['level'], shownByDefault: false },
  { key: 'authority', label: 'orgs.col.authority', exportKeys: ['authorityName'], shownByDefault: false },
  { key: 'supervisor', label: 'orgField.supervisorUnitId', exportKeys: ['supervisorUnitName'], shownByDefault: false },
  { key: 'region', label: 'orgField.regionCode', exportKeys: ['regionName'], shownByDefault: true },
  { key: 'address', label: 'orgField.address', exportKeys: ['address'], shownByDefault: false },
  { key: 'legalRep', label: 'orgField.legalRepName', exportKeys: ['legalRepName'], shownByDefault: true },
  {
    key: 'funds',
    label: 'orgField.registeredFundsFen',
    exportKeys: ['registeredFundsFen'],
    shownByDefault: true,
    sort: 'registeredFundsFen',
  },
  { key: 'foundedOn', label: 'orgField.foundedOn', exportKeys: ['foundedOn'], shownByDefault: true, sort: 'foundedOn' },
  { key: 'status', label: 'orgField.status', exportKeys: ['status'], shownByDefault: true },
  {
    key: 'grade',
    label: 'orgField.evaluationGrade',
    exportKeys: ['evaluationGrade', 'gradeValidUntil'],
    shownByDefault: false,
  },
];

export const DEFAULT_ORG_COLUMNS = ORG_COLUMNS.filter((c) => c.shownByDefault).map((c) => c.key);

/** `columns=` of the export: the visible columns' export keys, in the list's order. */
export const exportColumnsOf = (visible: readonly string[]) =>
  ORG_COLUMNS.filter((c) => visible.includes(c.key))
    .flatMap((c) => c.exportKeys)
    .join(',');
