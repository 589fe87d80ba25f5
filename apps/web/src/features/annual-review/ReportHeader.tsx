import { ReportDownloads } from '../annual-reports/ReportDownloads';
import { Alert, Flex, Tag, Typography } from 'antd';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { DeadlineTags, StageTag } from './ReportTags';

/** Who, which year, which form, where the report stands and how it stands against its deadline. */
export function ReportHeader({ r }: { r: TAnnualReportDetail }) {
  const t = useT();
  const f = useFormat();
  const facts = [
    t('annualReview.header.uscc', { uscc: r.uscc }),
    r.supervisorUnitName
      ? t('annualReview.header.supervisor', { name: r.supervisorUnitName })
      : t('annualReview.header.direct'),
    t('annualReview.header.authority', { name: r.authorityName }),
  ];
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap component="span">
            <span data-testid="annual-title">{r.orgName}</span>
            <StageTag r={r} />
          </Flex>
        }
        subtitle={
          <Flex gap={8} align="center" wrap component="span" data-testid="annual-subtitle">
            <span>{t('annualReview.yearOf', { year: r.year })}</span>
            <span>{t(`orgType.${r.orgType}`)}</span>
            {r.form === 'simplified' && <Tag color="cyan">{t('annualReview.simplified')}</Tag>}
            <span>{t('annualReview.header.due', { date: f.date(r.dueDate) })}</span>
            <DeadlineTags r={r} />
            {r.submittedAt && <span>{t('annualReview.header.submittedAt', { at: f.dateTime(r.submittedAt) })}</span>}
            {r.submissionNo > 1 && <Tag>{t('annualReview.header.submission', { no: r.submissionNo })}</Tag>}
          </Flex>
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -8, fontSize: 13 }}>
        {facts.join(' · ')}
      </Typography.Paragraph>
      <div style={{ marginBottom: 12 }}>
        <ReportDownloads r={r} />
      </div>
    </>
  );
}

/** The conclusion once made: reasons and the rectification items with their deadlines. */
export function ConclusionNote({ r }: { r: TAnnualReportDetail }) {
  const t = useT();
  const f = useFormat();
  if (r.status !== 'concluded' || !r.conclusion) return null;
  const type = r.conclusion === 'pass' ? 'success' : r.conclusion === 'basic_pass' ? 'warning' : 'error';
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="annual-conclusion"
      title={t('annualReview.concluded.title', { conclusion: t(`annualReview.conclusion.${r.conclusion}`) })}
      description={
        <Flex vertical gap={2}>
          {r.concludedAt && <span>{t('annualReview.concluded.at', { date: f.date(r.concludedAt) })}</span>}
          {r.conclusionReasons && <span>{t('annualReview.concluded.reasons', { reasons: r.conclusionReasons })}</span>}
          {r.rectifications.map((x, i) => (
            <span key={i}>{t('annualReview.concluded.rectification', { item: x.item, date: f.date(x.dueDate) })}</span>
          ))}
        </Flex>
      }
    />
  );
}
