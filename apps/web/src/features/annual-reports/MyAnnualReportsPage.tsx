import { Button, Card, Divider, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { TAnnualReportSummary } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { annualReportKeys, fetchMyReports } from './api';
import { ConclusionTag, ReportStatusTag } from './ReportTags';

const ACTION = {
  not_started: 'annualReports.fill',
  draft: 'annualReports.continue',
  returned: 'annualReports.correct',
  in_review: 'annualReports.view',
  concluded: 'annualReports.view',
} as const;

function Row({ r }: { r: TAnnualReportSummary }) {
  const t = useT();
  const f = useFormat();
  const open = r.status === 'not_started' || r.status === 'draft' || r.status === 'returned';
  return (
    <div data-testid={`annual-report-row-${r.id}`}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ width: '100%' }}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{t('annualReports.yearTitle', { year: r.year })}</Typography.Text>
            <ReportStatusTag status={r.status} testId={`annual-report-status-${r.id}`} />
            {r.conclusion && <ConclusionTag conclusion={r.conclusion} testId={`annual-report-conclusion-${r.id}`} />}
            {r.overdue && <Tag color="error">{t('annualReports.overdue')}</Tag>}
            {r.late && !r.overdue && <Tag color="warning">{t('annualReports.late')}</Tag>}
            {r.form === 'simplified' && <Tag color="cyan">{t('annualReports.simplified')}</Tag>}
          </Flex>
          <Flex gap="2px 16px" wrap style={{ fontSize: 13 }}>
            <Typography.Text type={r.overdue ? 'danger' : 'secondary'}>
              {t('annualReports.dueOn', { date: f.date(r.dueDate) })}
            </Typography.Text>
            {r.status === 'in_review' && r.step && (
              <Typography.Text>
                {t('annualReports.atStep', { step: t(`annualReports.step.${r.step}`) })}
              </Typography.Text>
            )}
            {r.submittedAt && (
              <Typography.Text type="secondary">
                {t('annualReports.submittedAt', { at: f.dateTime(r.submittedAt) })}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
        <Link to={`/annual-reports/${r.id}/fill`} data-testid={`annual-report-open-${r.id}`}>
          <Button type={open ? 'primary' : 'default'}>{t(ACTION[r.status])}</Button>
        </Link>
      </Flex>
    </div>
  );
}

/** `/my-annual-reports`: the organization's reports by year, what each waits for and its conclusion. */
export default function MyAnnualReportsPage() {
  const t = useT();
  const query = useQuery({ queryKey: annualReportKeys.mine, queryFn: fetchMyReports });
  const items = [...(query.data ?? [])].sort((a, b) => b.year - a.year || b.id - a.id);
  return (
    <>
      <PageHeader title={t('annualReports.title')} subtitle={t('annualReports.subtitle')} />
      <Card>
        {query.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={t('annualReports.none')} />
        ) : (
          <div data-testid="annual-reports-list">
            {items.map((r, i) => (
              <div key={r.id}>
                {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                <Row r={r} />
              </div>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
