import { Button, Card, Result, Skeleton, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../components/ResultPages';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { cycleKeys, fetchDashboard } from './api';
import { CountCards } from './CountCards';
import { SupervisorTable } from './SupervisorTable';

/** One cycle's progress: counts by stage and by supervising unit, each linked to the reports behind it. */
export default function CycleDashboardPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const dash = useQuery({ queryKey: cycleKeys.dashboard(id), queryFn: () => fetchDashboard(id), enabled: valid });
  if (!valid) return <NotFoundPage />;
  const back = (
    <Link to="/annual-inspections" style={{ display: 'inline-block', marginBottom: 8 }}>
      <ArrowLeftOutlined /> {t('annualCycles.dashboard.back')}
    </Link>
  );
  if (dash.isError)
    return isApiError(dash.error) && dash.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <>
        {back}
        <Result
          status="warning"
          title={t('app.loadFailed')}
          subTitle={errorText(dash.error, lang, t)}
          extra={<Button onClick={() => void dash.refetch()}>{t('app.retry')}</Button>}
        />
      </>
    );
  if (!dash.data) return <Skeleton active style={{ padding: 24 }} />;
  const { cycle, counts, bySupervisor } = dash.data;
  return (
    <>
      {back}
      <PageHeader
        title={
          <span data-testid="cycle-title">
            {t('annualCycles.dashboard.title', { authority: cycle.authorityName, year: cycle.year })}{' '}
            <Tag color={cycle.status === 'open' ? 'processing' : 'default'}>
              {t(`annualCycles.status.${cycle.status}`)}
            </Tag>
          </span>
        }
        subtitle={[
          t('annualCycles.deadline.supervisor', { date: f.date(cycle.supervisorDue) }),
          t('annualCycles.deadline.authority', { date: f.date(cycle.authorityDue) }),
          t('annualCycles.deadline.foundation', { date: f.date(cycle.foundationDue) }),
        ].join(' · ')}
      />
      <CountCards cycleId={cycle.id} counts={counts} />
      <Card size="small" title={t('annualCycles.bySupervisor')} style={{ marginTop: 16 }}>
        <SupervisorTable cycleId={cycle.id} rows={bySupervisor} />
      </Card>
    </>
  );
}
