import { useState } from 'react';
import { Alert, Button, Card, Divider, Empty, Flex, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { GROUNDS, type CreditRequestKind, type TCreditListing } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { creditKeys, fetchProfile } from './api';
import { ListingStatusTag, ListTag } from './CreditTags';
import { GroundBlock, ListingClocks } from './ListingFacts';
import { RequestDialog } from './RequestDialog';
import { RequestItem } from './RequestItem';
import { CreditScoreCard } from '../credit-scores/CreditScoreCard';

/** Only ground (5) of the abnormal list leaves by time alone: such a listing has nothing to apply for. */
const leavesByTime = (l: TCreditListing) => l.grounds.every((g) => GROUNDS[g.ground].exit === 'auto_six_months');

/** Which requests the page offers: removal on the abnormal list, repair on the dishonest one, objection on both. */
const offered = (l: TCreditListing): CreditRequestKind[] => {
  if (l.status !== 'active') return [];
  if (l.list === 'dishonest') return ['repair', 'objection'];
  return leavesByTime(l) ? ['objection'] : ['removal', 'objection'];
};

function ListingCard({ l, onApply }: { l: TCreditListing; onApply: (kind: CreditRequestKind) => void }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Card
      size="small"
      data-testid={`my-credit-listing-${l.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <ListTag list={l.list} />
          <ListingStatusTag status={l.status} testId={`my-credit-status-${l.id}`} />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {l.grounds.map((g) => (
          <GroundBlock key={g.id} g={g} />
        ))}
        <ListingClocks l={l} />
        {l.status === 'active' && l.list === 'abnormal' && leavesByTime(l) && (
          <Typography.Text type="secondary" data-testid={`my-credit-auto-${l.id}`}>
            {t('credit.my.auto', { date: f.date(l.autoRemoveOn) })}
          </Typography.Text>
        )}
        {offered(l).length > 0 && (
          <Flex gap={8} wrap>
            {offered(l).map((k) => (
              <Button
                key={k}
                type={k === 'objection' ? 'default' : 'primary'}
                onClick={() => onApply(k)}
                data-testid={`my-credit-apply-${k}-${l.id}`}
              >
                {t(`credit.my.apply.${k}`)}
              </Button>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** 信用信息 of the organization's own account: its listings, current and past, and its requests. */
export default function MyCreditPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const orgId = me.orgId ?? 0;
  const [applying, setApplying] = useState<{ listing: TCreditListing; kind: CreditRequestKind } | null>(null);
  const query = useQuery({
    queryKey: creditKeys.profile(orgId),
    queryFn: () => fetchProfile(orgId),
    enabled: orgId > 0,
  });

  let body;
  if (query.isPending) body = <Skeleton active />;
  else if (query.isError) body = <Alert type="error" showIcon title={errorText(query.error, lang, t)} />;
  else {
    const { listings, requests } = query.data;
    body = (
      <Flex vertical gap={12}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('credit.my.listings')}
        </Typography.Title>
        {listings.length === 0 ? (
          <Card>
            <Empty description={t('credit.my.none')} data-testid="my-credit-none" />
          </Card>
        ) : (
          listings.map((l) => <ListingCard key={l.id} l={l} onApply={(kind) => setApplying({ listing: l, kind })} />)
        )}
        {requests.length > 0 && (
          <Card title={t('credit.my.requests')} size="small" data-testid="my-credit-requests">
            {requests.map((r, i) => (
              <div key={r.id}>
                {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                <RequestItem r={r} />
              </div>
            ))}
          </Card>
        )}
      </Flex>
    );
  }
  return (
    <>
      <PageHeader title={t('credit.my.title')} subtitle={t('credit.my.subtitle')} />
      {orgId > 0 && (
        <div style={{ marginBottom: 12 }}>
          <CreditScoreCard orgId={orgId} />
        </div>
      )}
      {body}
      {applying && <RequestDialog listing={applying.listing} kind={applying.kind} onClose={() => setApplying(null)} />}
    </>
  );
}
