import { useState } from 'react';
import { Alert, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TApplicationDetail } from '@shezu/contracts';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { fetchDiff, reviewKeys } from './api';
import { ComparisonTable } from './ComparisonTable';

/** A resubmitted application: what changed between two submissions, the last two unless chosen otherwise. */
export function VersionComparison({ application }: { application: TApplicationDetail }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const versions = application.versions;
  const last = versions.at(-1)!.no;
  const [from, setFrom] = useState(versions.at(-2)!.no);
  const [to, setTo] = useState(last);
  const diff = useQuery({
    queryKey: reviewKeys.diff(application.id, from, to),
    queryFn: () => fetchDiff(application.id, from, to),
  });
  const options = versions.map((v) => ({
    value: v.no,
    label: t('reviews.versions.option', { no: v.no, at: f.date(v.submittedAt) }),
  }));
  const title = (no: number) => options.find((o) => o.value === no)?.label ?? no;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('reviews.versions.compare')}</Typography.Text>
        <Select
          value={from}
          options={options}
          onChange={setFrom}
          style={{ minWidth: 200 }}
          data-testid="review-diff-from"
        />
        <Typography.Text>{t('reviews.versions.to')}</Typography.Text>
        <Select value={to} options={options} onChange={setTo} style={{ minWidth: 200 }} data-testid="review-diff-to" />
      </Flex>
      {diff.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {diff.isError && <Alert type="warning" showIcon title={errorText(diff.error, lang, t)} />}
      {diff.data?.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reviews.versions.none')} />
      )}
      {!!diff.data?.length && (
        <ComparisonTable
          kind={application.kind}
          rows={diff.data}
          authorityRegionCode={application.authorityRegionCode}
          beforeTitle={title(from)}
          afterTitle={title(to)}
          testId="review-version-diff"
        />
      )}
    </Flex>
  );
}
