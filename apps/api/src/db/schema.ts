import type { ColumnType, Generated } from 'kysely';
import type { AnnualTables } from './schema-annual';
import type { CreditTables } from './schema-credit';
import type { SpotChecksTables } from './schema-spot-checks';
import type { CasesTables } from './schema-cases';
import type { PenaltiesTables } from './schema-penalties';
import type { WatchTables } from './schema-watch';
import type { ActivitiesTables } from './schema-activities';
import type { RegisterTables } from './schema-register';

export type * from './schema-register';

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
  /** When it was closed, done or cancelled (`status` says which); null while open. */
  doneAt: string | null;
  createdAt: string;
  orgId: number | null;
  role: string | null;
  regionCode: string | null;
  status: ColumnType<string, string | undefined, string>;
  updatedAt: string | null;
}

export interface OutboxEventsTable {
  id: Id;
  name: string;
  version: number;
  regionCode: string;
  payload: Json;
  actorId: number | null;
  actorName: string;
  requestId: string | null;
  createdAt: string;
}

export interface EventDeliveriesTable {
  id: Id;
  eventId: number;
  consumer: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  lastError: string | null;
  leaseToken: string | null;
  lockedUntil: string | null;
  processedAt: string | null;
  createdAt: string;
}

export interface EventConsumptionsTable {
  consumer: string;
  eventId: number;
  processedAt: string;
}

export interface NotificationsTable {
  id: Id;
  userId: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  eventId: number | null;
  regionCode: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationSubscriptionsTable {
  id: Id;
  userId: number;
  eventName: string;
  enabled: Bool;
  regionCode: string | null;
  orgId: number | null;
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

export interface JobSchedulesTable {
  name: string;
  schedule: Json;
  enabled: Bool;
  nextRunAt: string | null;
  lastSlot: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface JobRunsTable {
  id: Id;
  jobName: string;
  kind: string;
  slot: string;
  status: string;
  payload: Json | null;
  progressDone: number;
  progressTotal: number | null;
  result: Json | null;
  error: string | null;
  requestedBy: number | null;
  requestedByName: string | null;
  regionCode: string | null;
  attempts: number;
  maxAttempts: number;
  leaseOwner: string | null;
  leaseUntil: string | null;
  heartbeatAt: string | null;
  cancelRequested: Bool;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface FilesTable {
  id: Id;
  purpose: string;
  ownerType: string | null;
  ownerId: string | null;
  originalName: string;
  safeName: string;
  mime: string;
  size: number;
  /** SM3 of the content, hex. */
  checksum: string;
  storage: string;
  storageKey: string;
  regionCode: string | null;
  createdBy: number | null;
  createdAt: string;
  attachedAt: string | null;
}

export interface DocumentTemplatesTable {
  id: Id;
  authorityRegionCode: string | null;
  kind: string;
  version: number;
  name: string;
  fields: Json;
  layout: Json;
  basedOnId: number | null;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
}

export interface DocumentCountersTable {
  authorityRegionCode: string;
  kind: string;
  year: number;
  lastNumber: number;
}

export interface DocumentsTable {
  id: Id;
  kind: string;
  templateId: number;
  templateVersion: number;
  authorityRegionCode: string;
  issuer: string;
  number: string;
  year: number;
  seq: number;
  title: string;
  fields: Json;
  linkedType: string | null;
  linkedId: string | null;
  orgId: number | null;
  pdfRef: string | null;
  docxRef: string | null;
  checksum: string;
  verifyCode: string;
  verifyUrl: string;
  issuedBy: number | null;
  issuedByName: string;
  issuedAt: string;
  issueDate: string;
  revokedAt: string | null;
  revokedBy: number | null;
  revokeReason: string | null;
}

export interface DB
  extends
    RegisterTables,
    AnnualTables,
    CreditTables,
    SpotChecksTables,
    CasesTables,
    PenaltiesTables,
    WatchTables,
    ActivitiesTables {
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
  files: FilesTable;
  outboxEvents: OutboxEventsTable;
  eventDeliveries: EventDeliveriesTable;
  eventConsumptions: EventConsumptionsTable;
  notifications: NotificationsTable;
  notificationSubscriptions: NotificationSubscriptionsTable;
  jobSchedules: JobSchedulesTable;
  jobRuns: JobRunsTable;
  documentTemplates: DocumentTemplatesTable;
  documentCounters: DocumentCountersTable;
  documents: DocumentsTable;
}
