import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Button, Result } from 'antd';
import type { Permission } from '@shezu/contracts';
import { FullPageSpin } from '../components/FullPageSpin';
import { ForbiddenPage } from '../components/ResultPages';
import { useI18n } from '../lib/i18n';
import { errorText } from '../lib/errors';
import { MeContext, loginPath, useCan, useMeQuery, useSessionEndReason } from './session';

/** Staff pages: anonymous visitors go to the login page (and come back), forced password changes go first. */
export function RequireAuth() {
  const { lang, t } = useI18n();
  const location = useLocation();
  const me = useMeQuery();
  const endReason = useSessionEndReason();

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={errorText(me.error, lang, t)}
        extra={<Button onClick={() => void me.refetch()}>{t('app.retry')}</Button>}
      />
    );
  }
  if (!me.data) return <Navigate to={loginPath(location.pathname + location.search, endReason)} replace />;
  if (me.data.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return (
    <MeContext value={me.data}>
      <Outlet />
    </MeContext>
  );
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? children : <ForbiddenPage />;
}
