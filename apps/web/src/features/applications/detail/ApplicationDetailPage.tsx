import { useMemo } from 'react';
import { Alert, Button, Card, Flex, Skeleton, Tabs } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { NotFoundPage } from '../../../components/ResultPages';
import { PageHeader } from '../../../components/PageHeader';
import { can, useMe } from '../../../app/session';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { fetchOrg, orgKeys } from '../../orgs/api';
import { applicationKeys, fetchApplication, fetchSupervisorUnits } from '../api';
import { ApplicationDataView } from '../ApplicationDataView';
import { AttachmentList } from './AttachmentList';
import { ChangeComparison } from './ChangeComparison';
import { DecisionNotice } from './DecisionNotice';
import { HistoryTimeline } from './HistoryTimeline';
import { OwnerActions } from './OwnerActions';
import { StatusSummary } from './StatusSummary';
import { VersionChanges } from './VersionChanges';

/** `/applications/:id`: where the application stands, its content, materials, history and versions. */
export default function ApplicationDetailPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const id = Number(useParams().id);
  // Review to-dos link here too: reviewers work on their own page.
  const reviewer = !can(me, 'applications.apply') && (can(me, 'applications.review') || can(me, 'applications.decide'));
  const detail = useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: () => fetchApplication(id),
    enabled: !reviewer,
  });
  const app = detail.data;
  const org = useQuery({
    queryKey: orgKeys.detail(app?.orgId ?? 0),
    queryFn: () => fetchOrg(app!.orgId!),
    enabled: app?.kind === 'change' && app.orgId !== null && can(me, 'orgs.read'),
  });
  const authority = app?.authorityRegionCode ?? (app?.data.authorityRegionCode as string | undefined);
  const units = useQuery({
    queryKey: applicationKeys.supervisors(authority ?? ''),
    queryFn: () => fetchSupervisorUnits(authority!),
    enabled: !!authority && app?.data.supervisorUnitId != null && can(me, 'applications.apply'),
    staleTime: 300_000,
  });
  const unitNames = useMemo(() => {
    const names: Record<number, string> = Object.fromEntries((units.data ?? []).map((u) => [u.id, u.name]));
    if (app?.supervisorUnitId && app.supervisorUnitName) names[app.supervisorUnitId] ??= app.supervisorUnitName;
    return names;
  }, [units.data, app?.supervisorUnitId, app?.supervisorUnitName]);

  if (!Number.isSafeInteger(id) || id <= 0) return <NotFoundPage />;
  if (reviewer) return <Navigate to={`/reviews/${id}`} replace />;
  if (detail.isPending) return <Skeleton active />;
  if (detail.isError) {
    if (isApiError(detail.error) && detail.error.status === 404) return <NotFoundPage />;
    return <Alert type="error" showIcon title={errorText(detail.error, lang, t)} />;
  }
  const a = detail.data;

  return (
    <>
      <PageHeader
        title={t('applications.detailTitle', {
          kind: t(`applicationKind.${a.kind}`),
          name: a.orgName ?? t('applications.unnamed'),
        })}
        subtitle={t('applications.number', { id: a.id })}
        extra={
          <>
            <OwnerActions app={a} />
            <Link to="/applications">
              <Button>{t('applications.backToList')}</Button>
            </Link>
          </>
        }
      />
      <Flex vertical gap={16}>
        <DecisionNotice app={a} />
        <Card size="small">
          <StatusSummary app={a} />
        </Card>
        <Card size="small">
          <Tabs
            data-testid="application-tabs"
            items={[
              {
                key: 'data',
                label: <span data-testid="application-tab-data">{t('applications.tab.data')}</span>,
                children:
                  a.kind === 'change' ? (
                    <Flex vertical gap={16}>
                      <ChangeComparison app={a} org={org.data} unitNames={unitNames} />
                      <ApplicationDataView kind={a.kind} data={{ reason: a.data.reason }} />
                    </Flex>
                  ) : (
                    <ApplicationDataView kind={a.kind} data={a.data} unitNames={unitNames} />
                  ),
              },
              {
                key: 'attachments',
                label: (
                  <span data-testid="application-tab-attachments">
                    {t('applications.tab.attachments', { count: a.attachments.length })}
                  </span>
                ),
                children: <AttachmentList attachments={a.attachments} />,
              },
              {
                key: 'history',
                label: <span data-testid="application-tab-history">{t('applications.tab.history')}</span>,
                children: <HistoryTimeline history={a.history} />,
              },
              {
                key: 'versions',
                label: <span data-testid="application-tab-versions">{t('applications.tab.versions')}</span>,
                children: <VersionChanges app={a} unitNames={unitNames} />,
              },
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}
