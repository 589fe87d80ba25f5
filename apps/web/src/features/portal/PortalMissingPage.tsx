import { useI18n } from '../../lib/i18n';
import { PortalLayout, PortalNotFound } from './PortalLayout';

/** `/portal/<anything else>`: the portal's own 404, not the staff sign-in. */
export default function PortalMissingPage() {
  const { t } = useI18n();
  return (
    <PortalLayout>
      <PortalNotFound title={t('portal.pageNotFound')} />
    </PortalLayout>
  );
}
