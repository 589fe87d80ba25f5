import { Alert, Card, Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { TMajorMatterDetail } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { fetchMatter, matterKeys } from './api';
import { MatterActions } from './MatterActions';
import { StatusTag } from './MatterItem';

const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`;

/** The kind's own facts as label/value pairs. */
function factLines(m: TMajorMatterDetail): [string, string][] {
  const f = m.facts;
  const people = (l: { name: string; post: string }[]) => l.map((p) => `${p.name}（${p.post}）`).join('、');
  switch (f.kind) {
    case 'council_renewal':
      return [
        ['session', String(f.session)],
        ['termYears', String(f.termYears)],
        ['candidates', people(f.candidates)],
      ];
    case 'large_donation':
      return [
        ['amountYuan', yuan(f.amountFen)],
        ['donor', f.donor],
        ['purpose', f.purpose],
      ];
    case 'foreign_donation':
      return [
        ['amountYuan', yuan(f.amountFen)],
        ['donor', f.donor],
        ['country', f.country],
        ['purpose', f.purpose],
      ];
    case 'foreign_cooperation':
      return [
        ['partner', f.partner],
        ['country', f.country],
      ];
    case 'forum_award':
      return [
        ['place', f.place],
        ['participants', String(f.participants)],
      ];
    case 'leader_change':
      return [['leaders', people(f.leaders)]];
    default:
      return [];
  }
}

/** One report: its facts, dates (due day and lateness), the answer and outcome, and the viewer's actions. */
export default function MajorMatterDetailPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: matterKeys.one(id), queryFn: () => fetchMatter(id) });
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error, lang, t)} />;
  if (!q.data) return <Skeleton active />;
  const m = q.data;
  const label = (k: string) => t(`mm.field.${k}` as MessageKey);
  return (
    <>
      <PageHeader title={m.title} subtitle={m.orgName} />
      <Card data-testid="mm-detail">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={label('status')}>
            <StatusTag status={m.status} />
            {m.late && <Tag color="warning">{t('mm.late')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={label('kind')}>{t(`mm.kind.${m.kind}` as MessageKey)}</Descriptions.Item>
          <Descriptions.Item label={label('happensOn')}>{m.happensOn}</Descriptions.Item>
          <Descriptions.Item label={label('dueOn')}>{m.dueOn}</Descriptions.Item>
          <Descriptions.Item label={label('reportedOn')}>{m.reportedOn}</Descriptions.Item>
          <Descriptions.Item label={label('org')}>{m.orgName}</Descriptions.Item>
          {factLines(m)
            .filter(([, v]) => v !== '')
            .map(([k, v]) => (
              <Descriptions.Item key={k} label={label(k)}>
                {v}
              </Descriptions.Item>
            ))}
          <Descriptions.Item label={label('detail')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.detail}</Typography.Paragraph>
          </Descriptions.Item>
          {m.files.length > 0 && (
            <Descriptions.Item label={label('files')} span={2}>
              {m.files.map((f) => (
                <div key={f.id}>
                  <Typography.Link href={`/api/files/${f.id}/content`} target="_blank">
                    {f.name}
                  </Typography.Link>
                </div>
              ))}
            </Descriptions.Item>
          )}
          {m.decidedOn && (
            <Descriptions.Item label={label('decision')} span={2}>
              {t('mm.decidedBy', { name: m.decidedByName ?? '', date: m.decidedOn })}
              {m.decisionReason && `：${m.decisionReason}`}
            </Descriptions.Item>
          )}
          {m.outcome && (
            <Descriptions.Item label={label('outcome')} span={2}>
              {m.completedOn} {m.outcome}
            </Descriptions.Item>
          )}
        </Descriptions>
        <MatterActions m={m} />
      </Card>
    </>
  );
}
