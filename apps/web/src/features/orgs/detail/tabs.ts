import { lazy, type ComponentType } from 'react';
import type { Permission, TMe, TOrg } from '@shezu/contracts';
import { can } from '../../../app/session';
import type { MessageKey } from '../../../lib/i18n';
import { BasicInfoTab } from './BasicInfoTab';

/** A tab of the organization page. */
export interface OrgDetailTab {
  /** Also the `?tab=` of the page URL, so a link can open it. */
  key: string;
  label: MessageKey;
  /** Position among the tabs (basic information 10, timeline 20, documents 30; modules pick their own). */
  order: number;
  /** Shown only to users who hold it. */
  permission?: Permission;
  Component: ComponentType<{ org: TOrg }>;
}

/**
 * The organization page's tabs. A later module (inspections, credit, penalties, activities…) adds one
 * entry here with its component imported lazily, so the page loads a module's code only when its tab opens.
 */
export const ORG_DETAIL_TABS: readonly OrgDetailTab[] = [
  { key: 'basic', label: 'orgs.tab.basic', order: 10, Component: BasicInfoTab },
  {
    key: 'timeline',
    label: 'orgs.tab.timeline',
    order: 20,
    Component: lazy(() => import('./TimelineTab')),
  },
  {
    key: 'documents',
    label: 'orgs.tab.documents',
    order: 30,
    permission: 'documents.read',
    Component: lazy(() => import('./DocumentsTab')),
  },
  {
    key: 'credit',
    label: 'orgs.tab.credit',
    order: 40,
    permission: 'credit.read',
    Component: lazy(() => import('../../credit/CreditTab')),
  },
  {
    key: 'activities',
    label: 'orgs.tab.activities',
    order: 50,
    permission: 'activities.read',
    Component: lazy(() => import('../../activities/OrgActivitiesTab')),
  },
];

/** The tabs a user sees, in order. */
export function tabsFor(me: TMe, tabs: readonly OrgDetailTab[] = ORG_DETAIL_TABS): OrgDetailTab[] {
  return tabs.filter((tab) => !tab.permission || can(me, tab.permission)).sort((a, b) => a.order - b.order);
}
