import { Alert, Card, Divider, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { TCreditRecord } from '@shezu/contracts';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { creditKeys, fetchProfile } from './api';
import { ListingStatusTag, ListTag } from './CreditTags';
import { GroundBlock } from './ListingFacts';
import { RequestItem } from './RequestItem';

/** An organization's credit as staff see it: every listing (newest first), the credit records, the requests. */
export function CreditProfileView({ orgId }: { orgId: number }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const query = useQuery({ queryKey: creditKeys.profile(orgId), queryFn: () => fetchProfile(orgId) });
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error, lang, t)} />;
  const { listings, records, requests } = query.data;
  return (
    <>
      <Card size="small" title={t('credit.tab.listings')} data-testid="org-credit-listings">
        {listings.length === 0 ? (
          <Typography.Text type="secondary">{t('credit.tab.noListings')}</Typography.Text>
        ) : (
          listings.map((l, i) => (
            <div key={l.id}>
              {i > 0 && <Divider style={{ margin: '12px 0' }} />}
              <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
                <ListTag list={l.list} />
                <ListingStatusTag status={l.status} />
                <Link to={`/credit-listings/${l.id}`}>{t('credit.public.listedOn', { date: f.date(l.listedOn) })}</Link>
                {l.removedOn && (
                  <Typography.Text type="secondary">
                    {t('credit.public.removed', {
                      date: f.date(l.removedOn),
                      reason: l.removalReason ? t(`credit.removalReason.${l.removalReason}`) : '',
                    })}
                  </Typography.Text>
                )}
              </Flex>
              <Flex vertical gap={8}>
                {l.grounds.map((g) => (
                  <GroundBlock key={g.id} g={g} />
                ))}
              </Flex>
            </div>
          ))
        )}
      </Card>
      <Card size="small" title={t('credit.tab.records')} data-testid="org-credit-records">
        <Table<TCreditRecord>
          rowKey="id"
          size="small"
          pagination={records.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          dataSource={records}
          locale={{ emptyText: t('credit.tab.noRecords') }}
          columns={[
            { key: 'date', title: t('credit.col.date'), width: 120, render: (_, r) => f.date(r.occurredOn) },
            {
              key: 'kind',
              title: t('credit.col.record'),
              width: 160,
              render: (_, r) => `${r.kindLabel} · ${r.subtypeLabel}`,
            },
            { key: 'title', title: t('credit.col.title'), render: (_, r) => r.title },
            {
              key: 'public',
              title: t('credit.tab.public'),
              width: 80,
              render: (_, r) => <Tag>{t(r.public ? 'credit.tab.public' : 'credit.tab.internal')}</Tag>,
            },
          ]}
        />
      </Card>
      {requests.length > 0 && (
        <Card size="small" title={t('credit.tab.requests')} data-testid="org-credit-requests">
          {requests.map((r, i) => (
            <div key={r.id}>
              {i > 0 && <Divider style={{ margin: '12px 0' }} />}
              <RequestItem r={r} linkListing />
            </div>
          ))}
        </Card>
      )}
    </>
  );
}
