import { isEventName, type RegionLevel, type Role, type UnitKind } from '@shezu/contracts';
import { isMessageKey, type TFunction } from './i18n';

/** Audit actions and entities the API writes today; anything newer is shown as the API names it. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'reset_password',
  'disable',
  'enable',
  'unlock',
  'reveal_pii',
  'login',
  'login_failed',
  'locked',
  'logout',
  'password_changed',
  'seed',
  'export',
  'upload',
  'store',
  'attach',
  'download',
  'run',
  'cancel',
  'cleanup',
  'selftest',
  'retry',
  'issue',
  'revoke',
  'read',
  'read_all',
  'notify',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = [
  'user',
  'unit',
  'region',
  'session',
  'file',
  'audit_log',
  'job',
  'job_run',
  'event_delivery',
  'calendar_year',
  'document',
  'document_template',
  'notification',
  'notification_subscription',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

export const roleLabel = (t: TFunction, role: Role) => t(`role.${role}`);
export const unitKindLabel = (t: TFunction, kind: UnitKind) => t(`unitKind.${kind}`);
export const regionLevelLabel = (t: TFunction, level: RegionLevel) => t(`regionLevel.${level}`);

export function auditActionLabel(t: TFunction, action: string): string {
  return isOneOf(AUDIT_ACTIONS, action) ? t(`auditAction.${action}`) : action;
}

export function auditEntityLabel(t: TFunction, entity: string): string {
  return isOneOf(AUDIT_ENTITIES, entity) ? t(`auditEntity.${entity}`) : entity;
}

/** Event names as people read them; an event the web does not know yet shows its name. */
export function eventLabel(t: TFunction, name: string): string {
  return isEventName(name) ? t(`event.${name}`) : name;
}

/** Document kinds grow as modules add templates: a kind without a label shows the API's name for it. */
export function documentKindLabel(t: TFunction, kind: string, fallback?: string): string {
  const key = `documentKind.${kind}`;
  return isMessageKey(key) ? t(key) : (fallback ?? kind);
}

/** To-do kinds come from the modules that add them; a kind without a label shows as the API names it. */
export function todoKindLabel(t: TFunction, kind: string): string {
  const key = `todoKind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}
