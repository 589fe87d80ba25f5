import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { caseKeys, fetchTasks, taskFeedback } from './api';
import { TextDialog } from './TextDialog';

/** 协办任务: a partner department's own tasks in coordinated cases, answered with its feedback. */
export default function CaseTasksPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const qc = useQueryClient();
  const [answering, setAnswering] = useState<number | null>(null);
  const { query, items } = useKeysetQuery(caseKeys.tasks, (cursor) => fetchTasks(cursor));
  return (
    <>
      <PageHeader title={t('caseTasks.title')} subtitle={t('caseTasks.subtitle')} />
      {query.isError && <Alert type="error" showIcon title={errorText(query.error, lang, t)} />}
      {query.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('caseTasks.empty')} />
      ) : (
        <Flex vertical gap={8} data-testid="case-tasks">
          {items.map((task) => (
            <Card key={task.id} size="small" data-testid={`task-${task.id}`}>
              <Flex justify="space-between" wrap gap={8}>
                <Typography.Text strong>
                  {task.orgName}：{task.caseTitle}
                </Typography.Text>
                <Tag color={task.status === 'done' ? 'success' : task.overdue ? 'red' : 'processing'}>
                  {t(`caseTasks.status.${task.status}`)}
                </Tag>
              </Flex>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                {task.caseDetail}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ margin: 0 }}>
                {task.request}（{t('cases.deadline')} {f.date(task.deadline)}）
              </Typography.Paragraph>
              {task.feedback ? (
                <Typography.Paragraph type="success" style={{ margin: '4px 0 0' }}>
                  {task.feedback}
                </Typography.Paragraph>
              ) : (
                <Button
                  type="primary"
                  size="small"
                  style={{ marginTop: 8 }}
                  onClick={() => setAnswering(task.id)}
                  data-testid={`task-feedback-${task.id}`}
                >
                  {t('caseTasks.feedback')}
                </Button>
              )}
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
      <TextDialog
        open={answering !== null}
        title={t('caseTasks.feedback')}
        label={t('caseTasks.feedback')}
        testId="task-feedback-dialog"
        onClose={() => setAnswering(null)}
        onSubmit={async (v) => {
          await taskFeedback(answering!, v.text);
          await qc.invalidateQueries({ queryKey: caseKeys.all });
        }}
      />
    </>
  );
}
