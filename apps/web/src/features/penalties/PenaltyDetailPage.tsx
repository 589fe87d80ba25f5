import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatFen, type TPenaltyDetail, type TPenaltyStep } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../app/session';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { downloadDocument } from '../documents/api';
import { fetchPenalty, penaltyKeys, postStep } from './api';
import { KindsText, PenaltyStatusTag } from './PenaltiesPage';
import { StepForm } from './StepForm';

function DocumentLinks({ s }: { s: TPenaltyStep }) {
  const { t } = useI18n();
  const handleError = useApiErrorHandler();
  if (!s.documentId) return null;
  const doc = { id: s.documentId, number: `${t(`penalties.step.${s.step}` as never)}-${s.documentId}` };
  const get = (format: 'pdf' | 'docx') => () => downloadDocument(doc, format).catch((e: unknown) => handleError(e));
  return (
    <Space size={4} wrap>
      <Button size="small" onClick={get('pdf')} data-testid={`penalty-doc-pdf-${s.step}`}>
        {t('penalties.detail.pdf')}
      </Button>
      <Button size="small" onClick={get('docx')} data-testid={`penalty-doc-docx-${s.step}`}>
        {t('penalties.detail.docx')}
      </Button>
    </Space>
  );
}

function Steps({ p }: { p: TPenaltyDetail }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Timeline
      data-testid="penalty-timeline"
      items={p.steps.map((s) => ({
        key: s.id,
        content: (
          <Flex vertical gap={2}>
            <Typography.Text strong>
              {t(`penalties.step.${s.step}` as never)} · {f.date(s.onDate)} · {s.actorName}
            </Typography.Text>
            {s.note && (
              <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {s.note}
              </Typography.Paragraph>
            )}
            {s.files.map((id) => (
              <a key={id} href={`/api/files/${id}/content`} target="_blank" rel="noreferrer">
                #{id}
              </a>
            ))}
            <DocumentLinks s={s} />
          </Flex>
        ),
      }))}
    />
  );
}

/** `/penalties/:id`: the case with its step timeline, its documents, and the next step's form. */
export default function PenaltyDetailPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const manage = useCan('penalties.manage');
  const review = useCan('penalties.review');
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: penaltyKeys.one(id), queryFn: () => fetchPenalty(id) });
  const publish = useMutation({
    mutationFn: (p: TPenaltyDetail) => postStep(p.id, 'publish', { version: p.version }),
    onSuccess: (next) => {
      queryClient.setQueryData(penaltyKeys.one(id), next);
      message.success(t('penalties.saved'));
    },
    onError: (err) => handleError(err),
  });
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error, lang, t)} />;
  if (!q.data) return <Skeleton active />;
  const p = q.data;
  const next = p.nextActions.filter((a) => (a === 'review' ? review : manage));
  const amounts = [
    p.fineFen ? `${t('penalties.kind.fine')} ${formatFen(p.fineFen)}` : null,
    p.confiscatedFen ? `${t('penalties.kind.confiscation')} ${formatFen(p.confiscatedFen)}` : null,
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={p.decisionNumber ?? p.orgName}
        extra={<PenaltyStatusTag status={p.status} />}
      />
      <Card style={{ marginBottom: 12 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="penalty-detail">
          <Descriptions.Item label={t('penalties.col.org')}>
            <Link to={`/orgs/${p.orgId}`}>{p.orgName}</Link>
            {p.uscc ? `（${p.uscc}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('penalties.col.filedOn')}>
            {f.date(p.filedOn)} · {p.handlerName}
          </Descriptions.Item>
          <Descriptions.Item label={t('penalties.col.kinds')}>
            <KindsText p={p} />
            {amounts.length > 0 && ` · ${amounts.join('，')}`}
          </Descriptions.Item>
          {p.caseId && (
            <Descriptions.Item label={t('penalties.detail.case')}>
              <Link to={`/supervision-cases/${p.caseId}`}>#{p.caseId}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Flex wrap gap={8} style={{ marginTop: 8 }}>
          {p.hearingDue && <Tag color="purple">{t('penalties.detail.hearingDue')}</Tag>}
          {p.statementDeadline && !p.decidedOn && (
            <Tag>{t('penalties.detail.deadline', { date: f.date(p.statementDeadline) })}</Tag>
          )}
          {p.publishedOn ? (
            <Tag color="green">{t('penalties.detail.published', { date: f.date(p.publishedOn) })}</Tag>
          ) : (
            p.publishBy && (
              <>
                <Tag color="orange">{t('penalties.detail.publishBy', { date: f.date(p.publishBy) })}</Tag>
                {manage && (
                  <Button
                    size="small"
                    loading={publish.isPending}
                    onClick={() => publish.mutate(p)}
                    data-testid="penalty-publish"
                  >
                    {t('penalties.detail.publish')}
                  </Button>
                )}
              </>
            )
          )}
        </Flex>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card title={t('penalties.detail.steps')}>
            <Steps p={p} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('penalties.detail.next')}>
            {p.decisionBlockers.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('penalties.detail.blocked')}
                description={p.decisionBlockers.join('；')}
                data-testid="penalty-blockers"
              />
            )}
            {next.length === 0 ? (
              <Typography.Text type="secondary">
                {p.status === 'closed' ? t('penalties.detail.none') : '—'}
              </Typography.Text>
            ) : (
              // The last open action is the step forward (investigation may also be repeated before the notice).
              <StepForm key={`${next.at(-1)}-${p.version}`} p={p} action={next.at(-1)!} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
