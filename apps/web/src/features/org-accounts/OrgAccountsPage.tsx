import { Alert, App, Flex } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import type { OrgListQuery } from '../orgs/filters';
import { issueAccounts } from './api';
import { IssuedResult } from './IssuedResult';
import { issueBody, ownLevel } from './issueLogic';
import { PickOrgs } from './PickOrgs';

/**
 * 机构账号: bulk accounts for organizations the bureau registered. The answer (with the passwords) is
 * kept only in this mutation's state, never in the query cache, so it cannot come back once closed.
 */
export default function OrgAccountsPage() {
  const { t } = useI18n();
  const f = useFormat();
  const me = useMe();
  const { modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const issue = useMutation({ mutationFn: issueAccounts, onError: (err) => handleError(err) });

  const confirm = (mode: 'selected' | 'filter', ids: number[], filter: OrgListQuery) =>
    modal.confirm({
      title:
        mode === 'selected'
          ? t('orgAccounts.confirm.selected', { count: f.number(ids.length) })
          : t('orgAccounts.confirm.filter'),
      content: t('orgAccounts.confirm.body'),
      okText: t('orgAccounts.confirm.ok'),
      cancelText: t('common.cancel'),
      onOk: () => issue.mutateAsync(issueBody(mode, ids, filter)).catch(() => undefined),
    });

  return (
    <>
      <PageHeader title={t('orgAccounts.title')} subtitle={t('orgAccounts.subtitle')} />
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('orgAccounts.howTitle')} description={t('orgAccounts.how')} />
        {!ownLevel(me.regionCode) ? (
          <Alert type="warning" showIcon title={t('orgAccounts.noAuthority')} />
        ) : issue.data ? (
          <IssuedResult result={issue.data} onDone={() => issue.reset()} />
        ) : (
          <PickOrgs busy={issue.isPending} onIssue={confirm} />
        )}
      </Flex>
    </>
  );
}
