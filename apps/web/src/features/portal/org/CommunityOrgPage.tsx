import { Alert, Card, Descriptions, Flex, Grid, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { fetchCommunityOrg, portalKeys, type PublicCommunityOrg } from '../api';
import { PortalLayout, PortalLoadError, PortalNotFound, isNotFound } from '../PortalLayout';

function CommunityOrgView({ org }: { org: PublicCommunityOrg }) {
  const t = useT();
  const f = useFormat();
  const phone = Grid.useBreakpoint().md === false;
  const cancelled = org.status === 'cancelled';
  return (
    <>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="portal-community-name">
          {org.name}
        </Typography.Title>
        <Tag color={cancelled ? undefined : 'green'} data-testid="portal-community-status" data-status={org.status}>
          {t(`portal.community.status.${org.status}`)}
        </Tag>
      </Flex>
      {cancelled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('portal.community.cancelledOn', { date: f.date(org.cancelledOn) })}
          data-testid="portal-community-cancelled"
        />
      )}
      <Card>
        <Descriptions
          bordered
          size="small"
          layout={phone ? 'vertical' : 'horizontal'}
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'name', label: t('portal.community.name'), children: org.name, span: 'filled' },
            { key: 'id', label: t('portal.community.id'), children: org.id },
            { key: 'category', label: t('portal.community.category'), children: org.categoryName },
            { key: 'township', label: t('portal.community.township'), children: org.townshipName },
            { key: 'community', label: t('portal.community.community'), children: org.communityName },
            {
              key: 'area',
              label: t('portal.community.areaKind'),
              children: t(`portal.community.area.${org.areaKind}`),
            },
            { key: 'filedOn', label: t('portal.community.filedOn'), children: f.date(org.filedOn) },
            { key: 'activity', label: t('portal.community.activityArea'), children: org.activityArea, span: 'filled' },
          ]}
          data-testid="portal-community-facts"
        />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
          {t('portal.community.note')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}

/** `/community-org/<id>`: a community organization filed with its township (no legal person, no credit code). */
export default function CommunityOrgPage() {
  const t = useT();
  const { id: idParam = '' } = useParams();
  const id = /^[1-9]\d{0,15}$/.test(idParam) ? Number(idParam) : null;
  const query = useQuery({
    queryKey: portalKeys.communityOrg(id ?? 0),
    queryFn: () => fetchCommunityOrg(id!),
    enabled: id !== null,
    retry: (count, err) => count < 1 && !isApiError(err),
  });
  const notFound = <PortalNotFound title={t('portal.community.notFound')} testId="portal-community-not-found" />;
  return (
    <PortalLayout>
      {id === null ? (
        notFound
      ) : query.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : query.data ? (
        <CommunityOrgView org={query.data} />
      ) : isNotFound(query.error) ? (
        notFound
      ) : (
        <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />
      )}
    </PortalLayout>
  );
}
