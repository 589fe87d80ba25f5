import { useState } from 'react';
import { Alert, App, Card, Tabs } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { NATIONAL_REGION_CODE, type SignUpStatus, type TSignUp } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useCan, useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchSettings, settingsKeys } from '../registration-settings/api';
import { approveSignUp, fetchSignUps, signUpKeys } from './api';
import { RejectSignUpDialog } from './RejectSignUpDialog';
import { SignUpsTable } from './SignUpsTable';

const TABS = ['pending', 'rejected', 'approved', 'all'] as const;
type Tab = (typeof TABS)[number];
const statusOf = (tab: Tab): SignUpStatus | undefined => (tab === 'all' ? undefined : tab);

/** When the region lets applicants in without approval, nothing new arrives here: say so. */
function ApprovalOffNotice() {
  const t = useT();
  const me = useMe();
  const canSet = useCan('applications.settings');
  const region = me.regionCode ?? NATIONAL_REGION_CODE;
  const settings = useQuery({ queryKey: settingsKeys.region(region), queryFn: () => fetchSettings(region) });
  if (settings.data?.signUpApproval !== false) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="sign-ups-approval-off"
      title={
        <>
          {t('signUps.approvalOff')}{' '}
          {canSet && <Link to="/admin/registration-settings">{t('signUps.approvalOffLink')}</Link>}
        </>
      }
    />
  );
}

/** 注册审批: approve or refuse the portal sign-ups of the administrator's region. */
export default function SignUpsPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'pending';
  const status = statusOf(tab);
  const { query: list, items } = useKeysetQuery(signUpKeys.list(status), (cursor) => fetchSignUps(status, cursor));
  const [rejecting, setRejecting] = useState<TSignUp | null>(null);

  const done = () => {
    void queryClient.invalidateQueries({ queryKey: signUpKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['todos'] });
  };
  // Another administrator decided first (409): the list is stale, not the user's input.
  const conflict = () => {
    message.warning(t('signUps.alreadyDecided'));
    setRejecting(null);
    done();
  };

  const approve = useMutation({
    mutationFn: approveSignUp,
    onSuccess: (s) => {
      message.success(t('signUps.approved', { name: s.displayName }));
      done();
    },
    onError: (err) => (isApiError(err) && err.status === 409 ? conflict() : handleError(err)),
  });

  return (
    <>
      <PageHeader title={t('signUps.title')} subtitle={t('signUps.subtitle')} />
      <ApprovalOffNotice />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'pending' ? {} : { tab: key }, { replace: true })}
          items={TABS.map((key) => ({
            key,
            label: <span data-testid={`sign-ups-tab-${key}`}>{t(`signUps.tab.${key}`)}</span>,
          }))}
        />
        <SignUpsTable
          items={items}
          loading={list.isPending}
          busyId={approve.isPending ? (approve.variables?.id ?? null) : null}
          emptyText={tab === 'pending' ? t('signUps.empty') : undefined}
          onApprove={(s) => approve.mutate(s)}
          onReject={setRejecting}
        />
        <LoadMore
          count={items.length}
          hasMore={!!list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => void list.fetchNextPage()}
        />
      </Card>
      {rejecting && (
        <RejectSignUpDialog
          signUp={rejecting}
          onClose={() => setRejecting(null)}
          onDecided={() => {
            setRejecting(null);
            done();
          }}
          onConflict={conflict}
        />
      )}
    </>
  );
}
