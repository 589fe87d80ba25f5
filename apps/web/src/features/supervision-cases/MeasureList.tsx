import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { TCaseMeasure } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { caseKeys, downloadEvidence, downloadMeasureDocument, verifyMeasure } from './api';
import { MeasureStatusTag } from './CaseTags';
import { TextDialog } from './TextDialog';

/** One measure: what was required by when, its document, the organization's answer and the clerk's decision. */
export function MeasureCard({
  m,
  canManage,
  onVerify,
  onReturn,
}: {
  m: TCaseMeasure;
  canManage?: boolean;
  onVerify?: () => void;
  onReturn?: () => void;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <Card size="small" data-testid={`measure-${m.id}`}>
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <Typography.Text strong>
          {t(`cases.measure.${m.kind}`)}
          {m.documentNumber ? ` ${m.documentNumber}` : ''}
        </Typography.Text>
        <Flex gap={4}>
          {m.overdue && <Tag color="red">{t('cases.overdue')}</Tag>}
          <MeasureStatusTag status={m.status} testId={`measure-status-${m.id}`} />
        </Flex>
      </Flex>
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        {m.orgName && <Descriptions.Item label={t('cases.col.org')}>{m.orgName}</Descriptions.Item>}
        {m.caseTitle && <Descriptions.Item label={t('caseTasks.case')}>{m.caseTitle}</Descriptions.Item>}
        <Descriptions.Item label={t('cases.deadline')}>{f.date(m.deadline)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.requirement')}>{m.requirement}</Descriptions.Item>
        {m.talk && (
          <Descriptions.Item label={t('cases.form.talkContent')}>
            {f.date(m.talk.date)} · {m.talk.place} · {m.talk.participants}：{m.talk.content}
          </Descriptions.Item>
        )}
        {m.answer && <Descriptions.Item label={t('cases.answer')}>{m.answer}</Descriptions.Item>}
        {m.answerFiles.length > 0 && (
          <Descriptions.Item label={t('cases.answerFiles')}>
            <Flex gap={4} wrap>
              {m.answerFiles.map((file) => (
                <Button key={file.id} size="small" type="link" onClick={() => void downloadEvidence(file.id)}>
                  {file.name}
                </Button>
              ))}
            </Flex>
          </Descriptions.Item>
        )}
        {m.returnReason && m.status === 'returned' && (
          <Descriptions.Item label={t('cases.returnReason')}>{m.returnReason}</Descriptions.Item>
        )}
      </Descriptions>
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        {m.documentId && (
          <>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void downloadMeasureDocument(m.caseId, m.id, 'pdf')}
              data-testid={`measure-pdf-${m.id}`}
            >
              {t('cases.downloadPdf')}
            </Button>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void downloadMeasureDocument(m.caseId, m.id, 'docx')}
              data-testid={`measure-docx-${m.id}`}
            >
              {t('cases.downloadDocx')}
            </Button>
          </>
        )}
        {canManage && m.status === 'answered' && (
          <>
            <Button size="small" type="primary" onClick={onVerify} data-testid={`measure-verify-${m.id}`}>
              {t('cases.action.verify')}
            </Button>
            <Button size="small" danger onClick={onReturn} data-testid={`measure-return-${m.id}`}>
              {t('cases.action.return')}
            </Button>
          </>
        )}
      </Flex>
    </Card>
  );
}

/** The case page's measures, with verify and send-back for the handler. */
export function MeasureList({
  caseId,
  measures,
  canManage,
}: {
  caseId: number;
  measures: TCaseMeasure[];
  canManage: boolean;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [returning, setReturning] = useState<number | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: caseKeys.all });
  if (measures.length === 0) return <Empty description={t('cases.detail.noMeasures')} />;
  return (
    <Flex vertical gap={8}>
      {measures.map((m) => (
        <MeasureCard
          key={m.id}
          m={m}
          canManage={canManage}
          onVerify={() => void verifyMeasure(caseId, m.id, { accepted: true }).then(refresh)}
          onReturn={() => setReturning(m.id)}
        />
      ))}
      <TextDialog
        open={returning !== null}
        title={t('cases.action.return')}
        label={t('cases.form.reason')}
        testId="measure-return-dialog"
        onClose={() => setReturning(null)}
        onSubmit={async (v) => {
          await verifyMeasure(caseId, returning!, { accepted: false, reason: v.text });
          await refresh();
        }}
      />
    </Flex>
  );
}
