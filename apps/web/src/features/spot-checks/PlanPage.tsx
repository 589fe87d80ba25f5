import { useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Descriptions,
  Divider,
  Empty,
  Flex,
  List,
  Popconfirm,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatShare, type TSpotCheckVerify } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { downloadSnapshot, drawPlan, fetchChecks, fetchPlan, spotKeys, verifyPlan } from './api';
import { PLAN_STATUS_COLOR } from './PlansPage';

function VerifyResult({ v }: { v: TSpotCheckVerify }) {
  const { t } = useI18n();
  const lists = (['added', 'removed', 'levelChanged', 'mismatched'] as const).filter((k) => v[k].length > 0);
  return (
    <Alert
      data-testid="spot-plan-verify-result"
      type={v.ok ? 'success' : 'warning'}
      showIcon
      title={v.ok ? t('spotChecks.verify.ok') : t('spotChecks.verify.failed')}
      description={
        !v.ok && (
          <Flex vertical gap={4}>
            <Flex wrap gap={4}>
              {(['snapshotIntact', 'drawReproduced', 'registerUnchanged'] as const).map((k) => (
                <Tag key={k} color={v[k] ? 'green' : 'red'}>
                  {t(
                    `spotChecks.verify.${({ snapshotIntact: 'intact', drawReproduced: 'reproduced', registerUnchanged: 'unchanged' } as const)[k]}`,
                  )}
                </Tag>
              ))}
            </Flex>
            {lists.map((k) => (
              <Typography.Text key={k} style={{ wordBreak: 'break-all' }}>
                {t(`spotChecks.verify.${k}`)}：{v[k].join('、')}
              </Typography.Text>
            ))}
          </Flex>
        )
      }
    />
  );
}

/** `/spot-check-plans/:id`: the plan, its draw (seed, snapshot hash, verify) and the drawn organizations. */
export default function PlanPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const me = useMe();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: spotKeys.plan(id), queryFn: () => fetchPlan(id) });
  const { query, items } = useKeysetQuery(spotKeys.checks(id), (cursor) => fetchChecks(id, cursor));
  const [verified, setVerified] = useState<TSpotCheckVerify | null>(null);
  const draw = useMutation({
    mutationFn: () => drawPlan(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: spotKeys.all }),
    onError: (err) => handleError(err),
  });
  const verify = useMutation({
    mutationFn: () => verifyPlan(id),
    onSuccess: setVerified,
    onError: (e) => handleError(e),
  });
  if (plan.isError) return <Alert type="error" showIcon title={errorText(plan.error, lang, t)} />;
  if (!plan.data) return <Skeleton active />;
  const p = plan.data;
  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={`${p.year} · ${t(`spotChecks.kind.${p.kind}`)} · ${t(`spotChecks.purpose.${p.purpose}`)}`}
      />
      <Card style={{ marginBottom: 12 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('spotChecks.field.share')}>{formatShare(p.shareBp)}</Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.mode')}>{t(`spotChecks.mode.${p.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.items')}>
            {p.items.map((i) => t(`spotChecks.item.${i}`)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.weighted')}>{p.weighted ? '✓' : '—'}</Descriptions.Item>
          {p.draw && (
            <>
              <Descriptions.Item label={t('spotChecks.plan.seed')}>
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="spot-plan-seed">
                  {p.draw.seed}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('spotChecks.plan.hash')}>
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {p.draw.snapshotHash}
                </Typography.Text>
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
        <Flex wrap gap={8} style={{ marginTop: 12 }} align="center">
          <Tag color={PLAN_STATUS_COLOR[p.status]}>{t(`spotChecks.status.${p.status}`)}</Tag>
          {p.draw && <span>{t('spotChecks.plan.drawn', { drawn: p.draw.drawn, population: p.draw.population })}</span>}
          {p.status === 'draft' && can(me, 'supervision.manage') && (
            <Popconfirm title={t('spotChecks.plan.drawConfirm')} onConfirm={() => draw.mutate()}>
              <Button type="primary" loading={draw.isPending} data-testid="spot-plan-draw">
                {t('spotChecks.plan.draw')}
              </Button>
            </Popconfirm>
          )}
          {p.draw && (
            <>
              <Button loading={verify.isPending} onClick={() => verify.mutate()} data-testid="spot-plan-verify">
                {t('spotChecks.plan.verify')}
              </Button>
              <Button
                onClick={() => void downloadSnapshot(id).catch((e: unknown) => message.error(errorText(e, lang, t)))}
              >
                {t('spotChecks.plan.snapshot')}
              </Button>
            </>
          )}
        </Flex>
        {verified && (
          <>
            <Divider style={{ margin: '12px 0' }} />
            <VerifyResult v={verified} />
          </>
        )}
      </Card>
      {p.draw && (
        <Card
          title={t('spotChecks.plan.checks')}
          extra={t('spotChecks.plan.progress', {
            concluded: p.checks.concluded,
            total: p.checks.total,
            problems: p.checks.withProblems,
          })}
        >
          {query.isPending ? (
            <Skeleton active />
          ) : items.length === 0 ? (
            <Empty />
          ) : (
            <List
              data-testid="spot-plan-checks"
              dataSource={items}
              renderItem={(c) => (
                <List.Item>
                  <Flex vertical style={{ width: '100%' }} gap={2}>
                    <Flex justify="space-between" wrap gap={8}>
                      <Link to={`/spot-checks/${c.id}`}>
                        {c.rank}. {c.orgName}
                      </Link>
                      <Tag color={c.problemsFound ? 'red' : c.status === 'concluded' ? 'green' : 'default'}>
                        {t(`spotChecks.checkStatus.${c.status}`)}
                      </Tag>
                    </Flex>
                    <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                      {c.uscc} · {c.inspectors.map((i) => i.name).join('、')}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
          <LoadMore
            count={items.length}
            hasMore={!!query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoad={() => void query.fetchNextPage()}
          />
        </Card>
      )}
    </>
  );
}
