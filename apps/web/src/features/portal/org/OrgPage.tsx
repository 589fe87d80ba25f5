import { Alert, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { CheckOutlined, LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { OrgStatusTag } from '../../orgs/OrgStatusTag';
import { fetchPublicOrg, portalKeys, type PublicOrg, type PublicOrgDetail } from '../api';
import { PortalLayout, PortalLoadError, PortalNotFound, isNotFound } from '../PortalLayout';
import { mono } from '../search/OrgResultCard';
import { InspectionResultsSection } from '../../annual-reports/public/InspectionResultsSection';
import { CreditSection } from '../../credit/public/CreditSection';
import { OrgActivitiesSection } from '../activities/OrgActivitiesSection';
import { OrgFacts } from './OrgFacts';
import { OrgSections } from './OrgSections';
import { PublicTimeline } from './PublicTimeline';

const REMOVED = {
  deregistered: 'portal.org.removed.deregistered',
  revoked: 'portal.org.removed.revoked',
  withdrawn: 'portal.org.removed.withdrawn',
} as const;

/** A removed organization stays in the register: the page opens with its status, date and reason. */
function RemovedNotice({ org }: { org: PublicOrg }) {
  const t = useT();
  const f = useFormat();
  if (org.status === 'registered') return null;
  return (
    <Alert
      type={org.status === 'deregistered' ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="portal-org-removed"
      data-status={org.status}
      title={<strong>{t(REMOVED[org.status], { date: f.date(org.statusDate) })}</strong>}
      description={
        <>
          {org.statusReason && <div>{t('portal.org.removedReason', { reason: org.statusReason })}</div>}
          <div>{t('portal.org.removedHint')}</div>
        </>
      }
    />
  );
}

function OrgView({ org }: { org: PublicOrgDetail }) {
  const t = useT();
  const shareUrl = `${window.location.origin}/org/${org.uscc}`;
  return (
    <>
      <Flex vertical gap={4} style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="portal-org-name">
            {org.name}
          </Typography.Title>
          <OrgStatusTag status={org.status} testId="portal-org-status" />
        </Flex>
        <Flex gap="4px 16px" wrap align="center" style={{ fontSize: 13 }}>
          <Typography.Text copyable={{ text: org.uscc }} style={mono} data-testid="portal-org-uscc">
            {org.uscc}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t(`orgType.${org.type}`)} · {org.authorityName}
          </Typography.Text>
          <Typography.Text
            type="secondary"
            copyable={{
              text: shareUrl,
              icon: [<LinkOutlined key="copy" />, <CheckOutlined key="done" />],
              tooltips: [t('portal.org.copyLink'), t('portal.org.linkCopied')],
            }}
            data-testid="portal-org-share"
          >
            {t('portal.org.share')}
          </Typography.Text>
        </Flex>
      </Flex>
      <RemovedNotice org={org} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={15}>
          <Card>
            <OrgFacts org={org} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('portal.timeline.title')} data-testid="portal-org-timeline">
            <PublicTimeline events={org.timeline} regionCode={org.regionCode} />
          </Card>
        </Col>
        <Col xs={24}>
          <InspectionResultsSection uscc={org.uscc} />
        </Col>
        <Col xs={24}>
          <CreditSection uscc={org.uscc} />
        </Col>
        <Col xs={24}>
          <OrgActivitiesSection uscc={org.uscc} />
        </Col>
        {org.sections.length > 0 && (
          <Col xs={24}>
            <OrgSections sections={org.sections} />
          </Col>
        )}
      </Row>
    </>
  );
}

/** `/org/<USCC>`: an organization's public page, the link its certificate's QR code and shared links open. */
export default function OrgPage() {
  const t = useT();
  const { uscc = '' } = useParams();
  const code = uscc.trim().toUpperCase();
  const query = useQuery({
    queryKey: portalKeys.org(code),
    queryFn: () => fetchPublicOrg(code),
    retry: (count, err) => count < 1 && !isApiError(err),
  });
  return (
    <PortalLayout>
      {query.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : query.data ? (
        <OrgView org={query.data} />
      ) : isNotFound(query.error) ? (
        <PortalNotFound
          title={t('portal.org.notFound')}
          hint={t('portal.org.notFoundHint', { code })}
          testId="portal-org-not-found"
        />
      ) : (
        <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />
      )}
    </PortalLayout>
  );
}
