import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Empty, Flex, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { CASE_SOURCES, CASE_STATUSES, type CaseSource, type CaseStatus } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { caseKeys, fetchCases, type CaseFilter } from './api';
import { CaseStatusTag } from './CaseTags';
import { NewCaseDrawer } from './NewCaseDrawer';
import { oneOf, useUrlParams } from '../../lib/urlFilters';

/** 协同处置: the bureau's cases, newest first, filtered by status, source and open alarms (电子监察). */
export default function CasesPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const [params, set] = useUrlParams();
  const manage = can(useMe(), 'supervision.manage');
  const [creating, setCreating] = useState(false);
  const filter = useMemo<CaseFilter>(() => {
    const out: CaseFilter = {};
    const status = oneOf<CaseStatus>(CASE_STATUSES, params.get('status'));
    const source = oneOf<CaseSource>(CASE_SOURCES, params.get('source'));
    if (status) out.status = status;
    if (source) out.source = source;
    if (params.get('alarm') === '1') out.alarm = '1';
    return out;
  }, [params]);
  const { query, items } = useKeysetQuery(caseKeys.list(filter), (cursor) => fetchCases(filter, cursor));
  return (
    <>
      <PageHeader
        title={t('cases.title')}
        subtitle={t('cases.subtitle')}
        extra={
          manage && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="case-new">
              {t('cases.action.new')}
            </Button>
          )
        }
      />
      <NewCaseDrawer open={creating} onClose={() => setCreating(false)} />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} align="middle">
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('cases.filter.status')}
              value={filter.status}
              options={CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
              onChange={(v) => set('status', v)}
              data-testid="cases-status"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('cases.filter.source')}
              value={filter.source}
              options={CASE_SOURCES.map((s) => ({ value: s, label: t(`cases.source.${s}`) }))}
              onChange={(v) => set('source', v)}
              data-testid="cases-source"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Checkbox
              checked={filter.alarm === '1'}
              onChange={(e) => set('alarm', e.target.checked ? '1' : undefined)}
              data-testid="cases-alarm"
            >
              {t('cases.filter.alarm')}
            </Checkbox>
          </Col>
        </Row>
        {query.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(query.error, lang, t)} />
        )}
        {query.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('cases.empty')} />
        ) : (
          <Flex vertical gap={8} data-testid="cases-list">
            {items.map((c) => (
              <Card key={c.id} size="small" data-testid={`case-row-${c.id}`}>
                <Flex justify="space-between" align="flex-start" gap={8} wrap>
                  <Flex vertical gap={2} style={{ minWidth: 0 }}>
                    <Link to={`/supervision-cases/${c.id}`} data-testid={`case-link-${c.id}`}>
                      {c.title}
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.orgName} · {t(`cases.source.${c.source}`)} · {f.date(c.openedOn)} · {c.handlerName}
                    </Typography.Text>
                  </Flex>
                  <Flex gap={4}>
                    {c.alarmed && (
                      <Tag color="red" data-testid={`case-alarm-${c.id}`}>
                        {t('cases.alarmTag')}
                      </Tag>
                    )}
                    <CaseStatusTag status={c.status} testId={`case-status-${c.id}`} />
                  </Flex>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
    </>
  );
}
