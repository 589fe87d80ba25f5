import type {
  CommunityAreaKind,
  CommunityOrgCategory,
  CommunityOrgStatus,
  LedgerImportStatus,
  LedgerKind,
  ApplicationKind,
  ApplicationStatus,
  ApplicationStep,
  AttachmentRole,
  DeliveryStatus,
  EvaluationGrade,
  EventName,
  JobRunStatus,
  OrgEventKind,
  OrgLevel,
  OrgStatus,
  RegionLevel,
  RegisteredOrgType,
  Role,
  TemplateFieldType,
  TOrgFields,
  UnitKind,
} from '@shezu/contracts';
import type { DOCUMENT_KINDS } from '@shezu/contracts';
import type { AuditAction, AuditEntity } from '../labels';
import { componentMessages } from '../../components/messages';
import { communityOrgsMessages } from '../../features/community-orgs/messages';
import { ledgersMessages } from '../../features/ledgers/messages';
import { orgAccountsMessages } from '../../features/org-accounts/messages';
import { applicationFieldMessages } from '../../features/applications/fieldMessages';
import { applicationsMessages } from '../../features/applications/messages';
import { signUpMessages } from '../../features/sign-up/messages';
import { registrationSettingsMessages } from '../../features/registration-settings/messages';
import { reviewsMessages } from '../../features/reviews/messages';
import { annualReviewMessages } from '../../features/annual-review/messages';
import { annualInspectionsMessages } from '../../features/annual-inspections/messages';
import { annualReportsMessages } from '../../features/annual-reports/messages';
import { creditScoresMessages } from '../../features/credit-scores/messages';
import { dormantMessages } from '../../features/dormant/messages';
import { creditMessages } from '../../features/credit/messages';
import { specialCampaignsMessages } from '../../features/special-campaigns/messages';
import { riskWarningsMessages } from '../../features/risk-warnings/messages';
import { illegalOrgsMessages } from '../../features/illegal-orgs/messages';
import { spotChecksMessages } from '../../features/spot-checks/messages';
import { complaintsMessages } from '../../features/complaints/messages';
import { penaltiesMessages } from '../../features/penalties/messages';
import { supervisionCasesMessages } from '../../features/supervision-cases/messages';
import { activitiesMessages } from '../../features/activities/messages';
import { majorMattersMessages } from '../../features/major-matters/messages';
import { signUpsAdminMessages } from '../../features/sign-ups-admin/messages';
import { auditMessages } from '../../features/audit/messages';
import { authMessages } from '../../features/auth/messages';
import { calendarMessages } from '../../features/calendar/messages';
import { documentsMessages } from '../../features/documents/messages';
import { templatesMessages } from '../../features/documents/templates/messages';
import { eventsMessages } from '../../features/events/messages';
import { homeMessages } from '../../features/home/messages';
import { jobsMessages } from '../../features/jobs/messages';
import { notificationsMessages } from '../../features/notifications/messages';
import { categoriesMessages } from '../../features/orgs/categories/messages';
import { orgFieldMessages } from '../../features/orgs/fieldMessages';
import { orgsMessages } from '../../features/orgs/messages';
import { portalMessages } from '../../features/portal/messages';
import { portalToolMessages } from '../../features/portal/toolMessages';
import { portalActivityMessages } from '../../features/portal/activities/messages';
import { regionsMessages } from '../../features/regions/messages';
import { unitsMessages } from '../../features/units/messages';
import { usersMessages } from '../../features/users/messages';
import { coreMessages } from './messages/core';
import { enumMessages } from './messages/enums';
import { errorMessages } from './messages/errors';

/** Every part of the catalogue; each feature owns its strings (`features/<feature>/messages.ts`). */
export const PARTS = [
  coreMessages,
  errorMessages,
  enumMessages,
  componentMessages,
  authMessages,
  homeMessages,
  usersMessages,
  unitsMessages,
  auditMessages,
  regionsMessages,
  notificationsMessages,
  jobsMessages,
  eventsMessages,
  calendarMessages,
  documentsMessages,
  templatesMessages,
  orgFieldMessages,
  orgsMessages,
  categoriesMessages,
  ledgersMessages,
  communityOrgsMessages,
  orgAccountsMessages,
  portalMessages,
  portalToolMessages,
  portalActivityMessages,
  applicationFieldMessages,
  applicationsMessages,
  signUpMessages,
  reviewsMessages,
  signUpsAdminMessages,
  registrationSettingsMessages,
  annualReviewMessages,
  annualInspectionsMessages,
  annualReportsMessages,
  creditScoresMessages,
  dormantMessages,
  creditMessages,
  specialCampaignsMessages,
  riskWarningsMessages,
  illegalOrgsMessages,
  spotChecksMessages,
  complaintsMessages,
  penaltiesMessages,
  supervisionCasesMessages,
  activitiesMessages,
  majorMattersMessages,
] as const;

/**
 * Keys that must exist for every value of the shared enums: a new role or unit kind fails the build here.
 * Error codes are checked by catalogue.test.ts instead: the API adds them often, and until a label exists
 * the web shows the API's own Chinese message.
 */
type EnumKeys =
  | `role.${Role}`
  | `unitKind.${UnitKind}`
  | `regionLevel.${RegionLevel}`
  | `auditAction.${AuditAction}`
  | `auditEntity.${AuditEntity}`
  | `jobStatus.${JobRunStatus}`
  | `deliveryStatus.${DeliveryStatus}`
  | `event.${EventName}`
  | `documentKind.${(typeof DOCUMENT_KINDS)[number]}`
  | `templates.fieldType.${TemplateFieldType}`
  | `orgType.${RegisteredOrgType}`
  | `orgStatus.${OrgStatus}`
  | `orgLevel.${OrgLevel}`
  | `orgGrade.${EvaluationGrade}`
  | `orgEventKind.${OrgEventKind}`
  | `orgField.${keyof TOrgFields}`
  | `ledgerKind.${LedgerKind}`
  | `ledgerStatus.${LedgerImportStatus}`
  | `communityCategory.${CommunityOrgCategory}`
  | `communityAreaKind.${CommunityAreaKind}`
  | `communityOrgStatus.${CommunityOrgStatus}`
  | `applicationKind.${ApplicationKind}`
  | `applicationStatus.${ApplicationStatus}`
  | `applicationStep.${ApplicationStep}`
  | `attachmentRole.${AttachmentRole}`;

type Part = (typeof PARTS)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The source catalogue: every user-visible string of the web app, keyed by where it is used. */
export const zhCN = Object.assign({}, ...PARTS.map((p) => p.zhCN)) as UnionToIntersection<Part['zhCN']>;

export type MessageKey = keyof typeof zhCN & string;
export type Messages = Record<MessageKey, string>;

/** English: each part's keys are checked against its Chinese half when the part is defined. */
export const en = Object.assign({}, ...PARTS.map((p) => p.en)) as Messages;

/** Empty unless an enum value has no label; the line below then fails the build and names the key. */
type MissingEnumLabels = Exclude<EnumKeys, MessageKey>;
export const _enumLabelsComplete: [MissingEnumLabels] extends [never] ? true : MissingEnumLabels = true;
