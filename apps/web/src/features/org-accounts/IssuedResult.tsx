import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Table, Typography } from 'antd';
import { CheckOutlined, DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { downloadIssuedList, type IssueResult, type IssuedAccount, type SkippedOrg } from './api';
import { issuedAsText } from './issueLogic';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/**
 * The accounts just issued, with their initial passwords: shown this once (they live only in this
 * answer and in the clerk's Excel file), then gone when the clerk closes the result.
 */
export function IssuedResult({ result, onDone }: { result: IssueResult; onDone: () => void }) {
  const { t } = useI18n();
  const f = useFormat();
  const { modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const [saved, setSaved] = useState(false);
  const download = useMutation({
    mutationFn: () => downloadIssuedList(result.file!),
    onSuccess: () => setSaved(true),
    onError: (e) => handleError(e),
  });
  const { issued, skipped } = result;
  const headers: [string, string, string, string] = [
    t('orgField.name'),
    t('orgField.uscc'),
    t('orgAccounts.username'),
    t('orgAccounts.initialPassword'),
  ];

  const finish = () => {
    if (issued.length === 0) return onDone();
    modal.confirm({
      title: t('orgAccounts.done.confirmTitle'),
      content: t(saved ? 'orgAccounts.done.confirmSaved' : 'orgAccounts.done.confirmNotSaved'),
      okText: t('orgAccounts.done.ok'),
      cancelText: t('common.back'),
      onOk: onDone,
    });
  };

  const issuedColumns = [
    { title: headers[0], key: 'name', dataIndex: 'orgName', width: 240 },
    {
      title: headers[2],
      key: 'username',
      width: 200,
      render: (_: unknown, a: IssuedAccount) => <span style={mono}>{a.username}</span>,
    },
    {
      title: headers[3],
      key: 'password',
      width: 200,
      render: (_: unknown, a: IssuedAccount) => (
        <Typography.Text code copyable={{ text: a.initialPassword }} style={mono} data-testid="org-accounts-password">
          {a.initialPassword}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card data-testid="org-accounts-result">
      <Flex vertical gap={16}>
        <Alert
          type={issued.length ? 'success' : 'info'}
          showIcon
          title={t('orgAccounts.result.title', { issued: f.number(issued.length), skipped: f.number(skipped.length) })}
          data-testid="org-accounts-result-title"
        />
        {issued.length > 0 && (
          <>
            {/* A single password comes with OneTimeSecret's own warning. */}
            {issued.length > 1 && (
              <Alert
                type="warning"
                showIcon
                title={t('orgAccounts.result.once')}
                description={t('orgAccounts.result.forced')}
              />
            )}
            {issued.length === 1 ? (
              <OneTimeSecret
                secret={issued[0]!.initialPassword}
                name={t('orgAccounts.result.oneName', { name: issued[0]!.orgName, username: issued[0]!.username })}
              />
            ) : (
              <Table<IssuedAccount>
                rowKey="orgId"
                size="small"
                data-testid="org-accounts-issued"
                columns={issuedColumns}
                dataSource={issued}
                scroll={{ x: 'max-content' }}
                pagination={issued.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              />
            )}
            <Flex gap={8} wrap>
              {result.file && (
                <Button
                  type="primary"
                  icon={saved ? <CheckOutlined /> : <DownloadOutlined />}
                  loading={download.isPending}
                  onClick={() => download.mutate()}
                  data-testid="org-accounts-download"
                >
                  {t(saved ? 'orgAccounts.result.downloaded' : 'orgAccounts.result.download')}
                </Button>
              )}
              {issued.length > 1 && (
                <Typography.Text
                  copyable={{ text: issuedAsText(issued, headers), tooltips: [t('common.copy'), t('common.copied')] }}
                >
                  {t('orgAccounts.result.copyAll')}
                </Typography.Text>
              )}
            </Flex>
          </>
        )}
        {skipped.length > 0 && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('orgAccounts.result.skipped', { count: f.number(skipped.length) })}
            </Typography.Title>
            <Table<SkippedOrg>
              rowKey={(s) => `${s.orgId}`}
              size="small"
              data-testid="org-accounts-skipped"
              dataSource={skipped}
              scroll={{ x: 'max-content' }}
              pagination={skipped.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              columns={[
                { title: headers[0], key: 'name', width: 240, render: (_, s) => s.orgName || `#${s.orgId}` },
                {
                  title: headers[1],
                  key: 'uscc',
                  width: 190,
                  render: (_, s) => <span style={mono}>{s.uscc || '—'}</span>,
                },
                { title: t('orgAccounts.result.reason'), key: 'reason', dataIndex: 'reason' },
              ]}
            />
          </>
        )}
        <Flex justify="flex-end">
          <Button onClick={finish} data-testid="org-accounts-done">
            {t('orgAccounts.done.button')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
