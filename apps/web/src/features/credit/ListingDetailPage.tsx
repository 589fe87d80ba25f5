import { useState } from 'react';
import { Button, Card, Divider, Flex, Result, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { GROUNDS, type TCreditGround } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { can, useMe } from '../../app/session';
import { NotFoundPage } from '../../components/ResultPages';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { creditKeys, fetchListing } from './api';
import { ListingStatusTag, ListTag } from './CreditTags';
import { FulfilDialog, RemoveDialog } from './ListingActions';
import { GroundBlock, ListingClocks } from './ListingFacts';
import { RequestActions } from './RequestActions';
import { RequestItem } from './RequestItem';

/** One listing: its grounds with evidence, its dates, its requests, and what the authority may do next. */
export default function ListingDetailPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const id = Number(useParams().id);
  const [fulfilling, setFulfilling] = useState<TCreditGround | null>(null);
  const [removing, setRemoving] = useState(false);
  const query = useQuery({
    queryKey: creditKeys.listing(id),
    queryFn: () => fetchListing(id),
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
  const l = query.data;
  const decide = can(me, 'credit.decide');
  const active = l.status === 'active';
  // Only listings for revocation or withdrawal leave by deregistration; the rest leave by application or by time.
  const deregistrable = active && l.grounds.some((g) => GROUNDS[g.ground].exit === 'deregistration');

  return (
    <>
      <Link to="/credit-listings" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('credit.detail.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap component="span">
            <span data-testid="credit-detail-org">{l.orgName}</span>
            <ListTag list={l.list} />
            <ListingStatusTag status={l.status} testId="credit-detail-status" />
          </Flex>
        }
        subtitle={
          <span>
            {l.uscc} · {l.regionName}
            {can(me, 'orgs.read') && (
              <>
                {' · '}
                <Link to={`/orgs/${l.orgId}?tab=credit`}>{t('orgs.tab.credit')}</Link>
              </>
            )}
          </span>
        }
        extra={
          decide &&
          deregistrable && (
            <Button danger onClick={() => setRemoving(true)} data-testid="credit-remove">
              {t('credit.remove')}
            </Button>
          )
        }
      />
      <Flex vertical gap={12}>
        <Card title={t('credit.detail.grounds')} data-testid="credit-detail-grounds">
          {l.grounds.map((g, i) => (
            <div key={g.id}>
              {i > 0 && <Divider style={{ margin: '12px 0' }} />}
              <GroundBlock
                g={g}
                action={
                  decide &&
                  active &&
                  !g.fulfilledOn && (
                    <Button size="small" onClick={() => setFulfilling(g)} data-testid={`credit-fulfil-${g.id}`}>
                      {t('credit.fulfil')}
                    </Button>
                  )
                }
              />
            </div>
          ))}
        </Card>
        <Card title={t('credit.detail.clocks')}>
          <ListingClocks l={l} />
        </Card>
        <Card title={t('credit.detail.requests')} data-testid="credit-detail-requests">
          {l.requests.length === 0 ? (
            <Typography.Text type="secondary">{t('credit.detail.noRequests')}</Typography.Text>
          ) : (
            l.requests.map((r, i) => (
              <div key={r.id}>
                {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                <RequestItem r={r} actions={decide && <RequestActions r={r} />} />
              </div>
            ))
          )}
        </Card>
      </Flex>
      {decide && (
        <>
          <FulfilDialog listing={l} ground={fulfilling} onClose={() => setFulfilling(null)} />
          <RemoveDialog listing={l} open={removing} onClose={() => setRemoving(false)} />
        </>
      )}
    </>
  );
}
