import type { RegionLevel, Role, UnitKind } from '@shezu/contracts';
import type { TFunction } from './i18n';

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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = ['user', 'unit', 'region'] as const;
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
