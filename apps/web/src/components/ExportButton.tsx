import { App, Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useApiErrorHandler } from '../lib/errors';
import { useT } from '../lib/i18n';

/** "导出 Excel": runs the download, spins while the file is built and reports a refusal as usual. */
export function ExportButton({ onExport, testId }: { onExport: () => Promise<void>; testId?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const run = useMutation({
    mutationFn: onExport,
    onSuccess: () => message.success(t('export.started')),
    onError: (err) => handleError(err),
  });
  return (
    <Button icon={<FileExcelOutlined />} loading={run.isPending} onClick={() => run.mutate()} data-testid={testId}>
      {t('export.excel')}
    </Button>
  );
}
