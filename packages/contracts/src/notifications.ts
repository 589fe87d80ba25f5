import { z } from 'zod';
import type { Role } from './roles';
import { NOTIFIABLE_EVENTS, type EventName, type NotifiableEventName } from './events';
import { ZRegionCode } from './regions';

/**
 * What each role follows until its user chooses otherwise: the events its daily work reacts to.
 * A user only ever receives events inside the read scope of `notifications.receive`.
 */
export const DEFAULT_SUBSCRIPTIONS: Record<Role, readonly EventName[]> = {
  authority_staff: [
    'org_registered',
    'org_changed',
    'org_deregistered',
    'org_revoked',
    'org_certificate_withdrawn',
    'annual_report_submitted',
    'annual_report_overdue',
    'org_revocation_candidate',
    'penalty_decided',
    'rectification_overdue',
  ],
  supervisor_staff: [
    'org_changed',
    'annual_report_submitted',
    'annual_report_overdue',
    'annual_inspection_concluded',
    'penalty_decided',
    'rectification_overdue',
  ],
  party_staff: ['org_registered', 'annual_inspection_concluded'],
  partner_staff: ['penalty_decided', 'rectification_overdue'],
  township_staff: ['org_registered', 'activity_published'],
  applicant: [],
  org_account: ['annual_report_overdue', 'annual_inspection_concluded', 'penalty_decided', 'rectification_overdue'],
  evaluator: [],
  inspector: ['penalty_decided', 'rectification_overdue'],
  system_admin: [],
};

export function defaultSubscriptionsOf(roles: readonly Role[]): Set<EventName> {
  return new Set(roles.flatMap((r) => DEFAULT_SUBSCRIPTIONS[r]));
}

export const ZNotification = z.object({
  id: z.number().int(),
  /** The event name it came from (or another kind a module chose). */
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** Path inside the web app, e.g. /orgs/12. */
  link: z.string().nullable(),
  eventId: z.number().int().nullable(),
  regionCode: z.string().nullable(),
  read: z.boolean(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZSubscriptionInput = z.object({
  eventName: z.enum(NOTIFIABLE_EVENTS as [NotifiableEventName, ...NotifiableEventName[]], {
    message: '不支持订阅该事件',
  }),
  enabled: z.boolean(),
  /** Only events in this region subtree (inside the user's own scope). */
  regionCode: ZRegionCode.nullable().optional(),
  /** Only events about this organization. */
  orgId: z.number().int().positive().nullable().optional(),
});
export type TSubscriptionInput = z.infer<typeof ZSubscriptionInput>;

export const ZSubscriptionsUpdate = z.object({
  items: z
    .array(ZSubscriptionInput)
    .max(NOTIFIABLE_EVENTS.length)
    .refine((items) => new Set(items.map((i) => i.eventName)).size === items.length, '同一事件只能出现一次'),
});

export const ZSubscription = z.object({
  eventName: z.string(),
  label: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  /** Followed by default for the user's roles. */
  byDefault: z.boolean(),
  /** The user changed it from the default (or narrowed it with a filter). */
  customized: z.boolean(),
  regionCode: z.string().nullable(),
  orgId: z.number().int().nullable(),
});
export type TSubscription = z.infer<typeof ZSubscription>;
