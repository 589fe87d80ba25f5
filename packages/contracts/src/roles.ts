/**
 * Roles of DOMAIN.md ("Actors and what each may see") and the permissions each grants.
 * Scope is not decided here: `authorize()` in the API adds read scope and decision scope.
 */
export const ROLES = [
  'authority_staff',
  'supervisor_staff',
  'party_staff',
  'partner_staff',
  'township_staff',
  'applicant',
  'org_account',
  'evaluator',
  'inspector',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose users belong to a unit and see only what is assigned to it. */
export const UNIT_ROLES: readonly Role[] = ['supervisor_staff', 'party_staff', 'partner_staff', 'evaluator'];
/** Roles that act for one organization and see only it. */
export const ORG_ROLES: readonly Role[] = ['org_account'];
/** Roles that are not attached to any region (portal sign-ups). */
export const PORTAL_ROLES: readonly Role[] = ['applicant'];

/**
 * How a permission is scoped:
 * - `self`: acts only on the user's own account or data;
 * - `read`: the region subtree (unit users: their unit; org accounts: their org);
 * - `decide`: only records of the user's own level (本级), although the subtree can be read.
 */
export type PermissionScope = 'self' | 'read' | 'decide';

export const PERMISSIONS = {
  'account.self': 'self',
  'todos.read': 'self',
  'regions.read': 'read',
  'regions.manage': 'read',
  'units.read': 'read',
  'units.manage': 'decide',
  'users.read': 'read',
  'users.manage': 'read',
  'users.pii': 'read',
  'audit.read': 'read',
  'audit.export': 'read',
  'users.export': 'read',
  /** Use of the file routes; each upload purpose decides who may upload and read its files. */
  'files.upload': 'read',
  'files.read': 'read',
  'jobs.manage': 'read',
  'jobs.read-own': 'self',
  'calendar.read': 'read',
  'calendar.manage': 'read',
  'events.manage': 'read',
  'notifications.read': 'self',
  /** Read scope in which followed events reach a user as notifications. */
  'notifications.receive': 'read',
  /** Official documents issued by the authorities in read scope, and their templates. */
  'documents.read': 'read',
  /** Issuing and revoking notices and letters in the own bureau's name (本级 only). */
  'documents.issue': 'decide',
  /** Editing the own bureau's document templates (each edit is a new version). */
  'templates.manage': 'decide',
  /** The register: bureau staff their region subtree, supervising units their own organizations, an org itself. */
  'orgs.read': 'read',
  /** Entering, correcting, revoking organizations registered by the own bureau (本级). */
  'orgs.manage': 'decide',
  /** Legal representatives' ID numbers and phones in clear (audited). */
  'orgs.pii': 'read',
  'orgs.export': 'read',
  /** The region's dictionary of domain categories and which register directly. */
  'categories.manage': 'read',
  /** Registration applications: own ones, the unit's (supervisors), the region subtree's (bureaus). */
  'applications.read': 'read',
  /** Drafting, submitting and withdrawing one's own applications (founders, organization accounts). */
  'applications.apply': 'self',
  /** The supervising unit's review (业务主管单位审查) of applications assigned to the unit. */
  'applications.review': 'read',
  /** The authority's decision on applications to the own bureau (本级). */
  'applications.decide': 'decide',
  /** Time limits, the preparation step and the sign-up approval switch of the region. */
  'applications.settings': 'read',
  /** Issuing accounts to organizations registered by the own bureau (login = credit code). */
  'orgs.accounts': 'decide',
  /** Excel ledgers (台账): template, upload, report, commit; each kind checks its own decision scope. */
  'ledgers.import': 'read',
  /** Filed community organizations (社区社会组织) of the region subtree. */
  'community_orgs.read': 'read',
  /** Filing, updating and cancelling community organizations of the own township (本级). */
  'community_orgs.manage': 'decide',
  /** Annual reports and inspection cycles: bureaus their region subtree, units what is assigned, an org its own. */
  'annual.read': 'read',
  /** Filling and submitting the own organization's annual report. */
  'annual.fill': 'read',
  /** The supervising unit's and the party-building body's opinions on reports assigned to the unit. */
  'annual.review': 'read',
  /** The authority's conclusion (合格 / 基本合格 / 不合格) on organizations it registered (本级). */
  'annual.decide': 'decide',
  /** Opening the own bureau's yearly inspection (本级). */
  'annual.cycles': 'decide',
  /** The report form as data: indicators, rules and risk rules per year. */
  'annual.indicators': 'read',
  /** Credit records, list entries, scores and dormant candidates: bureaus their subtree, an org its own. */
  'credit.read': 'read',
  /** Listing, removing, deciding requests and entering other departments' penalties (本级 registrations). */
  'credit.decide': 'decide',
  /** An organization's own removal, objection and credit-repair requests. */
  'credit.apply': 'read',
  /** The credit-score scheme (indicators, maximums, level bands); province level and above edit it. */
  'credit.scheme': 'read',
  /** Supervision (spot checks, complaints, cases, warnings, illegal organizations, campaigns) in read scope. */
  'supervision.read': 'read',
  /** Plans and draws, complaint triage, cases and measures, warnings, bans and campaigns of the own level. */
  'supervision.manage': 'decide',
  /** An inspector's own assigned checks: results per item. */
  'supervision.inspect': 'read',
  /** A partner department's tasks in coordinated cases. */
  'supervision.partner': 'read',
  /** An organization or supervising unit answering rectifications, warnings and self-inspection forms. */
  'supervision.respond': 'read',
  /** The administrative penalty procedure (立案 to 结案) of the own level. */
  'penalties.manage': 'decide',
  /** Legal review (法制审核) of a penalty before its decision; never by the case handler. */
  'penalties.review': 'decide',
  /** Dormant-organization clean-up campaigns and their disposals (本级). */
  'dormant.manage': 'decide',
  /** Activities and major-matter reports in read scope (lists, calendar, statistics). */
  'activities.read': 'read',
  /** An organization's own activities: plan, report under way and finished, photos, submit for review. */
  'activities.post': 'read',
  /** Approving activities that need it, reviewing before publication (先审后发), unpublishing (本级). */
  'activities.decide': 'decide',
  /** An organization's own major-matter reports (重大事项报告). */
  'major_matters.report': 'read',
  /** Acknowledging or objecting to major-matter reports: the authority (本级) or the supervising unit. */
  'major_matters.decide': 'decide',
} as const satisfies Record<string, PermissionScope>;
export type Permission = keyof typeof PERMISSIONS;

const EVERYONE: Permission[] = [
  'account.self',
  'todos.read',
  'regions.read',
  'jobs.read-own',
  'notifications.read',
  'files.upload',
  'files.read',
];
const STAFF: Permission[] = [...EVERYONE, 'units.read', 'calendar.read', 'notifications.receive', 'orgs.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  authority_staff: [
    ...STAFF,
    'users.read',
    'audit.read',
    'users.export',
    'audit.export',
    'documents.read',
    'documents.issue',
    'orgs.manage',
    'orgs.pii',
    'orgs.export',
    'orgs.accounts',
    'applications.read',
    'applications.decide',
    'ledgers.import',
    'community_orgs.read',
    'annual.read',
    'annual.decide',
    'annual.cycles',
    'credit.read',
    'credit.decide',
    'dormant.manage',
    'supervision.read',
    'supervision.manage',
    'penalties.manage',
    'penalties.review',
    'activities.read',
    'activities.decide',
    'major_matters.decide',
  ],
  supervisor_staff: [
    ...STAFF,
    'applications.read',
    'applications.review',
    'annual.read',
    'annual.review',
    'credit.read',
    'supervision.read',
    'supervision.respond',
    'activities.read',
    'major_matters.decide',
  ],
  party_staff: [...STAFF, 'annual.read', 'annual.review'],
  partner_staff: [...STAFF, 'supervision.partner'],
  township_staff: [...STAFF, 'community_orgs.read', 'community_orgs.manage', 'ledgers.import'],
  applicant: [...EVERYONE, 'applications.read', 'applications.apply'],
  org_account: [
    ...EVERYONE,
    'notifications.receive',
    'orgs.read',
    'applications.read',
    'applications.apply',
    'documents.read',
    'annual.read',
    'annual.fill',
    'credit.read',
    'credit.apply',
    'supervision.respond',
    'activities.read',
    'activities.post',
    'major_matters.report',
  ],
  evaluator: EVERYONE,
  inspector: [...STAFF, 'supervision.inspect'],
  system_admin: [
    ...STAFF,
    'regions.manage',
    'units.manage',
    'users.read',
    'users.manage',
    'users.pii',
    'audit.read',
    'users.export',
    'audit.export',
    'calendar.manage',
    'jobs.manage',
    'events.manage',
    'documents.read',
    'templates.manage',
    'orgs.export',
    'categories.manage',
    'applications.settings',
    'community_orgs.read',
    'annual.read',
    'annual.indicators',
    'credit.read',
    'credit.scheme',
    'activities.read',
  ],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r]) out.add(p);
  return out;
}
