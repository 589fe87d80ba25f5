import { Suspense } from 'react';
import { Alert, Button, Card, Flex, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TOrg } from '@shezu/contracts';
import { isApiError } from '../../../api/errors';
import { NotFoundPage } from '../../../components/ResultPages';
import { PageHeader } from '../../../components/PageHeader';
import { useMe } from '../../../app/session';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { fetchOrg, orgKeys } from '../api';
import { OrgStatusTag } from '../OrgStatusTag';
import { OrgActions } from './OrgActions';
import { tabsFor } from './tabs';

const REMOVED_KEYS = {
  deregistered: 'orgs.removed.deregistered',
  revoked: 'orgs.removed.revoked',
  withdrawn: 'orgs.removed.withdrawn',
} as const;

/** A removed organization stays in the register: its status, date and reason come first. */
function RemovedNotice({ org }: { org: TOrg }) {
  const { t } = useI18n();
  const f = useFormat();
  if (org.status === 'registered') return null;
  return (
    <Alert
      type={org.status === 'deregistered' ? 'info' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="org-removed"
      title={<strong>{t(REMOVED_KEYS[org.status], { date: f.date(org.statusDate) })}</strong>}
      description={org.statusReason ? t('orgs.removed.reason', { reason: org.statusReason }) : undefined}
    />
  );
}

/** 社会组织详情: header with status and actions, then the tabs of the registry in ./tabs. */
export default function OrgDetailPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const [params, setParams] = useSearchParams();
  const org = useQuery({
    queryKey: orgKeys.detail(id),
    queryFn: () => fetchOrg(id),
    enabled: Number.isInteger(id) && id > 0,
  });

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (org.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (org.isError) {
    if (isApiError(org.error) && org.error.status === 404) return <NotFoundPage />;
    return (
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={errorText(org.error, lang, t)}
        extra={<Button onClick={() => void org.refetch()}>{t('app.retry')}</Button>}
      />
    );
  }
  const o = org.data;
  const tabs = tabsFor(me);
  const active = tabs.some((tab) => tab.key === params.get('tab')) ? params.get('tab')! : tabs[0]!.key;

  return (
    <>
      <Link to="/orgs" style={{ display: 'inline-block', marginBottom: 8 }} data-testid="org-back">
        <ArrowLeftOutlined /> {t('orgs.backToList')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap component="span">
            <span data-testid="org-name">{o.name}</span>
            <OrgStatusTag status={o.status} testId="org-status" />
            {o.dormantCandidate && <Tag color="orange">{t('orgs.dormantCandidate')}</Tag>}
          </Flex>
        }
        subtitle={
          <span>
            <Typography.Text copyable={{ text: o.uscc }} data-testid="org-uscc" style={{ fontSize: 13 }}>
              {o.uscc}
            </Typography.Text>
            {' · '}
            {t(`orgType.${o.type}`)} · {o.authorityName}
          </span>
        }
        extra={<OrgActions org={o} />}
      />
      <RemovedNotice org={o} />
      {o.usccWarning && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('orgs.usccWarning', { warning: o.usccWarning })}
        />
      )}
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams(key === tabs[0]!.key ? {} : { tab: key }, { replace: true })}
          data-testid="org-tabs"
          items={tabs.map((tab) => ({
            key: tab.key,
            label: <span data-testid={`org-tab-${tab.key}`}>{t(tab.label)}</span>,
            children: (
              <Suspense fallback={<Skeleton active />}>
                <tab.Component org={o} />
              </Suspense>
            ),
          }))}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
