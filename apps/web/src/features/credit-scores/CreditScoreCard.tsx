import { Alert, Card, Flex, List, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TCreditScore } from '@shezu/contracts';
import { isApiError } from '../../api/errors';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { fetchScore, scoreKeys } from './api';
import { LevelTag } from './LevelTag';

type Item = TCreditScore['breakdown'][number];

/**
 * An organization's credit score: score and level, every indicator with its points, maximum and the facts
 * behind them (暂无数据 marked: scored full until its data exists), and the history of changes. Used on the
 * staff org page's 信用 tab and on the organization's own 信用信息 page.
 */
export function CreditScoreCard({ orgId }: { orgId: number }) {
  const { t, lang } = useI18n();
  const q = useQuery({ queryKey: scoreKeys.score(orgId), queryFn: () => fetchScore(orgId) });
  if (q.isPending) return <Skeleton active data-testid="credit-score-loading" />;
  if (q.isError)
    return (
      <Alert
        type={isApiError(q.error) && q.error.status === 404 ? 'info' : 'error'}
        title={isApiError(q.error) && q.error.status === 404 ? t('creditScore.none') : errorText(q.error, lang, t)}
        data-testid="credit-score-error"
      />
    );
  const s = q.data;
  const columns = [
    { title: t('creditScore.col.indicator'), dataIndex: 'label', key: 'label', width: 130 },
    {
      title: t('creditScore.col.points'),
      key: 'points',
      width: 70,
      align: 'right' as const,
      render: (_: unknown, b: Item) => <span data-testid={`credit-score-points-${b.code}`}>{b.points}</span>,
    },
    { title: t('creditScore.col.max'), dataIndex: 'maxPoints', key: 'max', width: 70, align: 'right' as const },
    {
      title: t('creditScore.col.facts'),
      key: 'facts',
      render: (_: unknown, b: Item) =>
        b.noData ? (
          <Tooltip title={t('creditScore.noDataHint')}>
            <Tag data-testid={`credit-score-nodata-${b.code}`}>{t('creditScore.noData')}</Tag>
          </Tooltip>
        ) : (
          <Flex vertical gap={2}>
            {b.facts.map((f) => (
              <span key={f}>{f}</span>
            ))}
          </Flex>
        ),
    },
  ];
  return (
    <Card
      size="small"
      data-testid="credit-score-card"
      title={t('creditScore.title')}
      extra={
        <Flex gap={8} align="center">
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="credit-score-total">
            {t('creditScore.points', { score: s.score })}
          </Typography.Text>
          <LevelTag level={s.level} testId="credit-score-level" />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('creditScore.meta', { band: s.band, version: s.schemeVersion, date: s.computedOn })}
        </Typography.Text>
        <Table<Item>
          size="small"
          rowKey="code"
          pagination={false}
          columns={columns}
          dataSource={s.breakdown}
          scroll={{ x: 480 }}
          data-testid="credit-score-breakdown"
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('creditScore.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {s.breakdown.reduce((n, b) => n + b.points, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {s.breakdown.reduce((n, b) => n + b.maxPoints, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} />
            </Table.Summary.Row>
          )}
        />
        <Typography.Text strong>{t('creditScore.history')}</Typography.Text>
        <List
          size="small"
          data-testid="credit-score-history"
          locale={{ emptyText: t('creditScore.historyEmpty') }}
          dataSource={s.history}
          renderItem={(h) => (
            <List.Item>
              <Flex gap={8} wrap align="center">
                <span>{h.computedOn}</span>
                <span>{t('creditScore.points', { score: h.score })}</span>
                <LevelTag level={h.level} />
                <Typography.Text type="secondary">{h.causeLabel}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
