import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
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

const page = (node: ReactNode) => <Suspense fallback={<FullPageSpin />}>{node}</Suspense>;

/** Paths follow the API's names (kebab-case plurals). */
export function AppRoutes() {
  return (
    <>
      <SessionWatcher />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route path="/change-password" element={page(<ChangePasswordPage />)} />
          <Route element={<AppLayout />}>
            <Route index element={page(<HomePage />)} />
            <Route
              path="/users"
              element={page(
                <RequirePermission permission="users.read">
                  <UsersPage />
                </RequirePermission>,
              )}
            />
            <Route
              path="/units"
              element={page(
                <RequirePermission permission="units.read">
                  <UnitsPage />
                </RequirePermission>,
              )}
            />
            <Route
              path="/audit-logs"
              element={page(
                <RequirePermission permission="audit.read">
                  <AuditPage />
                </RequirePermission>,
              )}
            />
            <Route
              path="/regions"
              element={page(
                <RequirePermission permission="regions.read">
                  <RegionsPage />
                </RequirePermission>,
              )}
            />
            <Route path="/403" element={<ForbiddenPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
