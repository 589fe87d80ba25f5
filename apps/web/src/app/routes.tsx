import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { Permission } from '@shezu/contracts';
import { FullPageSpin } from '../components/FullPageSpin';
import { ForbiddenPage, NotFoundPage } from '../components/ResultPages';
import { LoginPage } from '../features/auth/LoginPage';
import { AppLayout } from './AppLayout';
import { RequireAuth, RequirePermission } from './RequireAuth';
import { SessionWatcher } from './SessionWatcher';

const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage'));
const HomePage = lazy(() => import('../features/home/HomePage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const UnitsPage = lazy(() => import('../features/units/UnitsPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const RegionsPage = lazy(() => import('../features/regions/RegionsPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../features/notifications/NotificationSettingsPage'));
const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage'));
const VerifyPage = lazy(() => import('../features/documents/VerifyPage'));
const JobsPage = lazy(() => import('../features/jobs/JobsPage'));
const EventsPage = lazy(() => import('../features/events/EventsPage'));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage'));
const TemplatesPage = lazy(() => import('../features/documents/templates/TemplatesPage'));
const OrgsPage = lazy(() => import('../features/orgs/OrgsPage'));
const OrgCreatePage = lazy(() => import('../features/orgs/OrgCreatePage'));
const OrgDetailPage = lazy(() => import('../features/orgs/detail/OrgDetailPage'));
const OrgCategoriesPage = lazy(() => import('../features/orgs/categories/OrgCategoriesPage'));

const page = (node: ReactNode) => <Suspense fallback={<FullPageSpin />}>{node}</Suspense>;
const guarded = (permission: Permission, node: ReactNode) =>
  page(<RequirePermission permission={permission}>{node}</RequirePermission>);

/** Paths follow the API's names (kebab-case plurals); the platform's admin pages live under /admin. */
export function AppRoutes() {
  return (
    <>
      <SessionWatcher />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {/* The QR code on every issued document opens this page: public, outside the auth guard. */}
        <Route path="/verify/:code" element={page(<VerifyPage />)} />
        <Route element={<RequireAuth />}>
          <Route path="/change-password" element={page(<ChangePasswordPage />)} />
          <Route element={<AppLayout />}>
            <Route index element={page(<HomePage />)} />
            <Route path="/orgs" element={guarded('orgs.read', <OrgsPage />)} />
            <Route path="/orgs/new" element={guarded('orgs.manage', <OrgCreatePage />)} />
            <Route path="/orgs/:id" element={guarded('orgs.read', <OrgDetailPage />)} />
            <Route path="/users" element={guarded('users.read', <UsersPage />)} />
            <Route path="/units" element={guarded('units.read', <UnitsPage />)} />
            <Route path="/audit-logs" element={guarded('audit.read', <AuditPage />)} />
            <Route path="/regions" element={guarded('regions.read', <RegionsPage />)} />
            <Route path="/documents" element={guarded('documents.read', <DocumentsPage />)} />
            <Route path="/notifications" element={guarded('notifications.read', <NotificationsPage />)} />
            <Route
              path="/notification-settings"
              element={guarded('notifications.read', <NotificationSettingsPage />)}
            />
            <Route path="/admin/jobs" element={guarded('jobs.manage', <JobsPage />)} />
            <Route path="/admin/events" element={guarded('events.manage', <EventsPage />)} />
            <Route path="/admin/calendar" element={guarded('calendar.read', <CalendarPage />)} />
            <Route path="/admin/document-templates" element={guarded('templates.manage', <TemplatesPage />)} />
            <Route path="/admin/org-categories" element={guarded('categories.manage', <OrgCategoriesPage />)} />
            <Route path="/403" element={<ForbiddenPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
