import { Empty, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { campaignKeys, fetchProblems } from './api';
import { RectificationTag } from './RectificationCell';

/** Organizations with problems: flagged in their self-inspection, found by the campaign's checks, or both. */
export function ProblemsList({ campaignId }: { campaignId: number }) {
  const t = useT();
  const q = useQuery({ queryKey: campaignKeys.problems(campaignId), queryFn: () => fetchProblems(campaignId) });
  if (q.data && q.data.items.length === 0) return <Empty description={t('sc.noProblems')} />;
  return (
    <List
      loading={q.isPending}
      dataSource={q.data?.items ?? []}
      renderItem={(p) => (
        <List.Item key={p.orgId} data-testid={`sc-problem-${p.orgId}`}>
          <List.Item.Meta
            title={p.orgName}
            description={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.uscc ?? '—'}
              </Typography.Text>
            }
          />
          {p.selfInspection && <Tag>{t('sc.source.self')}</Tag>}
          {p.checks && <Tag color="purple">{t('sc.source.checks')}</Tag>}
          <RectificationTag state={p.rectification} />
        </List.Item>
      )}
    />
  );
}
