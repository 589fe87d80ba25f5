import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Divider, Empty, Flex, Input, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ILLEGAL_ORG_STATUSES, type IllegalOrgStatus } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { fetchIllegalOrgs, illegalKeys, type IllegalOrgFilter } from './api';
import { ReportDrawer } from './ReportDrawer';
import { useUrlParams } from '../../lib/urlFilters';

export const STATUS_COLOR: Record<IllegalOrgStatus, string> = {
  reported: 'gold',
  investigating: 'processing',
  confirmed: 'orange',
  dismissed: 'default',
  banned: 'red',
};

/** 非法社会组织查处: the bureau's register of reports, newest first, by status or name. */
export default function IllegalOrgsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, set] = useUrlParams();
  const [creating, setCreating] = useState(false);
  const filter = useMemo<IllegalOrgFilter>(() => {
    const f: IllegalOrgFilter = {};
    const status = params.get('status');
    if (status && (ILLEGAL_ORG_STATUSES as readonly string[]).includes(status)) f.status = status as IllegalOrgStatus;
    const q = params.get('q')?.trim();
    if (q) f.q = q;
    return f;
  }, [params]);
  const { query, items } = useKeysetQuery(illegalKeys.list(filter), (cursor) => fetchIllegalOrgs(filter, cursor));
  return (
    <>
      <PageHeader
        title={t('illegalOrgs.title')}
        subtitle={t('illegalOrgs.subtitle')}
        extra={
          can(me, 'supervision.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="illegal-orgs-new">
              {t('illegalOrgs.new')}
            </Button>
          )
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} sm={12}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('illegalOrgs.field.status')}
              value={filter.status}
              options={ILLEGAL_ORG_STATUSES.map((s) => ({ value: s, label: t(`illegalOrgs.status.${s}`) }))}
              onChange={(v) => set('status', v)}
              data-testid="illegal-orgs-status"
            />
          </Col>
          <Col xs={24} sm={12}>
            <Input.Search
              allowClear
              defaultValue={filter.q}
              placeholder={t('illegalOrgs.field.name')}
              onSearch={(v) => set('q', v.trim() || undefined)}
              data-testid="illegal-orgs-search"
            />
          </Col>
        </Row>
        {query.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(query.error, lang, t)} />
        )}
        {query.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('illegalOrgs.empty')} />
        ) : (
          <div data-testid="illegal-orgs-list">
            {items.map((o, i) => (
              <div key={o.id}>
                {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                <Flex justify="space-between" wrap gap={8}>
                  <Link to={`/illegal-orgs/${o.id}`}>{o.name}</Link>
                  <Tag color={STATUS_COLOR[o.status]}>{t(`illegalOrgs.status.${o.status}`)}</Tag>
                </Flex>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0' }}>
                  {o.reportedOn} · {o.activities}
                </Typography.Paragraph>
              </div>
            ))}
          </div>
        )}
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
      <ReportDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
