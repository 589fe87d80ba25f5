import type { ReactNode } from 'react';
import { Button, Card, Result } from 'antd';
import { Link } from 'react-router';
import { isApiError } from '../../api/errors';
import { PublicLayout } from '../../app/PublicLayout';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { PortalNav } from './PortalNav';

/** Every portal page: the public layout, wide enough for tables on a desktop, with the portal's menu. */
export function PortalLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <PublicLayout subtitle={t('portal.title')} nav={<PortalNav />} maxWidth={1080}>
      {children}
    </PublicLayout>
  );
}

/** A code the API refuses as malformed (400) is as unknown to the reader as one it cannot find (404). */
export const isNotFound = (e: unknown) => isApiError(e) && (e.status === 404 || e.status === 400);

/** "Not found" inside the portal, with the way back to searching. */
export function PortalNotFound({ title, hint, testId }: { title: string; hint?: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <Card data-testid={testId ?? 'portal-not-found'}>
      <Result
        status="404"
        title={title}
        subTitle={hint}
        extra={
          <Link to="/portal/search">
            <Button type="primary">{t('portal.backToSearch')}</Button>
          </Link>
        }
      />
    </Card>
  );
}

/** A failed load other than "not found" (rate limit, network): the API's reason and a retry. */
export function PortalLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, lang } = useI18n();
  return (
    <Card data-testid="portal-load-error">
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={errorText(error, lang, t)}
        extra={<Button onClick={onRetry}>{t('app.retry')}</Button>}
      />
    </Card>
  );
}
