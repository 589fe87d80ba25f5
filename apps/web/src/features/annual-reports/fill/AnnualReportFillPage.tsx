import { Button, Card, Flex, Result, Skeleton, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { PageHeader } from '../../../components/PageHeader';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { annualReportKeys, fetchReport } from '../api';
import { ReportStatusTag } from '../ReportTags';
import { ReportDownloads } from '../ReportDownloads';
import { isEditable } from './model';
import { ReportEditor } from './ReportEditor';

/** `/annual-reports/:id/fill`: the organization fills in, corrects or reads its annual report. */
export default function AnnualReportFillPage() {
  const { t, lang } = useI18n();
  const f = useFormat();
  const id = Number(useParams().id);
  const query = useQuery({
    queryKey: annualReportKeys.detail(id),
    queryFn: () => fetchReport(id),
    enabled: Number.isInteger(id) && id > 0,
    // Another tab's edits must not replace what is being typed here; the page reloads on its own actions.
    refetchOnWindowFocus: false,
  });
  const back = (
    <Link to="/my-annual-reports">
      <Button icon={<ArrowLeftOutlined />}>{t('annualReports.form.back')}</Button>
    </Link>
  );
  if (query.isPending && query.fetchStatus !== 'idle') return <Skeleton active />;
  const d = query.data;
  if (!d) {
    const notFound = !query.error || (isApiError(query.error) && query.error.status === 404);
    return (
      <Card>
        <Result
          status={notFound ? '404' : 'warning'}
          title={notFound ? t('annualReports.form.notFound') : t('app.loadFailed')}
          subTitle={notFound ? undefined : errorText(query.error, lang, t)}
          extra={back}
        />
      </Card>
    );
  }
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            {t('annualReports.form.title', { year: d.year })}
            <ReportStatusTag status={d.status} testId="report-status" />
            {d.step && d.status === 'in_review' && <Tag>{t(`annualReports.step.${d.step}`)}</Tag>}
            {d.form === 'simplified' && <Tag color="cyan">{t('annualReports.simplified')}</Tag>}
          </Flex>
        }
        subtitle={t('annualReports.form.subtitle', { org: d.orgName, date: f.date(d.dueDate) })}
        extra={
          <Flex gap={8} wrap align="center">
            {d.submittedAt && <ReportDownloads r={d} />}
            {back}
          </Flex>
        }
      />
      {/* A submission or a return is a new form: drafts, prefill and checks start over (a save is not). */}
      <ReportEditor key={`${d.id}-${d.submissionNo}-${isEditable(d)}`} detail={d} />
    </>
  );
}
