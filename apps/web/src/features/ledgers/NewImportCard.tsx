import { Alert, App, Button, Card, Flex, Form, Radio, Typography } from 'antd';
import { DownloadOutlined, FileSearchOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LedgerKind } from '@shezu/contracts';
import { ApiError } from '../../api/errors';
import { FileUpload, type UploadedFile } from '../../components/FileUpload';
import { RegionPicker } from '../../components/RegionPicker';
import { useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { createImport, downloadTemplate, ledgerKeys, type LedgerImport } from './api';
import { ledgerChoicesFor, type LedgerChoice } from './importLogic';

interface Values {
  kind: LedgerKind;
  regionCode?: string | null;
  file?: UploadedFile | null;
}

/** The API names the upload `fileId`; the form calls it `file`. */
function withFormNames(err: unknown): unknown {
  if (!(err instanceof ApiError) || !err.hasFields) return err;
  const fields = Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [k === 'fileId' ? 'file' : k, m]));
  return new ApiError(err.status, err.code, err.message, fields, err.requestId);
}

function TemplateButton({ kind }: { kind: LedgerKind }) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const download = useMutation({ mutationFn: () => downloadTemplate(kind), onError: (e) => handleError(e) });
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate()}
      data-testid="ledger-template"
    >
      {t('ledgers.new.downloadTemplate')}
    </Button>
  );
}

/** 新建导入: which ledger, the template, the upload; the check then runs in the background. */
export function NewImportCard({ onStarted }: { onStarted: (imp: LedgerImport) => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const choices = ledgerChoicesFor(me);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? choices[0]?.kind;
  const choice: LedgerChoice | undefined = choices.find((c) => c.kind === kind);

  const start = useMutation({
    mutationFn: (v: Values) =>
      createImport(v.kind, {
        fileId: v.file!.id,
        ...(choice?.township === 'pick' && v.regionCode ? { regionCode: v.regionCode } : {}),
      }),
    onSuccess: (imp) => {
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.all });
      queryClient.setQueryData(ledgerKeys.detail(imp.id), imp);
      message.success(t('ledgers.new.started'));
      // The upload now belongs to this import: a second import needs a new upload.
      form.setFieldValue('file', null);
      onStarted(imp);
    },
    onError: (err) => handleError(withFormNames(err), { form }),
  });

  if (choices.length === 0)
    return (
      <Card>
        <Alert type="info" showIcon title={t('ledgers.new.noChoice')} data-testid="ledger-no-choice" />
      </Card>
    );

  return (
    <Card title={t('ledgers.new.title')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: choices[0]!.kind, regionCode: null, file: null }}
        onFinish={(v) => start.mutate(v)}
        disabled={start.isPending}
        data-testid="ledger-new-form"
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="kind" label={t('ledgers.new.kind')} extra={choice && t(`ledgers.kindHelp.${choice.kind}`)}>
          <Radio.Group data-testid="ledger-kind">
            <Flex vertical gap={4}>
              {choices.map((c) => (
                <Radio key={c.kind} value={c.kind} data-testid={`ledger-kind-${c.kind}`}>
                  {t(`ledgerKind.${c.kind}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {choice?.township === 'own' && (
          <Typography.Paragraph type="secondary">
            {t('ledgers.new.townshipOwn', { name: me.regionName ?? me.regionCode ?? '' })}
          </Typography.Paragraph>
        )}
        {choice?.township === 'pick' && (
          <Form.Item
            name="regionCode"
            label={t('ledgers.new.township')}
            required
            extra={t('ledgers.new.townshipHelp')}
            rules={[
              {
                validator: async (_, v: string | null | undefined) => {
                  if (!v || v.length !== 9) throw new Error(t('ledgers.new.townshipRequired'));
                },
              },
            ]}
          >
            <RegionPicker root={me.regionCode} maxLevel="township" data-testid="ledger-township" />
          </Form.Item>
        )}
        <Form.Item label={t('ledgers.new.step1')} extra={t('ledgers.new.templateHelp')}>
          <TemplateButton kind={kind ?? 'orgs'} />
        </Form.Item>
        <Form.Item
          name="file"
          label={t('ledgers.new.file')}
          extra={t('ledgers.new.fileHelp')}
          rules={[{ required: true, message: t('ledgers.new.fileRequired') }]}
        >
          <FileUpload purpose="ledger" accept=".xlsx" data-testid="ledger-file" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<FileSearchOutlined />}
          loading={start.isPending}
          data-testid="ledger-start"
        >
          {t('ledgers.new.submit')}
        </Button>
      </Form>
    </Card>
  );
}
