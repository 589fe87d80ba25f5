import { useState } from 'react';
import { App, Button, Card, Col, Flex, List, Popconfirm, Row, Select, Skeleton, Statistic, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  DORMANT_DISPOSALS,
  DORMANT_SIGNALS,
  type DormantDisposal,
  type TDormantCampaignDetail,
  type TDormantCandidate,
} from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../components/ResultPages';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { closeCampaign, dormantKeys, fetchCampaign, type CandidateFilter } from './api';
import { CandidateTable } from './CandidateTable';
import { DisposeDialog } from './DisposeDialog';
import { NoDataNote } from './NoDataNote';

function Counts({ c }: { c: TDormantCampaignDetail }) {
  const t = useT();
  const cards: [string, string | number][] = [
    ['listed', c.counts.listed],
    ['disposed', c.counts.disposed],
    [
      'rate',
      c.counts.completionRate === null ? t('dormant.noRate') : t('dormant.rate', { rate: c.counts.completionRate }),
    ],
    ...DORMANT_DISPOSALS.map((d): [string, number] => [d, c.counts.byDisposal[d]]),
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cards.map(([key, value]) => (
        <Col xs={8} md={6} lg={3} key={key}>
          <Card size="small">
            <Statistic
              title={t(`dormant.card.${key}` as Parameters<typeof t>[0])}
              value={value}
              data-testid={`campaign-count-${key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** One campaign: counts and completion rate, the revocations announced, the candidates and their disposal. */
export default function CampaignPage() {
  const t = useT();
  const f = useFormat();
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<CandidateFilter>({});
  const [disposing, setDisposing] = useState<TDormantCandidate | null>(null);
  const detail = useQuery({ queryKey: dormantKeys.detail(id), queryFn: () => fetchCampaign(id) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: dormantKeys.detail(id) });
  const close = useMutation({
    mutationFn: (version: number) => closeCampaign(id, version),
    onSuccess: () => {
      message.success(t('dormant.closed'));
      refresh();
    },
    onError: (err) => handleError(err, { onStale: refresh }),
  });
  const c = detail.data;
  if (detail.isError && isApiError(detail.error) && detail.error.status === 404) return <NotFoundPage />;

  return (
    <>
      <Link to="/dormant-campaigns">
        <ArrowLeftOutlined /> {t('dormant.back')}
      </Link>
      {c && (
        <>
          <PageHeader
            title={<span data-testid="campaign-title">{c.title}</span>}
            subtitle={
              <>
                {c.authorityName} · {t('dormant.period', { from: f.date(c.startsOn), to: f.date(c.endsOn) })} ·{' '}
                {t('dormant.scope', {
                  region: c.scope.regionName,
                  types: c.scope.types.map((x) => t(`orgType.${x}` as Parameters<typeof t>[0])).join('、'),
                })}{' '}
                <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`dormant.status.${c.status}`)}</Tag>
              </>
            }
            extra={
              c.canManage && (
                <Popconfirm title={t('dormant.closeConfirm')} onConfirm={() => close.mutate(c.version)}>
                  <Button loading={close.isPending} data-testid="campaign-close">
                    {t('dormant.close')}
                  </Button>
                </Popconfirm>
              )
            }
          />
          <Counts c={c} />
          <NoDataNote codes={c.noData} />
          {c.revocations.length > 0 && (
            <Card size="small" title={t('dormant.revocations')} style={{ margin: '16px 0' }}>
              <List
                size="small"
                dataSource={c.revocations}
                renderItem={(r) => (
                  <List.Item key={r.candidateId} data-testid={`revocation-${r.orgId}`}>
                    {t('dormant.revocation', {
                      name: r.orgName,
                      uscc: r.uscc ?? '—',
                      date: f.date(r.disposedOn),
                      ref: r.decisionRef ?? '',
                    })}
                  </List.Item>
                )}
              />
              <Link to="/portal/announcements">{t('dormant.announcements')}</Link>
            </Card>
          )}
          <Card style={{ marginTop: 16 }}>
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              <Select<DormantDisposal | 'pending' | ''>
                style={{ minWidth: 140 }}
                value={filter.disposal ?? ''}
                onChange={(v) => setFilter((x) => ({ ...x, disposal: v || undefined }))}
                data-testid="filter-disposal"
                options={[
                  { value: '', label: `${t('dormant.filter.disposal')}：${t('dormant.filter.all')}` },
                  { value: 'pending', label: t('dormant.filter.pending') },
                  ...DORMANT_DISPOSALS.map((d) => ({ value: d, label: t(`dormant.disposal.${d}`) })),
                ]}
              />
              <Select<string>
                style={{ minWidth: 160 }}
                value={filter.signal ?? ''}
                onChange={(v) => setFilter((x) => ({ ...x, signal: (v || undefined) as CandidateFilter['signal'] }))}
                data-testid="filter-signal"
                options={[
                  { value: '', label: `${t('dormant.filter.signal')}：${t('dormant.filter.all')}` },
                  ...DORMANT_SIGNALS.map((s) => ({ value: s, label: t(`dormant.signal.${s}`) })),
                ]}
              />
            </Flex>
            <CandidateTable campaignId={id} filter={filter} canManage={c.canManage} onDispose={setDisposing} />
          </Card>
          {disposing && (
            <DisposeDialog
              campaignId={id}
              candidate={disposing}
              onClose={() => setDisposing(null)}
              onDone={() => {
                setDisposing(null);
                refresh();
                void queryClient.invalidateQueries({ queryKey: ['dormant-campaigns', id, 'candidates'] });
              }}
            />
          )}
        </>
      )}
      {detail.isPending && <Skeleton active style={{ padding: 24 }} />}
    </>
  );
}
