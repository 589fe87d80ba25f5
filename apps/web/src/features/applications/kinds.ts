import {
  APPLICATION_KINDS,
  FOUNDING_KINDS,
  type ApplicationKind,
  type AttachmentRole,
  type TMe,
} from '@shezu/contracts';

export const ORG_KINDS: readonly ApplicationKind[] = APPLICATION_KINDS.filter((k) => !FOUNDING_KINDS.includes(k));

export const isFoundingKind = (kind: ApplicationKind) => FOUNDING_KINDS.includes(kind);

export const isApplicationKind = (v: string | undefined): v is ApplicationKind =>
  !!v && (APPLICATION_KINDS as readonly string[]).includes(v);

/**
 * The kinds a user may file, as the API decides (applications.service create): a founder (role
 * applicant) files 筹备 and 成立; an organization's account files for its own organization.
 */
export function kindsFor(me: Pick<TMe, 'roles' | 'orgId' | 'permissions'>): ApplicationKind[] {
  if (!me.permissions.includes('applications.apply')) return [];
  const out: ApplicationKind[] = [];
  if (me.roles.includes('applicant')) out.push(...FOUNDING_KINDS);
  if (me.roles.includes('org_account') && me.orgId !== null) out.push(...ORG_KINDS);
  return out;
}

/** Materials without which the API refuses the submission (submission-checks.ts). */
export const REQUIRED_ROLES: Record<ApplicationKind, readonly AttachmentRole[]> = {
  preparation: [],
  establishment: [],
  change: [],
  charter: ['charter'],
  responsible_person: [],
  deregistration: ['liquidation_report'],
};

/** Materials a bureau usually asks for with each kind, listed first in the picker. */
export const SUGGESTED_ROLES: Record<ApplicationKind, readonly AttachmentRole[]> = {
  preparation: ['charter', 'supervisor_consent', 'funds_proof', 'venue_proof'],
  establishment: ['charter', 'member_list', 'meeting_minutes', 'funds_proof', 'venue_proof', 'supervisor_consent'],
  change: ['meeting_minutes', 'supervisor_consent'],
  charter: ['charter', 'meeting_minutes', 'supervisor_consent'],
  responsible_person: ['meeting_minutes'],
  deregistration: ['liquidation_report', 'meeting_minutes', 'supervisor_consent'],
};

/** Required roles not yet among the attachments. */
export function missingRoles(kind: ApplicationKind, roles: readonly (AttachmentRole | undefined)[]): AttachmentRole[] {
  return REQUIRED_ROLES[kind].filter((r) => !roles.includes(r));
}
