import { useState } from 'react';
import { Card, Empty, Flex, List, Select, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { APPLICATION_STATUSES, type ApplicationStatus, type TApplicationSummary } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { applicationKeys, fetchApplications } from './api';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { NewApplicationButton } from './NewApplicationButton';
import { ReturnedComment } from './ReturnedComment';

function Row({ a }: { a: TApplicationSummary }) {
  const t = useT();
  const f = useFormat();
  return (
    <List.Item data-testid={`application-row-${a.id}`}>
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex gap={8} align="center" wrap>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t(`applicationKind.${a.kind}`)}
          </Tag>
          <Link to={`/applications/${a.id}`} data-testid={`application-link-${a.id}`} style={{ fontWeight: 500 }}>
            {a.orgName ?? t('applications.unnamed')}
          </Link>
          <ApplicationStatusTag status={a.status} testId={`application-status-${a.id}`} />
        </Flex>
        <Flex gap={16} wrap style={{ fontSize: 13 }}>
          {a.status === 'submitted' && a.step && (
            <Typography.Text>
              {t('applications.atStep', { step: t(`applicationStep.${a.step}`) })}
              {a.dueDate && ` · ${t('applications.dueOn', { date: f.date(a.dueDate) })}`}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">
            {t('applications.updatedAt', { at: f.dateTime(a.updatedAt) })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('applications.number', { id: a.id })}</Typography.Text>
        </Flex>
        {a.status === 'returned' && <ReturnedComment id={a.id} />}
      </Flex>
    </List.Item>
  );
}

/** 我的申请: the account's own applications, newest first, with what each waits for. */
export default function ApplicationsPage() {
  const t = useT();
  const [status, setStatus] = useState<ApplicationStatus | undefined>();
  const filter = { status };
  const { query, items } = useKeysetQuery(applicationKeys.list(filter), (cursor) => fetchApplications(filter, cursor));

  return (
    <>
      <PageHeader
        title={t('applications.title')}
        subtitle={t('applications.subtitle')}
        extra={<NewApplicationButton />}
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <Select<ApplicationStatus>
            allowClear
            placeholder={t('applications.filterStatus')}
            value={status}
            onChange={setStatus}
            style={{ minWidth: 160 }}
            options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`applicationStatus.${s}`) }))}
            data-testid="applications-status-filter"
          />
        </Flex>
        <List
          loading={query.isPending}
          dataSource={items}
          rowKey="id"
          locale={{
            emptyText: (
              <Empty description={status ? t('applications.noneWithStatus') : t('applications.none')}>
                {!status && <NewApplicationButton testId="application-new-empty" />}
              </Empty>
            ),
          }}
          renderItem={(a) => <Row a={a} />}
          data-testid="applications-list"
        />
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
    </>
  );
}
