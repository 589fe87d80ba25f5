import type { ReactNode } from 'react';
import type { Permission } from '@shezu/contracts';
import type { MessageKey } from '../lib/i18n';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  testId: string;
  /** Shown when the user has this permission (or any of these). */
  permission?: Permission | Permission[];
  /** Hidden from users who hold this (an organization account has its own page instead). */
  hiddenWith?: Permission;
  extra?: ReactNode;
}

export interface MenuGroup {
  key: string;
  label: MessageKey;
  icon: ReactNode;
  testId: string;
  children: MenuEntry[];
}
