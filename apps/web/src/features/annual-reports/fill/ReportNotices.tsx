import { Alert, Typography } from 'antd';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { lastReturn } from './model';

/** What the user must know before the form: the reviewer's return, restored drafts, prefill, read-only. */
export function ReportNotices({
  detail,
  editable,
  restored,
  prefilled,
}: {
  detail: TAnnualReportDetail;
  editable: boolean;
  restored: boolean;
  prefilled: boolean;
}) {
  const t = useT();
  const f = useFormat();
  const back = lastReturn(detail);
  return (
    <>
      {back && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="report-returned"
          title={t('annualReports.returned.title', { actor: back.actorName ?? '—', at: f.dateTime(back.at) })}
          description={
            back.comment && (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {t('annualReports.returned.comment', { comment: back.comment })}
              </Typography.Paragraph>
            )
          }
        />
      )}
      {!editable && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('annualReports.form.readOnly')} />
      )}
      {restored && (
        <Alert
          type="info"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          data-testid="report-restored"
          title={t('annualReports.form.restored')}
        />
      )}
      {prefilled && (
        <Alert
          type="info"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          data-testid="report-prefilled"
          title={t('annualReports.form.prefillNotice')}
        />
      )}
    </>
  );
}
