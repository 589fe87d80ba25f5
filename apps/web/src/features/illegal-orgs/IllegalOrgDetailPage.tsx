import { Alert, Card, Descriptions, Divider, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { FileLinks } from '../../components/FilesField';
import { fetchIllegalOrg, illegalKeys } from './api';
import { STATUS_COLOR } from './IllegalOrgsPage';
import { StepForms } from './StepForms';

/** One report through investigation, finding and ban, with the 取缔决定书 once issued. */
export default function IllegalOrgDetailPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: illegalKeys.one(id), queryFn: () => fetchIllegalOrg(id) });
  const o = q.data;
  const F = (
    key:
      | 'source'
      | 'reportedOn'
      | 'reporterName'
      | 'reporterPhone'
      | 'activities'
      | 'places'
      | 'evidence'
      | 'finding'
      | 'bannedOn'
      | 'document'
      | 'publicSummary'
      | 'notes',
  ) => t(`illegalOrgs.field.${key}`);
  return (
    <>
      <PageHeader title={o?.name ?? t('illegalOrgs.title')} subtitle={t('illegalOrgs.subtitle')} />
      {q.isError && <Alert type="error" showIcon title={errorText(q.error, lang, t)} />}
      {q.isPending && <Skeleton active />}
      {o && (
        <Card data-testid="illegal-org-detail">
          <Flex gap={8} style={{ marginBottom: 12 }}>
            <Tag color={STATUS_COLOR[o.status]} data-testid="illegal-org-status">
              {t(`illegalOrgs.status.${o.status}`)}
            </Tag>
          </Flex>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={F('source')}>{t(`illegalOrgs.source.${o.source}`)}</Descriptions.Item>
            <Descriptions.Item label={F('reportedOn')}>{o.reportedOn}</Descriptions.Item>
            <Descriptions.Item label={F('reporterName')}>{o.reporterName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={F('reporterPhone')}>{o.reporterPhone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={F('activities')} span={2}>
              {o.activities}
            </Descriptions.Item>
            <Descriptions.Item label={F('places')} span={2}>
              {o.places}
            </Descriptions.Item>
            <Descriptions.Item label={F('evidence')} span={2}>
              <FileLinks ids={o.evidence} />
            </Descriptions.Item>
            {o.finding && (
              <Descriptions.Item label={F('finding')} span={2}>
                {o.finding}（{o.foundOn}）
              </Descriptions.Item>
            )}
            {o.bannedOn && <Descriptions.Item label={F('bannedOn')}>{o.bannedOn}</Descriptions.Item>}
            {o.banDocumentId && (
              <Descriptions.Item label={F('document')}>
                <Typography.Link href={`/api/documents/${o.banDocumentId}/pdf`} target="_blank">
                  {o.banDocumentNumber}
                </Typography.Link>
              </Descriptions.Item>
            )}
            {o.publicSummary && (
              <Descriptions.Item label={F('publicSummary')} span={2}>
                {o.publicSummary}
              </Descriptions.Item>
            )}
          </Descriptions>
          {o.notes.length > 0 && (
            <>
              <Divider titlePlacement="start">{F('notes')}</Divider>
              <Timeline
                items={o.notes.map((n) => ({
                  key: n.id,
                  content: (
                    <>
                      <Typography.Text type="secondary">
                        {n.notedOn} {n.byName}
                      </Typography.Text>
                      <div>{n.text}</div>
                      {n.files.length > 0 && <FileLinks ids={n.files} />}
                    </>
                  ),
                }))}
              />
            </>
          )}
          {can(me, 'supervision.manage') && (
            <>
              <Divider />
              <StepForms o={o} />
            </>
          )}
        </Card>
      )}
    </>
  );
}
