import { isMessageKey, type MessageKey, type TFunction } from '../../lib/i18n';

/** A column of the list and the export columns (the API's allow-list) that carry it. */
export interface CommunityOrgColumn {
  key: string;
  label: MessageKey;
  exportKeys: string[];
  shownByDefault: boolean;
}

export const COMMUNITY_ORG_COLUMNS: readonly CommunityOrgColumn[] = [
  { key: 'name', label: 'communityOrgField.name', exportKeys: ['name'], shownByDefault: true },
  { key: 'region', label: 'communityOrgField.regionName', exportKeys: ['regionName'], shownByDefault: true },
  { key: 'community', label: 'communityOrgField.communityName', exportKeys: ['communityName'], shownByDefault: true },
  { key: 'areaKind', label: 'communityOrgField.areaKind', exportKeys: ['areaKind'], shownByDefault: false },
  { key: 'category', label: 'communityOrgField.categoryCode', exportKeys: ['categoryName'], shownByDefault: true },
  {
    key: 'responsible',
    label: 'communityOrgField.responsibleName',
    exportKeys: ['responsibleName'],
    shownByDefault: true,
  },
  {
    key: 'phone',
    label: 'communityOrgField.responsiblePhone',
    exportKeys: ['responsiblePhoneMasked'],
    shownByDefault: false,
  },
  { key: 'venue', label: 'communityOrgField.venue', exportKeys: ['venue'], shownByDefault: false },
  { key: 'activityArea', label: 'communityOrgField.activityArea', exportKeys: ['activityArea'], shownByDefault: false },
  { key: 'members', label: 'communityOrgField.memberCount', exportKeys: ['memberCount'], shownByDefault: true },
  { key: 'funds', label: 'communityOrgField.fundsFen', exportKeys: ['fundsFen'], shownByDefault: false },
  { key: 'filedOn', label: 'communityOrgField.filedOn', exportKeys: ['filedOn'], shownByDefault: true },
  { key: 'status', label: 'communityOrgField.status', exportKeys: ['status', 'cancelledOn'], shownByDefault: true },
];

export const DEFAULT_COMMUNITY_ORG_COLUMNS = COMMUNITY_ORG_COLUMNS.filter((c) => c.shownByDefault).map((c) => c.key);

/** `columns=` of the export: the visible columns' export keys, in the list's order. */
export const exportColumnsOf = (visible: readonly string[]) =>
  COMMUNITY_ORG_COLUMNS.filter((c) => visible.includes(c.key))
    .flatMap((c) => c.exportKeys)
    .join(',');

/** The category's label; a code this app does not know yet shows the API's name for it. */
export function categoryLabel(t: TFunction, o: { categoryCode: string; categoryName: string }): string {
  const key = `communityCategory.${o.categoryCode}`;
  return isMessageKey(key) ? t(key) : o.categoryName;
}
