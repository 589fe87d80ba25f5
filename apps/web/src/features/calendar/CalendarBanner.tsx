import { Alert, Button } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCan } from '../../app/session';
import { useT } from '../../lib/i18n';
import { calendarKeys, fetchCalendarStatus } from './api';

/** Tells those who maintain holidays that a year deadlines depend on has none yet. */
export function CalendarBanner() {
  const t = useT();
  const canManage = useCan('calendar.manage');
  const canRead = useCan('calendar.read');
  const status = useQuery({
    queryKey: calendarKeys.status,
    queryFn: fetchCalendarStatus,
    enabled: canManage && canRead,
    staleTime: 5 * 60_000,
  });
  const missing = status.data?.missingYears ?? [];
  if (!canManage || missing.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="calendar-missing-banner"
      title={t('calendar.missing', { years: missing.join('、') })}
      action={
        <Link to="/admin/calendar">
          <Button size="small">{t('home.calendarMaintain')}</Button>
        </Link>
      }
    />
  );
}
