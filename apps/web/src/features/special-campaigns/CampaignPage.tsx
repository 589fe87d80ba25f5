import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Statistic,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { TCampaignFigures, TSpecialCampaignDetail } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../components/ResultPages';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useApiErrorHandler } from '../../lib/errors';
import { campaignKeys, closeCampaign, exportCampaignOrgs, fetchCampaign, type OrgFilter } from './api';
import { CampaignOrgsTable } from './CampaignOrgsTable';
import { ProblemsList } from './ProblemsList';

const FIGURES: (keyof TCampaignFigures)[] = [
  'inScope',
  'selfInspected',
  'checked',
  'audited',
  'withProblems',
  'rectified',
];

function Figures({ c }: { c: TSpecialCampaignDetail }) {
  const t = useT();
  const f = useFormat();
  return (
    <Row gutter={[12, 12]}>
      {FIGURES.map((k) => (
        <Col xs={12} sm={8} md={4} key={k}>
          <Card size="small">
            <Statistic title={t(`sc.fig.${k}`)} value={f.number(c.figures[k])} data-testid={`sc-fig-${k}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

const FILTERS = {
  all: {},
  pending: { status: 'pending' },
  submitted: { status: 'submitted' },
  problem: { problem: 'yes' },
} as const;
type FilterKey = keyof typeof FILTERS;

/** One campaign: its figures, the organizations in scope with their self-inspection and rectification, problems. */
export default function CampaignPage() {
  const t = useT();
  const f = useFormat();
  const id = Number(useParams().id);
  const [filter, setFilter] = useState<FilterKey>('all');
  const handleError = useApiErrorHandler();
  const detail = useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => fetchCampaign(id) });
  const c = detail.data;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () => closeCampaign(id),
    onSuccess: (closed) => {
      message.success(t('sc.closed'));
      queryClient.setQueryData(campaignKeys.detail(id), closed);
      void queryClient.invalidateQueries({ queryKey: campaignKeys.list });
    },
    onError: (err) => handleError(err),
  });
  if (detail.isError && isApiError(detail.error) && detail.error.status === 404) return <NotFoundPage />;

  return (
    <>
      <Link to="/special-campaigns">
        <ArrowLeftOutlined /> {t('sc.back')}
      </Link>
      {c && (
        <>
          <PageHeader
            title={<span data-testid="sc-title">{c.title}</span>}
            subtitle={
              <>
                {c.authorityName} · {t('sc.period', { from: f.date(c.startsOn), to: f.date(c.endsOn) })} ·{' '}
                {t('sc.scope', {
                  region: c.scope.regionName,
                  types: c.scope.types.map((x) => t(`orgType.${x}` as Parameters<typeof t>[0])).join('、'),
                })}{' '}
                <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`sc.status.${c.status}`)}</Tag>
              </>
            }
            extra={
              c.canManage && (
                <Flex gap={8} wrap>
                  <Link to={`/spot-check-plans?campaignId=${c.id}`} data-testid="sc-new-plan">
                    <Button icon={<PlusOutlined />}>{t('sc.newPlan')}</Button>
                  </Link>
                  <Popconfirm title={t('sc.closeConfirm')} onConfirm={() => close.mutate()}>
                    <Button danger loading={close.isPending} data-testid="sc-close">
                      {t('sc.close')}
                    </Button>
                  </Popconfirm>
                </Flex>
              )
            }
          />
          <Typography.Paragraph type="secondary">{t('sc.basis', { basis: c.basis })}</Typography.Paragraph>
          <Figures c={c} />
          <Card style={{ marginTop: 16 }}>
            <Tabs
              items={[
                {
                  key: 'orgs',
                  label: t('sc.tab.orgs'),
                  children: (
                    <>
                      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
                        <Select<FilterKey>
                          style={{ minWidth: 160 }}
                          value={filter}
                          onChange={setFilter}
                          data-testid="sc-filter"
                          options={(Object.keys(FILTERS) as FilterKey[]).map((k) => ({
                            value: k,
                            label: t(`sc.filter.${k}`),
                          }))}
                        />
                        <Button
                          icon={<DownloadOutlined />}
                          onClick={() => exportCampaignOrgs(id).catch((e: unknown) => handleError(e))}
                          data-testid="sc-export"
                        >
                          {t('sc.export')}
                        </Button>
                      </Flex>
                      <CampaignOrgsTable
                        campaignId={id}
                        filter={FILTERS[filter] as OrgFilter}
                        canManage={c.canManage}
                      />
                    </>
                  ),
                },
                { key: 'problems', label: t('sc.tab.problems'), children: <ProblemsList campaignId={id} /> },
              ]}
            />
          </Card>
        </>
      )}
      {detail.isPending && <Skeleton active style={{ padding: 24 }} />}
    </>
  );
}
