import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PaperClipOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { TCommunityOrg } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { NotFoundPage } from '../../components/ResultPages';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { useFormat } from '../../lib/useFormat';
import { communityOrgKeys, downloadFile, fetchCommunityOrg } from './api';
import { CancelFilingDialog } from './CancelFilingDialog';
import { categoryLabel } from './columns';
import { CommunityOrgStatusTag } from './CommunityOrgStatusTag';

function Attachment({ fileId, fallbackName }: { fileId: number | null; fallbackName: string }) {
  const { t } = useI18n();
  const handleError = useApiErrorHandler();
  const download = useMutation({
    mutationFn: () => downloadFile(fileId!, fallbackName),
    onError: (e) => handleError(e),
  });
  if (fileId === null) return <>{t('communityOrgs.noFile')}</>;
  return (
    <Button
      type="link"
      size="small"
      icon={<PaperClipOutlined />}
      style={{ padding: 0 }}
      loading={download.isPending}
      onClick={() => download.mutate()}
    >
      {t('communityOrgs.download')}
    </Button>
  );
}

/** Who may change a filing: staff of its own township (the API decides again). */
const canManage = (me: ReturnType<typeof useMe>, o: TCommunityOrg) =>
  me.permissions.includes('community_orgs.manage') && me.regionCode === o.regionCode && o.status === 'filed';

/** 社区社会组织备案详情: the filing, its attachments, and 变更 / 注销备案 for its township. */
export default function CommunityOrgDetailPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const [cancelling, setCancelling] = useState(false);
  const query = useQuery({
    queryKey: communityOrgKeys.detail(id),
    queryFn: () => fetchCommunityOrg(id),
    enabled: Number.isInteger(id) && id > 0,
  });

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (query.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFoundPage />;
    return (
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={errorText(query.error, lang, t)}
        extra={<Button onClick={() => void query.refetch()}>{t('app.retry')}</Button>}
      />
    );
  }
  const o = query.data;
  const manage = canManage(me, o);

  return (
    <>
      <Link to="/community-orgs" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('communityOrgs.backToList')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap component="span">
            <span data-testid="community-org-name">{o.name}</span>
            <CommunityOrgStatusTag status={o.status} testId="community-org-status" />
          </Flex>
        }
        subtitle={`${categoryLabel(t, o)} · ${o.regionName}`}
        extra={
          manage && (
            <>
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(`/community-orgs/${o.id}/edit`)}
                data-testid="community-org-edit"
              >
                {t('communityOrgs.edit')}
              </Button>
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() => setCancelling(true)}
                data-testid="community-org-cancel"
              >
                {t('communityOrgs.cancel.action')}
              </Button>
            </>
          )
        }
      />
      {o.status === 'cancelled' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="community-org-cancelled"
          title={t('communityOrgs.cancelledOn', { date: f.date(o.cancelledOn) })}
          description={o.cancelReason ? t('communityOrgs.cancelReason', { reason: o.cancelReason }) : undefined}
        />
      )}
      <Card>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          data-testid="community-org-detail"
          items={[
            { key: 'region', label: t('communityOrgField.regionName'), children: o.regionName },
            { key: 'community', label: t('communityOrgField.communityName'), children: o.communityName },
            { key: 'areaKind', label: t('communityOrgField.areaKind'), children: t(`communityAreaKind.${o.areaKind}`) },
            { key: 'filedOn', label: t('communityOrgField.filedOn'), children: f.date(o.filedOn) },
            { key: 'responsible', label: t('communityOrgField.responsibleName'), children: o.responsibleName },
            {
              key: 'phone',
              label: t('communityOrgField.responsiblePhone'),
              children: o.responsiblePhoneMasked ?? t('communityOrgs.notRecorded'),
            },
            {
              key: 'idNumber',
              label: t('communityOrgField.responsibleIdNumber'),
              children: o.responsibleIdMasked ?? t('communityOrgs.notRecorded'),
            },
            {
              key: 'members',
              label: t('communityOrgField.memberCount'),
              children: t('communityOrgs.peopleCount', { count: f.number(o.memberCount) }),
            },
            { key: 'funds', label: t('communityOrgField.fundsFen'), children: formatYuan(o.fundsFen, lang) },
            { key: 'venue', label: t('communityOrgField.venue'), children: o.venue, span: 'filled' },
            { key: 'area', label: t('communityOrgField.activityArea'), children: o.activityArea, span: 'filled' },
            {
              key: 'charter',
              label: t('communityOrgField.charterFileId'),
              children: <Attachment fileId={o.charterFileId} fallbackName={`${o.name}章程`} />,
            },
            {
              key: 'roster',
              label: t('communityOrgField.rosterFileId'),
              children: <Attachment fileId={o.rosterFileId} fallbackName={`${o.name}成员名册`} />,
            },
            { key: 'updatedAt', label: t('communityOrgs.updatedAt'), children: f.dateTime(o.updatedAt) },
          ]}
        />
      </Card>
      {manage && <CancelFilingDialog org={o} open={cancelling} onClose={() => setCancelling(false)} />}
    </>
  );
}
