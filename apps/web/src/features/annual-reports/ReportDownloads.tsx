import { App, Button, Flex } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { api } from '../../api/client';
import { downloadFrom } from '../../lib/download';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';

type Kind = 'pdf' | 'notice';

/** The report as a PDF and, once concluded, the numbered conclusion notice: for the organization and its reviewers. */
export function ReportDownloads({ r }: { r: TAnnualReportDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const run = useMutation({
    mutationFn: (kind: Kind) => {
      const path = { path: { id: r.id } };
      return kind === 'pdf'
        ? downloadFrom(api.GET('/api/annual-reports/{id}/pdf', { params: path, parseAs: 'blob' }), 'annual-report.pdf')
        : downloadFrom(
            api.GET('/api/annual-reports/{id}/conclusion-notice', { params: path, parseAs: 'blob' }),
            'conclusion-notice.pdf',
          );
    },
    onSuccess: () => message.success(t('export.started')),
    onError: (err) => handleError(err),
  });
  const button = (kind: Kind, label: string) => (
    <Button
      size="small"
      icon={<FilePdfOutlined />}
      loading={run.isPending && run.variables === kind}
      onClick={() => run.mutate(kind)}
      data-testid={`report-download-${kind}`}
    >
      {label}
    </Button>
  );
  return (
    <Flex gap={8} wrap>
      {button('pdf', t('annualReports.download.pdf'))}
      {r.hasConclusionNotice && button('notice', t('annualReports.download.notice'))}
    </Flex>
  );
}
