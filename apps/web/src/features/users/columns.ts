import type { MessageKey } from '../../lib/i18n';

/** A column of the account list and the export columns (the API's allow-list) that carry its content. */
export interface UserColumn {
  key: string;
  label: MessageKey;
  exportKeys: string[];
  shownByDefault: boolean;
}

export const USER_COLUMNS: readonly UserColumn[] = [
  { key: 'account', label: 'users.colAccount', exportKeys: ['displayName', 'username'], shownByDefault: true },
  { key: 'roles', label: 'users.colRoles', exportKeys: ['roles'], shownByDefault: true },
  { key: 'region', label: 'users.colRegion', exportKeys: ['regionName'], shownByDefault: true },
  { key: 'unit', label: 'users.colUnit', exportKeys: ['unitName'], shownByDefault: true },
  { key: 'phone', label: 'users.colPhone', exportKeys: ['phoneMasked'], shownByDefault: true },
  { key: 'idNumber', label: 'users.colIdNumber', exportKeys: ['idNumberMasked'], shownByDefault: false },
  { key: 'status', label: 'common.status', exportKeys: ['status'], shownByDefault: true },
  { key: 'lastLogin', label: 'users.colLastLogin', exportKeys: ['lastLoginAt'], shownByDefault: true },
  { key: 'createdAt', label: 'users.colCreatedAt', exportKeys: ['createdAt'], shownByDefault: false },
];

export const DEFAULT_USER_COLUMNS = USER_COLUMNS.filter((c) => c.shownByDefault).map((c) => c.key);

/** `columns=` of the export: the visible columns' export keys, in the list's order. */
export const exportColumnsOf = (visible: readonly string[]) =>
  USER_COLUMNS.filter((c) => visible.includes(c.key))
    .flatMap((c) => c.exportKeys)
    .join(',');
