import { useMemo } from 'react';
import { Alert, Card, Col, Empty, Flex, Row, Tabs } from 'antd';
import { ANNOUNCEMENT_KINDS, NATIONAL_REGION_CODE, ZRegionCode, type AnnouncementKind } from '@shezu/contracts';
import { useSearchParams } from 'react-router';
import { LoadMore } from '../../../components/LoadMore';
import { PageHeader } from '../../../components/PageHeader';
import { RegionPicker } from '../../../components/RegionPicker';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useKeysetQuery } from '../../../lib/useKeysetQuery';
import { fetchAnnouncements, portalKeys, type AnnouncementFilter } from '../api';
import { PortalLayout, PortalLoadError } from '../PortalLayout';
import { AnnouncementCard } from './AnnouncementCard';

const ALL = 'all';

/** The filter from the page URL; an unknown kind or malformed region is dropped. */
function filterFrom(params: URLSearchParams): AnnouncementFilter {
  const kind = params.get('kind');
  const region = params.get('region');
  const out: AnnouncementFilter = {};
  if (kind && (ANNOUNCEMENT_KINDS as readonly string[]).includes(kind)) out.kind = kind as AnnouncementKind;
  if (region && region !== NATIONAL_REGION_CODE && ZRegionCode.safeParse(region).success) out.region = region;
  return out;
}

function List({ filter }: { filter: AnnouncementFilter }) {
  const { t, lang } = useI18n();
  const { query, items } = useKeysetQuery(portalKeys.announcements(filter), (cursor) =>
    fetchAnnouncements(filter, cursor),
  );
  if (query.isPending) return <Card loading />;
  if (query.isError && items.length === 0)
    return <PortalLoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) {
    return (
      <Card data-testid="portal-announcements-empty">
        <Empty description={t('portal.announcements.none')} />
      </Card>
    );
  }
  return (
    <>
      <Flex vertical gap={8} data-testid="portal-announcements">
        {items.map((a) => (
          <AnnouncementCard key={a.id} item={a} />
        ))}
      </Flex>
      {query.isFetchNextPageError && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(query.error, lang, t)} />
      )}
      <LoadMore
        count={items.length}
        hasMore={!!query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}

/** `/portal/announcements`: 成立 / 变更 / 注销 / 撤销 / 吊销 announcements, newest first, by kind and region. */
export default function AnnouncementsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFrom(params), [params]);
  const set = (next: AnnouncementFilter) => {
    const out = new URLSearchParams();
    if (next.kind) out.set('kind', next.kind);
    if (next.region) out.set('region', next.region);
    setParams(out);
  };
  return (
    <PortalLayout>
      <PageHeader title={t('portal.announcements.title')} subtitle={t('portal.announcements.subtitle')} />
      <Card style={{ marginBottom: 12 }} styles={{ body: { paddingBlock: 8 } }}>
        <Row gutter={[12, 0]} align="middle">
          <Col xs={24} md={16}>
            <Tabs
              activeKey={filter.kind ?? ALL}
              onChange={(key) => set({ ...filter, kind: key === ALL ? undefined : (key as AnnouncementKind) })}
              items={[ALL, ...ANNOUNCEMENT_KINDS].map((k) => ({
                key: k,
                label: (
                  <span data-testid={`portal-announcements-kind-${k}`}>
                    {k === ALL ? t('common.all') : t(`portal.announcement.kind.${k as AnnouncementKind}`)}
                  </span>
                ),
              }))}
              style={{ marginBottom: 0 }}
            />
          </Col>
          <Col xs={24} md={8} style={{ paddingBlock: 8 }}>
            <RegionPicker
              value={filter.region ?? null}
              onChange={(code) => set({ ...filter, region: code ?? undefined })}
              placeholder={t('portal.search.region')}
              data-testid="portal-announcements-region"
            />
          </Col>
        </Row>
      </Card>
      <List filter={filter} />
    </PortalLayout>
  );
}
