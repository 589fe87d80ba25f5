import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { caseFeedback, caseKeys, closeCase, fetchCase, verifyCase } from './api';
import { CaseStatusTag } from './CaseTags';
import { MeasureDrawer } from './MeasureDrawer';
import { MeasureList } from './MeasureList';
import { TaskDialog } from './TaskDialog';
import { TextDialog } from './TextDialog';

type Dialog = 'measure' | 'task' | 'feedback' | 'close' | null;

/** One case: its facts, measures with their documents, partner tasks, alarms, timeline and the handler's actions. */
export default function CaseDetailPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const q = useQuery({ queryKey: caseKeys.one(id), queryFn: () => fetchCase(id) });
  const refresh = () => qc.invalidateQueries({ queryKey: caseKeys.all });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error, lang, t)} />;
  const c = q.data;
  const open = c.status !== 'closed';
  const manage = c.canManage && open;
  const noSteps = c.measures.length === 0 && c.tasks.length === 0;
  const run = (p: Promise<unknown>) => {
    setActionError(null);
    p.then(refresh, (e: unknown) => setActionError(errorText(e, lang, t)));
  };
  return (
    <>
      <PageHeader
        title={c.title}
        subtitle={`${c.orgName} · ${t(`cases.source.${c.source}`)} · ${f.date(c.openedOn)}`}
        extra={
          manage && (
            <>
              <Button type="primary" onClick={() => setDialog('measure')} data-testid="case-issue">
                {t('cases.action.issue')}
              </Button>
              <Button onClick={() => setDialog('task')} data-testid="case-assign">
                {t('cases.action.assign')}
              </Button>
              {noSteps && c.status === 'open' && (
                <Button onClick={() => setDialog('feedback')} data-testid="case-feedback">
                  {t('cases.action.feedback')}
                </Button>
              )}
              {c.status === 'feedback_given' && noSteps && (
                <Button onClick={() => run(verifyCase(c.id))} data-testid="case-verify">
                  {t('cases.action.verifyCase')}
                </Button>
              )}
              <Button
                type={c.status === 'verified' ? 'primary' : 'default'}
                disabled={c.status !== 'verified'}
                onClick={() => setDialog('close')}
                data-testid="case-close"
              >
                {t('cases.action.close')}
              </Button>
              <Link to={`/penalties/new?caseId=${c.id}`}>{t('cases.detail.penalty')}</Link>
            </>
          )
        }
      />
      {actionError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={actionError} />}
      {manage && c.status !== 'verified' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cases.closeHint')} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card title={t('cases.detail.facts')} extra={<CaseStatusTag status={c.status} testId="case-status" />}>
              <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
                <Descriptions.Item label={t('cases.col.org')}>{c.orgName}</Descriptions.Item>
                <Descriptions.Item label={t('cases.col.handler')}>{c.handlerName}</Descriptions.Item>
                <Descriptions.Item label={t('cases.detail.detail')} span={2}>
                  {c.detail}
                </Descriptions.Item>
                {c.feedback && (
                  <Descriptions.Item label={t('cases.detail.feedback')} span={2}>
                    {c.feedback}
                  </Descriptions.Item>
                )}
                {c.conclusion && (
                  <Descriptions.Item label={t('cases.detail.conclusion')} span={2}>
                    {c.conclusion}
                  </Descriptions.Item>
                )}
                {c.substantiated !== null && (
                  <Descriptions.Item label={t('cases.detail.substantiated')}>
                    {c.substantiated ? t('cases.yes') : t('cases.no')}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card title={t('cases.detail.measures')}>
              <MeasureList caseId={c.id} measures={c.measures} canManage={manage} />
            </Card>
            <Card title={t('cases.detail.tasks')}>
              {c.tasks.length === 0 ? (
                <Empty description={t('cases.detail.noTasks')} />
              ) : (
                <Flex vertical gap={8}>
                  {c.tasks.map((task) => (
                    <Card key={task.id} size="small" data-testid={`case-task-${task.id}`}>
                      <Flex justify="space-between" wrap gap={8}>
                        <Typography.Text strong>{task.unitName}</Typography.Text>
                        <Tag color={task.status === 'done' ? 'success' : task.overdue ? 'red' : 'processing'}>
                          {t(`caseTasks.status.${task.status}`)}
                        </Tag>
                      </Flex>
                      <Typography.Paragraph style={{ margin: '4px 0 0' }}>
                        {task.request}（{t('cases.deadline')} {f.date(task.deadline)}）
                      </Typography.Paragraph>
                      {task.feedback && <Typography.Paragraph type="secondary">{task.feedback}</Typography.Paragraph>}
                    </Card>
                  ))}
                </Flex>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            {c.alarms.length > 0 && (
              <Card title={t('cases.detail.alarms')} data-testid="case-alarms">
                <Flex vertical gap={6}>
                  {c.alarms.map((a) => (
                    <Flex key={a.id} gap={6} align="baseline">
                      <Tag color={a.resolvedOn ? 'default' : 'red'}>{t(`cases.alarm.${a.kind}`)}</Tag>
                      <Typography.Text type={a.resolvedOn ? 'secondary' : undefined}>{a.summary}</Typography.Text>
                    </Flex>
                  ))}
                </Flex>
              </Card>
            )}
            <Card title={t('cases.detail.timeline')}>
              <Timeline
                items={c.timeline.map((e) => ({
                  content: (
                    <>
                      <Typography.Text>{e.summary}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {f.dateTime(e.at)} · {e.actorName}
                      </Typography.Text>
                    </>
                  ),
                }))}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
      <MeasureDrawer caseId={c.id} open={dialog === 'measure'} onClose={() => setDialog(null)} />
      <TaskDialog caseId={c.id} open={dialog === 'task'} onClose={() => setDialog(null)} />
      <TextDialog
        open={dialog === 'feedback'}
        title={t('cases.action.feedback')}
        label={t('cases.form.feedback')}
        testId="case-feedback-dialog"
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await caseFeedback(c.id, v.text);
          await refresh();
        }}
      />
      <TextDialog
        open={dialog === 'close'}
        title={t('cases.action.close')}
        label={t('cases.form.conclusion')}
        askSubstantiated={c.source === 'complaint'}
        testId="case-close-dialog"
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await closeCase(c.id, {
            conclusion: v.text,
            ...(c.source === 'complaint' ? { substantiated: v.substantiated } : {}),
          });
          await refresh();
        }}
      />
    </>
  );
}
