import type { ColumnType, Generated } from 'kysely';

/**
 * Table types as the repositories see them through CamelCasePlugin (columns are snake_case in SQL).
 * Timestamps are ISO strings, dates 'YYYY-MM-DD'; booleans come back as 0/1 from SQLite, so
 * repositories map rows through `toBool` before they leave.
 */
type Bool = ColumnType<boolean | number, boolean, boolean>;
type Json = ColumnType<unknown, string, string>;
type Id = Generated<number>;

export interface RegionsTable {
  code: string;
  gbCode: string | null;
  name: string;
  fullName: string;
  level: string;
  parentCode: string | null;
  placeholder: Bool;
  childCount: number;
  population: number | null;
  version: number;
  updatedAt: string | null;
}

export interface UnitsTable {
  id: Id;
  name: string;
  kind: string;
  regionCode: string;
  contactPhone: string | null;
  active: Bool;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UsersTable {
  id: Id;
  username: string;
  displayName: string;
  passwordHash: string;
  regionCode: string | null;
  unitId: number | null;
  orgId: number | null;
  phone: string | null;
  idNumberEnc: string | null;
  idNumberHash: string | null;
  disabled: Bool;
  mustChangePassword: Bool;
  demoPassword: Bool;
  failedLogins: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  passwordChangedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserRolesTable {
  userId: number;
  role: string;
}

export interface SessionsTable {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditLogTable {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string | null;
  summary: string | null;
  before: Json | null;
  after: Json | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  lastId: number;
  lastHash: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updatedAt: string;
}

export interface TodosTable {
  id: Id;
  userId: number | null;
  unitId: number | null;
  kind: string;
  title: string;
  link: string | null;
  dueDate: string | null;
  priority: number;
  sourceKey: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface CalendarDaysTable {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface DB {
  calendarYears: CalendarYearsTable;
  calendarDays: CalendarDaysTable;
  regions: RegionsTable;
  units: UnitsTable;
  users: UsersTable;
  userRoles: UserRolesTable;
  sessions: SessionsTable;
  auditLog: AuditLogTable;
  auditHead: AuditHeadTable;
  settings: SettingsTable;
  todos: TodosTable;
}
