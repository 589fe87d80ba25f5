import { Alert, App, Button, Checkbox, Flex, Form, Tooltip } from 'antd';
import { CheckOutlined, DownloadOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { cancelImport, commitImport, downloadReport, ledgerKeys, type LedgerImport } from './api';
import { commitBlock, isCancellable } from './importLogic';

interface Values {
  overridePilotCodes: boolean;
}

/**
 * What can be done with an import: confirm pilot-area credit codes (the API insists on it explicitly),
 * commit (all or nothing), cancel, download the report, upload a corrected file.
 */
export function ImportActions({ imp, onReupload }: { imp: LedgerImport; onReupload: () => void }) {
  const t = useT();
  const f = useFormat();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const override = Form.useWatch('overridePilotCodes', form) ?? false;
  const pilot = imp.pilotRows ?? 0;
  const block = commitBlock(imp, override);
  const update = (next: LedgerImport) => {
    queryClient.setQueryData(ledgerKeys.detail(next.id), next);
    void queryClient.invalidateQueries({ queryKey: ['ledgers', 'list'] });
  };

  const commit = useMutation({
    mutationFn: () => commitImport(imp.id, pilot > 0 && override),
    onSuccess: (next) => {
      update(next);
      message.success(t('ledgers.commit.started'));
    },
    onError: (err) => {
      handleError(err, pilot > 0 ? { form } : {});
      // The import may have moved on (cancelled elsewhere, checked again): show where it is now.
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.detail(imp.id) });
    },
  });
  const cancel = useMutation({
    mutationFn: () => cancelImport(imp.id),
    onSuccess: (next) => {
      update(next);
      message.info(t('ledgers.cancelled'));
    },
    onError: (err) => {
      handleError(err);
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.detail(imp.id) });
    },
  });
  const report = useMutation({ mutationFn: () => downloadReport(imp), onError: (err) => handleError(err) });

  const confirmCommit = () =>
    modal.confirm({
      title: t('ledgers.commit.confirmTitle', { rows: f.number(imp.totalRows) }),
      content: t(pilot > 0 ? 'ledgers.commit.confirmBodyPilot' : 'ledgers.commit.confirmBody', {
        target: t(`ledgers.target.${imp.kind}`),
        pilot: f.number(pilot),
      }),
      okText: t('ledgers.commit'),
      cancelText: t('common.cancel'),
      onOk: () => commit.mutateAsync().catch(() => undefined),
    });
  const confirmCancel = () =>
    modal.confirm({
      title: t('ledgers.cancelConfirm'),
      okText: t('ledgers.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('common.close'),
      onOk: () => cancel.mutateAsync().catch(() => undefined),
    });

  const ended = imp.status === 'invalid' || imp.status === 'failed' || imp.status === 'cancelled';
  const showCommit = imp.status === 'ready' || imp.status === 'validating' || imp.status === 'invalid';

  return (
    <Flex vertical gap={12}>
      {imp.status === 'ready' && pilot > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="ledger-pilot"
          title={t('ledgers.pilot.title', { rows: f.number(pilot) })}
          description={
            <Form<Values> form={form} initialValues={{ overridePilotCodes: false }} component="div">
              <p style={{ marginTop: 0 }}>{t('ledgers.pilot.body')}</p>
              <Form.Item name="overridePilotCodes" valuePropName="checked" style={{ marginBottom: 0 }}>
                <Checkbox data-testid="ledger-override-pilot">{t('ledgers.pilot.confirm')}</Checkbox>
              </Form.Item>
            </Form>
          }
        />
      )}
      <Flex gap={8} wrap>
        {showCommit && (
          <Tooltip title={block ? t(`ledgers.commitBlock.${block}`) : undefined}>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={block !== null}
              loading={commit.isPending}
              onClick={confirmCommit}
              data-testid="ledger-commit"
            >
              {t('ledgers.commit')}
            </Button>
          </Tooltip>
        )}
        {imp.reportFileId !== null && (
          <Button
            icon={<DownloadOutlined />}
            type={imp.status === 'invalid' ? 'primary' : 'default'}
            loading={report.isPending}
            onClick={() => report.mutate()}
            data-testid="ledger-report"
          >
            {t('ledgers.downloadReport')}
          </Button>
        )}
        {ended && (
          <Button icon={<UploadOutlined />} onClick={onReupload} data-testid="ledger-reupload">
            {t('ledgers.reupload')}
          </Button>
        )}
        {isCancellable(imp.status) && (
          <Button
            danger
            icon={<StopOutlined />}
            loading={cancel.isPending}
            onClick={confirmCancel}
            data-testid="ledger-cancel"
          >
            {t('ledgers.cancel')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
